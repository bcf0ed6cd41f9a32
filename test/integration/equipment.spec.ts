import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { SYSTEM_ACTOR } from '../../src/audit/audit.service.js';
import { PRISMA, type PrismaClient } from '../../src/common/prisma/prisma.module.js';
import { nationalScope } from '../../src/common/scope/scope.js';
import { seedDemo } from '../../src/demo/demo.seed.js';
import { KitHandoverService } from '../../src/equipment/kit-handover.service.js';
import { auditFor, createStaff, uniq } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Equipment over HTTP against PostgreSQL: inventory (bulk registration all or nothing),
 * deliveries, distribution plans, kit handovers and returns, with municipality isolation.
 * Each test works in its own municipalities and serial prefixes.
 */

const API = '/api/v1/equipment';

interface PlanBody {
  id: string;
  version: number;
  lines: {
    staffId: string;
    fullName: string;
    role: string;
    complete: boolean;
    sessionNote: { code: string; text: string } | null;
    items: { typeCode: string; serial: string | null }[];
  }[];
  spares: { typeCode: string; wanted: number; serials: string[] }[];
  needs: { typeCode: string; need: number; have: number; missing: number }[];
  missing: {
    summary: string | null;
    shortfalls: unknown[];
    items: { typeCode: string; count: number }[];
    sessionsNotPlanned: { staffId: string }[];
  };
}

