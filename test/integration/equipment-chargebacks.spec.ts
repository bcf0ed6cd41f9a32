import { wordNotice } from '../../src/common/i18n/word-notice.js';
import { noticeOf } from '../../src/common/text/notice.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { createAssignment, createEa, createStaff, uniq } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Equipment charge-backs reach payroll through CHARGEBACK_PROVIDER: a kit not returned after
 * the census end (15 Dec 2023; the test runs later) is deducted in a computed pay run with
 * item type and serial on the statement; when the kit comes back later, the next (adjustment)
 * run pays back what is no longer owed. Pay tariff: BRIEF.md example values (preparatory
 * 150.00, 0.80 per individual). Charge-back tariff v1: tablet lost 250.00 / damaged 80.00,
 * bag lost 20.00 / damaged 5.00, no amount for power banks.
 */

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

describe('equipment charge-backs in pay runs', () => {
  let t: TestApp;
  let finance1: string;
  let finance2: string;
  let logistics: string;

  beforeAll(async () => {
    t = await startTestApp();
    finance1 = await t.tokenFor(Role.FINANCE);
    finance2 = await t.tokenFor(Role.FINANCE);
    logistics = await t.tokenFor(Role.LOGISTICS);
    await t.db.prisma.tariff.create({
      data: {
        ...EXAMPLE_TARIFF,
        version: 1,
        name: 'example tariff (BRIEF.md)',
        effectiveFrom: day('2023-10-01'),
        prepFrom: day(EXAMPLE_TARIFF.prepFrom),
        prepTo: day(EXAMPLE_TARIFF.prepTo),
        interviewFrom: day(EXAMPLE_TARIFF.interviewFrom),
        interviewTo: day(EXAMPLE_TARIFF.interviewTo),
        payMonths: EXAMPLE_TARIFF.payMonths.map((m) => ({ ...m })),
      },
    });
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
    ]) {
      await t.http().post('/api/v1/equipment/item-types').set('authorization', logistics).send({ code, name }).expect(201);
    }
    await t
      .http()
      .post('/api/v1/equipment/chargeback-tariffs')
      .set('authorization', finance1)
      .send({
        name: 'charge-backs 2023',
        effectiveFrom: '2023-10-01',
        rates: [
          { typeCode: 'TABLET', lost: '250.00', damaged: '80.00' },
          { typeCode: 'BAG', lost: '20.00', damaged: '5.00' },
        ],
      })
      .expect(201);
  });

  afterAll(async () => {
    await t.close();
  });

  async function computed(body: object) {
    const created = await t.http().post('/api/v1/payroll/runs').set('authorization', finance1).send(body).expect(202);
    for (let i = 0; i < 300; i++) {
      const res = await t.http().get(`/api/v1/payroll/runs/${created.body.id}`).set('authorization', finance1).expect(200);
      if (res.body.status === 'COMPUTED') return res.body as { id: string; kind: string };
      if (res.body.status === 'FAILED') throw new Error(`run failed: ${res.body.failedReason}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  const chargebackLines = async (runId: string, staffId: string) =>
    (await t.db.prisma.payLine.findMany({ where: { runId, staffId, lineType: 'CHARGEBACK' } }))
      .map((l): [string, number] => [wordNotice('en', 'payNote', noticeOf(l.description)), Number(l.amountCents)])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

  it('deducts a kit not returned after the census, shows the serials, and pays it back in an adjustment run once returned', async () => {
    const tariffs = (await t.http().get('/api/v1/equipment/chargeback-tariffs').set('authorization', finance1).expect(200)).body.items;
    expect(tariffs).toEqual([
      expect.objectContaining({
        version: 1,
        effectiveFrom: '2023-10-01',
        rates: [
          { typeCode: 'BAG', typeName: 'Tablet bag', lost: '20.00', damaged: '5.00' },
          { typeCode: 'TABLET', typeName: 'Tablet', lost: '250.00', damaged: '80.00' },
        ],
      }),
    ]);
    const mun = 'junik';
    const munId = await t.db.municipalityId(mun);
    const p = `CB${uniq()}`;
    const person = await createStaff(t.db, mun, {
      kind: StaffKind.ENUMERATOR,
      fullName: 'Liridon Shala',
      engagementStart: '2023-10-16',
      engagementEnd: '2023-12-15',
    });
    const ea = await createEa(t.db, mun);
    await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: person.id,
      municipalityId: munId,
      validFrom: '2023-11-01',
      validTo: '2023-12-15',
    });
    // 500 individuals × 0.80 = 400.00; with the preparatory 150.00: gross 550.00.
    await t.db.prisma.eaCount.create({
      data: {
        eaId: ea.id,
        enumeratorId: person.id,
        municipalityId: munId,
        version: 1,
        buildings: 0,
        dwellings: 0,
        households: 0,
        individuals: 500,
        diasporaPersons: 0,
        diasporaListComplete: false,
      },
    });

    const serials = [`${p}-BG`, `${p}-TB`, `${p}-PB`];
    await t
      .http()
      .post('/api/v1/equipment/items/bulk')
      .set('authorization', logistics)
      .send({
        municipalityCode: mun,
        items: [
          { typeCode: 'BAG', serial: serials[0] },
          { typeCode: 'TABLET', serial: serials[1] },
          { typeCode: 'POWER_BANK', serial: serials[2] },
        ],
      })
      .expect(200);
    await t.http().post(`/api/v1/equipment/municipalities/${mun}/distribution-plans`).set('authorization', logistics).send({}).expect(201);
    const municipal = await t.tokenFor(Role.MUNICIPALITY, mun);
    await t
      .http()
      .post(`/api/v1/equipment/staff/${person.id}/kit/handover`)
      .set('authorization', municipal)
      .send({ serials, signedBy: 'Liridon Shala', signedAt: '2023-10-16T08:00:00Z' })
      .expect(201);

    // Not returned after 15 Dec 2023: tablet 250.00 and bag 20.00; the power bank has no price.
    const owed = (await t.http().get('/api/v1/equipment/chargebacks').set('authorization', municipal).expect(200)).body;
    expect(
      owed.charges.map((c: { serial: string; amount: string; reason: string; tariffVersion: number }) => [
        c.serial,
        c.amount,
        c.reason,
        c.tariffVersion,
      ]),
    ).toEqual([
      [`${p}-BG`, '20.00', 'NOT_RETURNED', 1],
      [`${p}-TB`, '250.00', 'NOT_RETURNED', 1],
    ]);
    expect(owed.unpriced).toEqual([
      expect.objectContaining({
        serial: `${p}-PB`,
        reason: {
          code: 'UNPRICED_NO_AMOUNT',
          params: { version: 1, typeCode: 'POWER_BANK' },
          text: 'charge-back tariff version 1 has no amount for POWER_BANK',
        },
      }),
    ]);

    const first = await computed({ municipalityCode: mun });
    expect(first.kind).toBe('REGULAR');
    expect(await chargebackLines(first.id, person.id)).toEqual([
      [`equipment not returned: Tablet bag, serial ${p}-BG`, 2000],
      [`equipment not returned: Tablet, serial ${p}-TB`, 25000],
    ]);
    const payPerson = await t.db.prisma.payPerson.findUnique({ where: { runId_staffId: { runId: first.id, staffId: person.id } } });
    // 550.00 − (250.00 + 20.00) = 280.00
    expect([payPerson?.status, Number(payPerson?.grossCents), Number(payPerson?.deductionsCents), Number(payPerson?.netCents)]).toEqual([
      'PAYABLE',
      55000,
      27000,
      28000,
    ]);
    const statement = (
      await t.http().get(`/api/v1/payroll/runs/${first.id}/people/${person.id}/statement`).set('authorization', finance1).expect(200)
    ).body;
    const deductions = statement.lines.deductions.lines as { label: string; description: { code: string; text: string }; amount: string }[];
    expect(deductions.map((l) => [l.label, l.description.text, l.amount])).toEqual(
      expect.arrayContaining([
        [`Equipment not returned: Tablet, serial ${p}-TB`, `equipment not returned: Tablet, serial ${p}-TB`, '250.00'],
        [`Equipment not returned: Tablet bag, serial ${p}-BG`, `equipment not returned: Tablet bag, serial ${p}-BG`, '20.00'],
      ]),
    );
    await t.http().post(`/api/v1/payroll/runs/${first.id}/approve`).set('authorization', finance2).expect(200);

    // Returned later: tablet and power bank in good condition, the bag damaged (5.00).
    await t
      .http()
      .post(`/api/v1/equipment/staff/${person.id}/kit/return`)
      .set('authorization', municipal)
      .send({
        items: [
          { serial: `${p}-BG`, condition: 'DAMAGED' },
          { serial: `${p}-TB`, condition: 'GOOD' },
          { serial: `${p}-PB`, condition: 'GOOD' },
        ],
        signedBy: 'Liridon Shala',
        signedAt: '2024-01-10T08:00:00Z',
      })
      .expect(200);

    const adjustment = await computed({ municipalityCode: mun });
    expect(adjustment.kind).toBe('ADJUSTMENT');
    expect(await chargebackLines(adjustment.id, person.id)).toEqual([
      [`equipment not returned: Tablet bag, serial ${p}-BG`, -2000],
      [`equipment not returned: Tablet, serial ${p}-TB`, -25000],
      [`equipment returned damaged: Tablet bag, serial ${p}-BG`, 500],
    ]);
    const adjPerson = await t.db.prisma.payPerson.findUnique({ where: { runId_staffId: { runId: adjustment.id, staffId: person.id } } });
    // Nothing else changed: gross 0; deductions −270.00 + 5.00 = −265.00; paid back 265.00.
    expect([adjPerson?.status, Number(adjPerson?.grossCents), Number(adjPerson?.deductionsCents), Number(adjPerson?.netCents)]).toEqual([
      'PAYABLE',
      0,
      -26500,
      26500,
    ]);
  });
});
