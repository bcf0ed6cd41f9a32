import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { auditFor, createStaff, uniq } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Equipment configuration over HTTP (own database: kits are national): kits per role, the
 * spare percentage per municipality, charge-back tariff versions, and the item corrections
 * logistics may make.
 */

const API = '/api/v1/equipment';

describe('equipment configuration API', () => {
  let t: TestApp;
  let logistics: string;
  let finance: string;

  beforeAll(async () => {
    t = await startTestApp();
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['LAPTOP', 'Laptop'],
      ['PHONE', 'Phone'],
    ]) {
      await t.http().post(`${API}/item-types`).set('authorization', logistics).send({ code, name }).expect(201);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const send = (method: 'post' | 'put' | 'patch' | 'delete', path: string, token: string, body?: object) =>
    t.http()[method](`${API}${path}`).set('authorization', token).send(body);
  const get = (path: string, token: string) => t.http().get(`${API}${path}`).set('authorization', token);

  it('configures kits per role and the spare percentage, and the plan follows them', async () => {
    const kits = (await get('/kits', finance).expect(200)).body;
    expect(kits.total).toBe(2);
    expect(kits.nextCursor).toBeNull();
    expect(kits.items).toEqual([
      {
        role: 'SUPERVISOR',
        isDefault: true,
        lines: [
          { typeCode: 'LAPTOP', quantity: 1 },
          { typeCode: 'TABLET', quantity: 1 },
        ],
      },
      {
        role: 'ENUMERATOR',
        isDefault: true,
        lines: [
          { typeCode: 'BAG', quantity: 1 },
          { typeCode: 'TABLET', quantity: 1 },
          { typeCode: 'POWER_BANK', quantity: 1 },
        ],
      },
    ]);
    const unknown = await send('put', '/kits/ENUMERATOR', logistics, { lines: [{ typeCode: 'DRONE', quantity: 1 }] }).expect(404);
    expect(unknown.body.error).toMatchObject({
      code: 'ITEM_TYPE_UNKNOWN',
      details: [{ field: 'lines.0.typeCode', reason: 'unknown item type DRONE' }],
    });
    await send('put', '/kits/ENUMERATOR', finance, { lines: [{ typeCode: 'TABLET', quantity: 1 }] }).expect(403);
    const twice = await send('put', '/kits/ENUMERATOR', logistics, {
      lines: [
        { typeCode: 'TABLET', quantity: 1 },
        { typeCode: 'TABLET', quantity: 2 },
      ],
    }).expect(422);
    expect(twice.body.error.code).toBe('KIT_INVALID');
    const set = await send('put', '/kits/ENUMERATOR', logistics, {
      lines: [
        { typeCode: 'TABLET', quantity: 1 },
        { typeCode: 'PHONE', quantity: 2 },
      ],
    }).expect(200);
    expect(set.body).toEqual({
      role: 'ENUMERATOR',
      isDefault: false,
      lines: [
        { typeCode: 'TABLET', quantity: 1 },
        { typeCode: 'PHONE', quantity: 2 },
      ],
    });

    const mun = await t.tokenFor(Role.MUNICIPALITY, 'shtime');
    expect((await get('/municipalities/shtime/equipment-settings', mun).expect(200)).body).toEqual({
      municipalityCode: 'shtime',
      sparePercent: 10,
      isDefault: true,
      spareRounding: 'ceil',
    });
    await send('put', '/municipalities/shtime/equipment-settings', mun, { sparePercent: 0 }).expect(403);
    await send('put', '/municipalities/shtime/equipment-settings', logistics, { sparePercent: 101 }).expect(400);
    await send('put', '/municipalities/shtime/equipment-settings', logistics, { sparePercent: 50 }).expect(200);

    const e = await createStaff(t.db, 'shtime', { kind: StaffKind.ENUMERATOR, fullName: 'Kaltrina Rexhepi' });
    const plan = (await send('post', '/municipalities/shtime/distribution-plans', logistics, {}).expect(201)).body;
    expect(plan.sparePercent).toBe(50);
    expect(plan.lines).toEqual([
      expect.objectContaining({
        staffId: e.id,
        items: [
          { typeCode: 'TABLET', serial: null, alreadyIssued: false },
          { typeCode: 'PHONE', serial: null, alreadyIssued: false },
          { typeCode: 'PHONE', serial: null, alreadyIssued: false },
        ],
      }),
    ]);
    // Tablets: 1 + ceil(0.5) = 2; phones: 2 + ceil(1) = 3.
    expect(plan.missing.shortfalls.map((s: { params: unknown }) => s.params)).toEqual([
      { type: 'Tablet', missing: 2, need: 2, spares: 1, have: 0 },
      { type: 'Phone', missing: 3, need: 3, spares: 1, have: 0 },
    ]);
    expect(plan.missing.summary).toBe('Tablet: 2 missing (need 2 incl. 1 spare, have 0); Phone: 3 missing (need 3 incl. 1 spare, have 0)');
  });

  it('versions charge-back tariffs and refuses invalid ones with every problem', async () => {
    const bad = await send('post', '/chargeback-tariffs', finance, {
      name: 'bad',
      effectiveFrom: '2023-10-01',
      rates: [{ typeCode: 'TABLET', lost: '250.001', damaged: '80' }],
    }).expect(400);
    expect(bad.body.error.details).toMatchObject([{ field: 'rates.0.lost', reason: 'must be an amount like "250.00"' }]);
    const twice = await send('post', '/chargeback-tariffs', finance, {
      name: 'twice',
      effectiveFrom: '2023-10-01',
      rates: [
        { typeCode: 'TABLET', lost: '250', damaged: '80' },
        { typeCode: 'TABLET', lost: '1', damaged: '1' },
      ],
    }).expect(422);
    expect(twice.body.error.code).toBe('CHARGEBACK_TARIFF_INVALID');
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'shtime');
    await send('post', '/chargeback-tariffs', mun, {
      name: 'x',
      effectiveFrom: '2023-10-01',
      rates: [{ typeCode: 'TABLET', lost: '1', damaged: '1' }],
    }).expect(403);
    const v1 = (
      await send('post', '/chargeback-tariffs', finance, {
        name: 'v1',
        effectiveFrom: '2023-10-01',
        rates: [{ typeCode: 'TABLET', lost: '250', damaged: '80.5' }],
      }).expect(201)
    ).body;
    const v2 = (
      await send('post', '/chargeback-tariffs', logistics, {
        name: 'v2',
        effectiveFrom: '2024-01-01',
        rates: [{ typeCode: 'TABLET', lost: '300.00', damaged: '90.00' }],
      }).expect(201)
    ).body;
    expect([v1.version, v1.rates, v2.version]).toEqual([
      1,
      [{ typeCode: 'TABLET', typeName: 'Tablet', lost: '250.00', damaged: '80.50' }],
      2,
    ]);
    expect((await auditFor(t.db.prisma, v2.id)).map((a) => a.action)).toEqual(['created']);
  });

  it('corrects items: an issued item cannot be put back in storage by hand; only never-issued items are deleted', async () => {
    const p = `CFG${uniq()}`;
    const one = (await send('post', '/items', logistics, { typeCode: 'tablet', serial: `${p}-1` }).expect(201)).body;
    expect(one).toMatchObject({
      serial: `${p}-1`,
      typeCode: 'TABLET',
      status: 'IN_STORAGE',
      location: { store: 'ASK', municipalityCode: null },
    });
    // A municipality does not see the ASK store.
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'shtime');
    await get(`/items/${one.id}`, mun).expect(404);
    expect(
      (await send('post', '/items', logistics, { typeCode: 'TABLET', serial: `${p}-1` }).expect(422)).body.error.details,
    ).toMatchObject([{ row: 1, field: 'serial', reason: `serial ${p}-1 is already registered` }]);
    await send('delete', `/items/${one.id}`, mun).expect(403);
    await send('delete', `/items/${one.id}`, logistics).expect(204);
    await get(`/items/${one.id}`, logistics).expect(404);

    const e = await createStaff(t.db, 'shtime', { kind: StaffKind.ENUMERATOR });
    const issued = await t.db.prisma.item.create({
      data: {
        serial: `${p}-2`,
        status: 'ISSUED',
        holderStaffId: e.id,
        municipalityId: await t.db.municipalityId('shtime'),
        typeId: (await t.db.prisma.itemType.findUniqueOrThrow({ where: { code: 'TABLET' } })).id,
      },
    });
    expect((await send('patch', `/items/${issued.id}`, logistics, { status: 'IN_STORAGE' }).expect(409)).body.error.code).toBe(
      'ITEM_CONFLICT',
    );
    // Reported lost while issued: the holder becomes responsible (charge-back).
    const lost = (await send('patch', `/items/${issued.id}`, logistics, { status: 'LOST' }).expect(200)).body;
    expect(lost).toMatchObject({ status: 'LOST', holderStaffId: null, responsibleStaffId: e.id });
    expect((await send('delete', `/items/${issued.id}`, logistics).expect(409)).body.error.code).toBe('ITEM_IN_USE');
  });
});