describe('equipment API', () => {
  let t: TestApp;
  let logistics: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    logistics = await t.tokenFor(Role.LOGISTICS);
    admin = await t.tokenFor(Role.ADMIN);
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
      ['LAPTOP', 'Laptop'],
    ]) {
      await t.http().post(`${API}/item-types`).set('authorization', admin).send({ code, name }).expect(201);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, token: string, body: object) => t.http().post(`${API}${path}`).set('authorization', token).send(body);
  const get = (path: string, token: string) => t.http().get(`${API}${path}`).set('authorization', token);

  /** Register serials `${prefix}-TB-01..` etc. in the ASK store and deliver them to a municipality. */
  async function stock(mun: string, prefix: string, counts: Partial<Record<'TABLET' | 'BAG' | 'POWER_BANK' | 'LAPTOP', number>>) {
    const short: Record<string, string> = { TABLET: 'TB', BAG: 'BG', POWER_BANK: 'PB', LAPTOP: 'LP' };
    const items = Object.entries(counts).flatMap(([typeCode, n]) =>
      Array.from({ length: n }, (_, i) => ({ typeCode, serial: `${prefix}-${short[typeCode]}-${String(i + 1).padStart(2, '0')}` })),
    );
    await post('/items/bulk', logistics, { items }).expect(200);
    const res = await post('/deliveries', logistics, { municipalityCode: mun, serials: items.map((i) => i.serial) }).expect(201);
    expect(res.body).toMatchObject({ municipalityCode: mun, deliveredOn: '2023-10-09', items: items.length });
    return items.map((i) => i.serial);
  }

  it('registers serials all or nothing, delivers them and keeps each municipality to its own items', async () => {
    const p = `INV${uniq()}`;
    const bad = await post('/items/bulk', logistics, {
      items: [
        { typeCode: 'TABLET', serial: `${p}-1` },
        { typeCode: 'PHONE', serial: `${p}-2` },
        { typeCode: 'TABLET', serial: `${p}-1` },
      ],
    }).expect(422);
    expect(bad.body.error.code).toBe('IMPORT_INVALID');
    expect(bad.body.error.details).toMatchObject([
      { row: 2, field: 'typeCode', reason: 'unknown item type PHONE' },
      { row: 3, field: 'serial', reason: `serial ${p}-1 repeats row 1` },
    ]);
    expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p } } })).toBe(0);
    // a malformed item is a bad row too, named by its position, as in a CSV file
    const malformed = await post('/items/bulk', logistics, {
      items: [{ typeCode: 'TABLET', serial: `${p}-1` }, { typeCode: 'TABLET' }],
    }).expect(422);
    expect(malformed.body.error).toMatchObject({ code: 'IMPORT_INVALID', details: [expect.objectContaining({ row: 2, field: 'serial' })] });

    const mun = await t.tokenFor(Role.MUNICIPALITY, 'gjilan');
    const other = await t.tokenFor(Role.MUNICIPALITY, 'viti');
    await post('/items/bulk', mun, { items: [{ typeCode: 'TABLET', serial: `${p}-9` }] }).expect(403);

    const serials = await stock('gjilan', p, { TABLET: 2, BAG: 1 });
    const mine = await get(`/items?serial=${p}`, mun).expect(200);
    expect(mine.body.total).toBe(3);
    expect(
      mine.body.items.map((i: { serial: string; status: string; location: { municipalityCode: string } }) => [
        i.serial,
        i.status,
        i.location.municipalityCode,
      ]),
    ).toEqual(serials.sort().map((s) => [s, 'IN_STORAGE', 'gjilan']));
    expect(mine.body.nextCursor).toBeNull();
    // Keyset pages by serial: two, then the last one.
    const first = (await get(`/items?serial=${p}&limit=2`, mun).expect(200)).body;
    expect(first.items.map((i: { serial: string }) => i.serial)).toEqual(serials.slice(0, 2));
    expect(first.total).toBe(3);
    const second = (await get(`/items?serial=${p}&limit=2&cursor=${first.nextCursor as string}`, mun).expect(200)).body;
    expect(second.items.map((i: { serial: string }) => i.serial)).toEqual(serials.slice(2));
    expect(second.nextCursor).toBeNull();
    const delivered = (await get('/deliveries?municipality=gjilan&limit=1', mun).expect(200)).body;
    expect(delivered.items).toHaveLength(1);
    expect(delivered.total).toBeGreaterThanOrEqual(1);
    const id = mine.body.items[0].id as string;
    expect((await get(`/items/${id}`, mun).expect(200)).body.serial).toBe(serials[0]);
    // Another municipality: not found, not listed, cannot change it.
    expect((await get(`/items/${id}`, other).expect(404)).body.error.code).toBe('ITEM_UNKNOWN');
    expect((await get(`/items?serial=${p}`, other).expect(200)).body).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await get('/deliveries?municipality=gjilan', other).expect(404)).body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    await t.http().patch(`${API}/items/${id}`).set('authorization', logistics).send({ status: 'DAMAGED' }).expect(200);
    expect((await get(`/items/${id}`, mun).expect(200)).body.status).toBe('DAMAGED');
    expect((await auditFor(t.db.prisma, id)).map((a) => a.action)).toEqual(['registered', 'updated']);
  });

  describe('bulk registration from CSV', () => {
    const postCsv = (token: string, text: string, query = '') =>
      t.http().post(`${API}/items/bulk${query}`).set('authorization', token).set('content-type', 'text/csv; charset=utf-8').send(text);
    const itemsOf = (p: string) =>
      t.db.prisma.item.findMany({
        where: { serial: { startsWith: p } },
        select: { serial: true, status: true, municipalityId: true, storageRoomId: true, type: { select: { code: true } } },
        orderBy: { serial: 'asc' },
      });

    it('registers one item per line in the ASK store; the same file again is refused like JSON and changes nothing', async () => {
      const p = `CSV${uniq()}`;
      const file = `type_code,serial\nTABLET,${p}-1\n bag ,${p.toLowerCase()}-2\nPOWER_BANK,${p}-3\n`;
      const res = await postCsv(logistics, file).expect(200);
      expect(res.body.created).toBe(3);
      expect(await itemsOf(p)).toEqual([
        { serial: `${p}-1`, status: 'IN_STORAGE', municipalityId: null, storageRoomId: null, type: { code: 'TABLET' } },
        { serial: `${p}-2`, status: 'IN_STORAGE', municipalityId: null, storageRoomId: null, type: { code: 'BAG' } },
        { serial: `${p}-3`, status: 'IN_STORAGE', municipalityId: null, storageRoomId: null, type: { code: 'POWER_BANK' } },
      ]);
      expect((await auditFor(t.db.prisma, (res.body.ids as string[])[0] ?? '')).map((a) => a.action)).toEqual(['registered']);

      // The JSON body refuses an already registered serial (422); the CSV body does the same.
      const again = await postCsv(logistics, file).expect(422);
      expect(again.body.error.code).toBe('IMPORT_INVALID');
      expect(again.body.error.details).toMatchObject(
        [2, 3, 4].map((row) => ({ row, field: 'serial', reason: `serial ${p}-${row - 1} is already registered` })),
      );
      expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p } } })).toBe(3);
    });

    it('reads a ;-separated file with a BOM and CR LF, and takes the location from the query', async () => {
      const p = `CSB${uniq()}`;
      const room = await post('/municipalities/gjilan/storage-rooms', logistics, { name: `Depo ${p}` }).expect(201);
      const file = `\uFEFFserial;type_code\r\n${p}-1;TABLET\r\n${p}-2;LAPTOP\r\n`;
      await postCsv(logistics, file, `?municipalityCode=gjilan&storageRoomId=${room.body.id as string}`).expect(200);
      const gjilan = await t.db.prisma.municipality.findUniqueOrThrow({ where: { code: 'gjilan' } });
      expect(await itemsOf(p)).toEqual([
        { serial: `${p}-1`, status: 'IN_STORAGE', municipalityId: gjilan.id, storageRoomId: room.body.id, type: { code: 'TABLET' } },
        { serial: `${p}-2`, status: 'IN_STORAGE', municipalityId: gjilan.id, storageRoomId: room.body.id, type: { code: 'LAPTOP' } },
      ]);
    });

    it('reports every bad row by its line in the file and its column, and writes nothing', async () => {
      const p = `CSI${uniq()}`;
      // Line 4 is blank (skipped), so line numbers differ from positions.
      const file = `type_code,serial\nTABLET,${p}-1\nPHONE,${p}-2\n\nTABLET,bad serial!\nBAG,${p}-3\n`;
      const res = await postCsv(logistics, file).expect(422);
      expect(res.body.error).toMatchObject({ code: 'IMPORT_INVALID', message: '2 rows have errors' });
      expect(res.body.error.details).toMatchObject([
        { row: 3, field: 'type_code', reason: 'unknown item type PHONE' },
        { row: 5, field: 'serial', reason: 'must be 1–64 letters, digits, ., _, /, -' },
      ]);
      expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p } } })).toBe(0);
    });

    it('refuses a bad header or an unreadable file with 400 IMPORT_FORMAT, and an unknown query parameter', async () => {
      const p = `CSH${uniq()}`;
      const header = await postCsv(logistics, `type,serial,serial\nTABLET,${p}-1,${p}-2\n`).expect(400);
      expect(header.body.error.code).toBe('IMPORT_FORMAT');
      expect(header.body.error.details).toMatchObject([
        { row: 1, field: 'type', reason: 'unknown column; expected columns: type_code, serial' },
        { row: 1, field: 'serial', reason: 'column appears more than once' },
        { row: 1, field: 'type_code', reason: 'required column is missing' },
      ]);
      const unreadable = await postCsv(logistics, `type_code,serial\nTABLET,"${p}-1\n`).expect(400);
      expect(unreadable.body.error.code).toBe('IMPORT_FORMAT');
      expect((await postCsv(logistics, '').expect(400)).body.error.code).toBe('IMPORT_FORMAT');
      expect((await postCsv(logistics, 'type_code,serial\n').expect(400)).body.error.code).toBe('IMPORT_FORMAT');
      // The JSON name of the option, not the list filter's `municipality`.
      const query = await postCsv(logistics, `type_code,serial\nTABLET,${p}-1\n`, '?municipality=gjilan').expect(400);
      expect(query.body.error.code).toBe('VALIDATION_FAILED');
      // JSON keeps its options in the body.
      await t
        .http()
        .post(`${API}/items/bulk?municipalityCode=gjilan`)
        .set('authorization', logistics)
        .send({ items: [{ typeCode: 'TABLET', serial: `${p}-1` }] })
        .expect(400);
      expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p } } })).toBe(0);
    });

    it('is documented in OpenAPI for both bodies', async () => {
      const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
        paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { type?: string }; example?: unknown }> } } }>;
      };
      const body = doc.paths['/api/v1/equipment/items/bulk']?.post.requestBody;
      expect(Object.keys(body?.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
      const csv = body?.content['text/csv'];
      expect(csv?.schema.type).toBe('string');
      expect(String(csv?.example).split('\n')[0]).toBe('type_code,serial');
      expect(body?.content['application/json']?.example).toMatchObject({ items: [{ typeCode: 'TABLET' }] });
    });

    it('is refused to a municipality user, as for JSON', async () => {
      const p = `CSM${uniq()}`;
      const mun = await t.tokenFor(Role.MUNICIPALITY, 'gjilan');
      await postCsv(mun, `type_code,serial\nTABLET,${p}-1\n`).expect(403);
      await postCsv(mun, `type_code,serial\nTABLET,${p}-1\n`, '?municipalityCode=gjilan').expect(403);
      expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p } } })).toBe(0);
    });
  });

  it('plans the distribution per person with serials, spares, the missing list and versions; municipalities read only their own', async () => {
    const p = `PLN${uniq()}`;
    const sup = await createStaff(t.db, 'kamenice', { kind: StaffKind.SUPERVISOR, fullName: 'Arta Berisha' });
    const e1 = await createStaff(t.db, 'kamenice', { kind: StaffKind.ENUMERATOR, fullName: 'Besnik Gashi' });
    const e2 = await createStaff(t.db, 'kamenice', { kind: StaffKind.ENUMERATOR, fullName: 'Drita Hoxha' });
    // Supervisor: laptop + tablet; enumerators: bag + tablet + power bank. 10 % spares, ceil:
    // tablets 3 + 1, bags 2 + 1, power banks 2 + 1, laptops 1 + 1.
    await stock('kamenice', p, { TABLET: 4, BAG: 3, POWER_BANK: 1, LAPTOP: 2 });
    await post('/municipalities/kamenice/storage-rooms', logistics, { name: `Depo ${p}`, address: 'Rruga e Shkollës 1' }).expect(201);

    const res = await post('/municipalities/kamenice/distribution-plans', logistics, {}).expect(201);
    const plan = res.body as PlanBody;
    expect(plan.version).toBe(1);
    expect(plan.lines.map((l) => [l.staffId, l.role, l.items.map((i) => i.serial), l.complete, l.sessionNote?.code])).toEqual([
      [sup.id, 'SUPERVISOR', [`${p}-LP-01`, `${p}-TB-01`], true, 'SESSION_NOT_PLANNED'],
      [e1.id, 'ENUMERATOR', [`${p}-BG-01`, `${p}-TB-02`, `${p}-PB-01`], true, 'SESSION_NOT_PLANNED'],
      [e2.id, 'ENUMERATOR', [`${p}-BG-02`, `${p}-TB-03`, null], false, 'SESSION_NOT_PLANNED'],
    ]);
    expect(plan.missing.summary).toBe('Power bank: 2 missing (need 3 incl. 1 spare, have 1)');
    expect(plan.missing.sessionsNotPlanned).toHaveLength(3);
    expect(plan.spares).toEqual(
      expect.arrayContaining([
        { typeCode: 'TABLET', wanted: 1, serials: [`${p}-TB-04`] },
        { typeCode: 'POWER_BANK', wanted: 1, serials: [] },
      ]),
    );

    const mun = await t.tokenFor(Role.MUNICIPALITY, 'kamenice');
    const other = await t.tokenFor(Role.MUNICIPALITY, 'ranillug');
    expect((await get(`/distribution-plans/${plan.id}`, mun).expect(200)).body.lines).toHaveLength(3);
    expect((await get(`/distribution-plans/${plan.id}`, other).expect(404)).body.error.code).toBe('DISTRIBUTION_PLAN_UNKNOWN');
    await get(`/distribution-plans/${plan.id}/printable`, other).expect(404);
    await get('/municipalities/kamenice/distribution-plans', other).expect(404);
    await post('/municipalities/kamenice/distribution-plans', mun, {}).expect(403);

    const printable = (await get(`/distribution-plans/${plan.id}/printable`, mun).expect(200)).body;
    expect(printable).toMatchObject({ reportType: 4, storageRoom: { name: `Depo ${p}` }, columns: expect.arrayContaining(['Signature']) });
    expect(printable.rows[2]).toEqual({
      no: 3,
      staffId: e2.id,
      fullName: 'Drita Hoxha',
      role: 'ENUMERATOR',
      kit: [
        { typeCode: 'BAG', typeName: 'Tablet bag', serial: `${p}-BG-02` },
        { typeCode: 'TABLET', typeName: 'Tablet', serial: `${p}-TB-03` },
        { typeCode: 'POWER_BANK', typeName: 'Power bank', serial: 'missing' },
      ],
      session: 'session not planned yet',
      sessionDetail: null,
      sessionNote: { code: 'SESSION_NOT_PLANNED', params: {}, text: 'session not planned yet' },
      signature: '',
    });

    // A second version after more power banks arrive.
    await stock('kamenice', `${p}X`, { POWER_BANK: 2 });
    const v2 = (await post('/municipalities/kamenice/distribution-plans', logistics, {}).expect(201)).body as PlanBody;
    expect(v2.version).toBe(2);
    expect(v2.missing.summary).toBeNull();
    const versions = (await get('/municipalities/kamenice/distribution-plans', mun).expect(200)).body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await auditFor(t.db.prisma, v2.id)).map((a) => a.action)).toEqual(['generated']);
  });

  it('hands over the whole planned kit with one signature, refuses other serials, and takes it back with conditions', async () => {
    const p = `HND${uniq()}`;
    const e1 = await createStaff(t.db, 'partesh', { kind: StaffKind.ENUMERATOR, fullName: 'Gentiana Krasniqi' });
    const e2 = await createStaff(t.db, 'partesh', { kind: StaffKind.ENUMERATOR, fullName: 'Hana Morina' });
    await stock('partesh', p, { TABLET: 3, BAG: 3, POWER_BANK: 3 });
    const plan = (await post('/municipalities/partesh/distribution-plans', logistics, {}).expect(201)).body as PlanBody;
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'partesh');
    const other = await t.tokenFor(Role.MUNICIPALITY, 'kllokot');
    const planned1 = plan.lines[0]?.items.map((i) => i.serial ?? '') ?? [];
    expect(planned1).toEqual([`${p}-BG-01`, `${p}-TB-01`, `${p}-PB-01`]);

    // Another municipality cannot record it (404) and nothing changes.
    await post(`/staff/${e1.id}/kit/handover`, other, { serials: planned1, signedBy: 'Gentiana Krasniqi' }).expect(404);
    // Not the planned tablet, without saying so: refused with the reason.
    const wrong = await post(`/staff/${e1.id}/kit/handover`, mun, {
      serials: [`${p}-BG-01`, `${p}-TB-03`, `${p}-PB-01`],
      signedBy: 'Gentiana Krasniqi',
    }).expect(422);
    expect(wrong.body.error.code).toBe('KIT_HANDOVER_INVALID');
    expect(wrong.body.error.details.map((d: { reason: string }) => d.reason)).toEqual([
      `planned TABLET ${p}-TB-01 is missing: hand it over or substitute it`,
      `serial ${p}-TB-03 is not part of this person’s kit`,
    ]);
    expect(await t.db.prisma.item.count({ where: { serial: { startsWith: p }, status: 'ISSUED' } })).toBe(0);

    // Explicitly substituted: accepted, one record with one signature.
    const ok = await post(`/staff/${e1.id}/kit/handover`, mun, {
      serials: [`${p}-BG-01`, `${p}-TB-03`, `${p}-PB-01`],
      substitutions: [{ planned: `${p}-TB-01`, actual: `${p}-TB-03` }],
      signedBy: 'Gentiana Krasniqi',
      signedAt: '2023-10-16T09:30:00Z',
    }).expect(201);
    expect(ok.body).toMatchObject({ planVersion: 1, signedAt: '2023-10-16T09:30:00.000Z' });
    expect(ok.body.items).toContainEqual({ serial: `${p}-TB-03`, typeCode: 'TABLET', substitutedFor: `${p}-TB-01` });
    // The same kit twice: refused.
    await post(`/staff/${e1.id}/kit/handover`, mun, { serials: planned1, signedBy: 'Gentiana Krasniqi' }).expect(422);
    // e2's planned tablet TB-02 is still free; TB-03 is gone, so handing it to e2 is refused.
    const taken = await post(`/staff/${e2.id}/kit/handover`, mun, {
      serials: [`${p}-BG-02`, `${p}-TB-03`, `${p}-PB-02`],
      substitutions: [{ planned: `${p}-TB-02`, actual: `${p}-TB-03` }],
      signedBy: 'Hana Morina',
    }).expect(422);
    expect(taken.body.error.details.map((d: { reason: string }) => d.reason)).toContain(
      `serial ${p}-TB-03 cannot be handed out: issued to someone`,
    );

    const kit = (await get(`/staff/${e1.id}/kit`, mun).expect(200)).body;
    expect(kit.holds.map((h: { serial: string }) => h.serial).sort()).toEqual([`${p}-BG-01`, `${p}-PB-01`, `${p}-TB-03`]);
    expect(kit.records).toHaveLength(1);
    expect(kit.records[0]).toMatchObject({ kind: 'HANDOVER', signedBy: 'Gentiana Krasniqi' });
    await get(`/staff/${e1.id}/kit`, other).expect(404);

    // Return: the whole kit, one signature, condition per item.
    const partial = await post(`/staff/${e1.id}/kit/return`, mun, {
      items: [{ serial: `${p}-BG-01`, condition: 'GOOD' }],
      signedBy: 'G. Krasniqi',
    }).expect(422);
    expect(partial.body.error.code).toBe('KIT_RETURN_INVALID');
    await post(`/staff/${e1.id}/kit/return`, other, { items: [{ serial: `${p}-BG-01`, condition: 'GOOD' }], signedBy: 'x y' }).expect(404);
    await post(`/staff/${e1.id}/kit/return`, mun, {
      items: [
        { serial: `${p}-BG-01`, condition: 'GOOD' },
        { serial: `${p}-TB-03`, condition: 'DAMAGED' },
        { serial: `${p}-PB-01`, condition: 'LOST' },
      ],
      signedBy: 'Gentiana Krasniqi',
      signedAt: '2023-12-16T10:00:00Z',
    }).expect(200);
    const items = await t.db.prisma.item.findMany({
      where: { serial: { in: [`${p}-BG-01`, `${p}-TB-03`, `${p}-PB-01`] } },
      orderBy: { serial: 'asc' },
    });
    expect(items.map((i) => [i.serial, i.status, i.holderStaffId, i.responsibleStaffId])).toEqual([
      [`${p}-BG-01`, 'RETURNED', null, null],
      [`${p}-PB-01`, 'LOST', null, e1.id],
      [`${p}-TB-03`, 'DAMAGED', null, e1.id],
    ]);
    expect((await auditFor(t.db.prisma, e1.id)).map((a) => a.action)).toEqual(['handed over', 'returned']);
  });

  it('transfers a leaver’s kit to the replacement: good items are reused, a damaged one is replaced from spares', async () => {
    const p = `TRF${uniq()}`;
    const leaver = await createStaff(t.db, 'novoberde', { kind: StaffKind.ENUMERATOR, fullName: 'Ilir Leaver' });
    await stock('novoberde', p, { TABLET: 2, BAG: 1, POWER_BANK: 1 });
    await post('/municipalities/novoberde/distribution-plans', logistics, {}).expect(201);
    await post(`/staff/${leaver.id}/kit/handover`, logistics, {
      serials: [`${p}-BG-01`, `${p}-TB-01`, `${p}-PB-01`],
      signedBy: 'Ilir Leaver',
    }).expect(201);
    const replacement = await createStaff(t.db, 'novoberde', { kind: StaffKind.ENUMERATOR, fullName: 'Jeta Replacement' });
    const distribution = t.app.get(KitHandoverService);
    const prisma = t.app.get<PrismaClient>(PRISMA);
    const result = await prisma.$transaction((tx) =>
      distribution.transferKit(tx, nationalScope, leaver.id, replacement.id, '2023-11-20', SYSTEM_ACTOR, { [`${p}-TB-01`]: 'DAMAGED' }),
    );
    expect(result.returned?.items.map((i) => [i.serial, i.condition])).toEqual([
      [`${p}-BG-01`, 'GOOD'],
      [`${p}-PB-01`, 'GOOD'],
      [`${p}-TB-01`, 'DAMAGED'],
    ]);
    expect(result.issued.items).toEqual([
      { serial: `${p}-BG-01`, typeCode: 'BAG', fromLeaver: true },
      { serial: `${p}-TB-02`, typeCode: 'TABLET', fromLeaver: false },
      { serial: `${p}-PB-01`, typeCode: 'POWER_BANK', fromLeaver: true },
    ]);
    expect(result.lacking).toEqual([]);
    const items = await t.db.prisma.item.findMany({ where: { serial: { startsWith: p } }, orderBy: { serial: 'asc' } });
    expect(items.map((i) => [i.serial, i.status, i.holderStaffId, i.responsibleStaffId])).toEqual([
      [`${p}-BG-01`, 'ISSUED', replacement.id, null],
      [`${p}-PB-01`, 'ISSUED', replacement.id, null],
      [`${p}-TB-01`, 'DAMAGED', null, leaver.id],
      [`${p}-TB-02`, 'ISSUED', replacement.id, null],
    ]);
    // A scope that does not reach the people: not found, nothing written.
    await expect(
      prisma.$transaction((tx) =>
        distribution.transferKit(tx, { kind: 'municipal', municipalityIds: [] }, replacement.id, leaver.id, '2023-11-21', SYSTEM_ACTOR),
      ),
    ).rejects.toMatchObject({ code: 'STAFF_UNKNOWN' });
  });

  it('seeds demo equipment once: a plan per demo municipality, Prizren two tablets short', async () => {
    await seedDemo(t.db.prisma, 'demo-password');
    await seedDemo(t.db.prisma, 'demo-password');
    const prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    const versions = (await get('/municipalities/prizren/distribution-plans', prizren).expect(200)).body.items;
    expect(versions).toHaveLength(1);
    expect(versions[0].missingSummary).toMatch(/^Tablet: 2 missing \(need \d+ incl\. \d+ spares?, have \d+\)$/);
    expect(versions[0].shortfalls).toMatchObject([{ code: 'EQUIPMENT_SHORT', params: { type: 'Tablet', missing: 2 } }]);
    const prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    const plans = (await get('/municipalities/prishtine/distribution-plans', prishtine).expect(200)).body.items;
    expect(plans.map((v: { version: number; missingSummary: string | null }) => [v.version, v.missingSummary])).toEqual([[1, null]]);
  });
});
