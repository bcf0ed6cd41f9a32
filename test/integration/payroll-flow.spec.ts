import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { Role } from '../../src/generated/prisma/enums.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The finance flow end to end over HTTP, against PostgreSQL and Redis with the in-process
 * BullMQ worker: counts file in → pay run computed → approved by a second finance user →
 * bank file out, then a corrected count → an adjustment run that pays only the difference.
 * Example tariff (BRIEF.md): preparatory 150.00 for 16–30 Oct; 0.30 building, 0.50 dwelling,
 * 1.00 household, 0.80 individual, 0.50 diaspora person (complete lists only).
 */
describe('payroll: import → run → approve → export → adjustment', () => {
  let t: TestApp;
  let finance1: string;
  let finance2: string;
  let a: AssignedEnumerator;
  let b: AssignedEnumerator;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    finance1 = await t.tokenFor(Role.FINANCE);
    finance2 = await t.tokenFor(Role.FINANCE);
    // Engaged 15 Oct–15 Dec: the whole preparatory period (150.00) and the interviews.
    a = await createAssignedEnumerator(t.db, 'decan');
    b = await createAssignedEnumerator(t.db, 'decan');
  });
  afterAll(async () => {
    await t.close();
  });

  const countsCsv = (bIndividuals: number) =>
    [
      '\uFEFFea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete',
      `${a.eaCode},${a.nationalId},10,12,11,40,3,true`,
      `${b.eaCode},${b.nationalId},0,0,5,${bIndividuals},4,false`,
      '',
    ].join('\r\n');

  const importCounts = (csv: string) =>
    t.http().post('/api/v1/payroll/counts/import').set('authorization', finance1).set('content-type', 'text/csv').send(csv);

  async function computedRun(): Promise<{ id: string; kind: string; totals: { net: string } }> {
    const created = await t
      .http()
      .post('/api/v1/payroll/runs')
      .set('authorization', finance1)
      .send({ municipalityCode: 'decan' })
      .expect(202);
    for (let i = 0; i < 300; i++) {
      const res = await t.http().get(`/api/v1/payroll/runs/${created.body.id}`).set('authorization', finance1).expect(200);
      if (res.body.status === 'COMPUTED') return res.body;
      if (res.body.status === 'FAILED') throw new Error(res.body.failedReason);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  async function bankFile(runId: string): Promise<Record<string, string>[]> {
    const res = await t.http().get(`/api/v1/payroll/runs/${runId}/exports/bank.csv`).set('authorization', finance1).expect(200);
    return parse(res.text, { columns: true }) as Record<string, string>[];
  }

  /**
   * b reports diaspora persons with an incomplete list: a quality flag holds each such version
   * until finance accepts it (its diaspora persons stay unpaid while the list is incomplete).
   */
  async function acceptDiasporaFlag(): Promise<void> {
    const flags = await t.http().get(`/api/v1/fieldwork/flags?open=true&eaCode=${b.eaCode}`).set('authorization', finance1).expect(200);
    expect(flags.body.items.map((f: { rule: string }) => f.rule)).toEqual(['DIASPORA_LIST_INCOMPLETE']);
    await t
      .http()
      .post(`/api/v1/fieldwork/flags/${flags.body.items[0].id}/accept`)
      .set('authorization', finance1)
      .send({ reason: 'list to follow; diaspora persons are paid once it is complete' })
      .expect(200);
  }

  it('pays exactly what the counts say, once, and then only the difference', async () => {
    const first = await importCounts(countsCsv(13)).expect(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    await acceptDiasporaFlag();

    const run = await computedRun();
    expect(run.kind).toBe('REGULAR');
    // a: 150.00 + 10 × 0.30 + 12 × 0.50 + 11 × 1.00 + 40 × 0.80 + 3 × 0.50 = 150 + 3 + 6 + 11 + 32 + 1.50 = 203.50
    // b: 150.00 + 5 × 1.00 + 13 × 0.80 (diaspora list incomplete: 4 × 0.50 not paid) = 150 + 5 + 10.40 = 165.40
    expect(run.totals.net).toBe('368.90');

    // Four eyes: the creator cannot approve; a second finance user can.
    await t.http().post(`/api/v1/payroll/runs/${run.id}/approve`).set('authorization', finance1).expect(403);
    await t.http().post(`/api/v1/payroll/runs/${run.id}/approve`).set('authorization', finance2).expect(200);

    const rows = await bankFile(run.id);
    const amounts = Object.fromEntries(rows.map((r) => [r.iban, r.amount]));
    const ibanOf = async (id: string) => (await t.db.prisma.staffMember.findUniqueOrThrow({ where: { id } })).iban as string;
    expect(amounts).toEqual({ [await ibanOf(a.enumeratorId)]: '203.50', [await ibanOf(b.enumeratorId)]: '165.40' });

    // The same file again changes nothing; a corrected count supersedes the old one.
    expect((await importCounts(countsCsv(13)).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await importCounts(countsCsv(14)).expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    await acceptDiasporaFlag();

    const adjustment = await computedRun();
    // b: 14 × 0.80 = 11.20 due, 10.40 paid → 0.80; a: nothing new
    expect(adjustment.kind).toBe('ADJUSTMENT');
    expect(adjustment.totals.net).toBe('0.80');
    await t.http().post(`/api/v1/payroll/runs/${adjustment.id}/approve`).set('authorization', finance2).expect(200);
    expect((await bankFile(adjustment.id)).map((r) => [r.iban, r.amount])).toEqual([[await ibanOf(b.enumeratorId), '0.80']]);

    // Nothing left to pay: a third run pays nothing at all.
    const third = await computedRun();
    expect(third.totals.net).toBe('0.00');

    // Everything paid for b, across runs, reconciles with the final entitlement: 150 + 5 + 11.20.
    const approved = (await t.db.prisma.payRun.findMany({ where: { status: 'APPROVED' }, select: { id: true } })).map((r) => r.id);
    const paid = await t.db.prisma.payPerson.findMany({
      where: { staffId: b.enumeratorId, status: 'PAYABLE', runId: { in: approved } },
    });
    expect(paid.reduce((s, p) => s + p.netCents, 0n)).toBe(166_20n);
  });
});
