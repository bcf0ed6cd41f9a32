import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/generated/prisma/enums.js';
import {
  computeRunOverHttp,
  createAssignedEnumerator,
  createExampleTariff,
  type AssignedEnumerator,
} from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/**
 * The census's preparatory-attendance rule in a real pay run (in-process worker, PostgreSQL,
 * Redis): example tariff, preparatory 150.00 for 16–30 Oct; the census's enumerator training
 * lasts five days (16–20 Oct). Three enumerators engaged for the whole window attended 3, 0
 * and 5 days.
 */
describe('pay run: preparatory pay by attendance at the enumerator training', () => {
  let t: TestApp;
  let finance: string;
  let three: AssignedEnumerator;
  let none: AssignedEnumerator;
  let all: AssignedEnumerator;
  let censusId: string;
  let runId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    finance = await t.tokenFor(Role.FINANCE);
    three = await createAssignedEnumerator(t.db, 'decan');
    none = await createAssignedEnumerator(t.db, 'decan');
    all = await createAssignedEnumerator(t.db, 'decan');
    const census = await t.db.prisma.census.create({
      data: {
        code: 'xk-test-attendance',
        name: 'Attendance census',
        country: 'XK',
        languages: ['sq', 'sr', 'en'],
        timeZone: 'Europe/Belgrade',
        referenceDate: day('2023-10-01'),
        settings: { preparatoryAttendance: 'PRORATE', somebodyElsesKey: 42 },
      },
    });
    censusId = census.id;
    const event = await t.db.prisma.trainingEvent.create({
      data: { censusId, kind: 'ENUMERATORS', name: 'Enumerator training', startDate: day('2023-10-16'), endDate: day('2023-10-20') },
    });
    // An enumerator training of another census must not count.
    const other = await t.db.prisma.trainingEvent.create({
      data: { kind: 'ENUMERATORS', name: 'Elsewhere', startDate: day('2023-10-16'), endDate: day('2023-10-17') },
    });
    const present = (who: AssignedEnumerator, days: string[], isPresent = true, eventId = event.id) =>
      days.map((d) => ({
        eventId,
        traineeId: who.enumeratorId,
        traineeKind: 'STAFF' as const,
        municipalityId: who.municipalityId,
        day: day(d),
        present: isPresent,
      }));
    await t.db.prisma.trainingAttendance.createMany({
      data: [
        ...present(three, ['2023-10-16', '2023-10-17', '2023-10-19']),
        ...present(three, ['2023-10-18', '2023-10-20'], false),
        ...present(none, ['2023-10-16', '2023-10-17'], false),
        ...present(none, ['2023-10-16', '2023-10-17'], true, other.id),
        ...present(all, ['2023-10-16', '2023-10-17', '2023-10-18', '2023-10-19', '2023-10-20']),
      ],
    });
    runId = await computeRunOverHttp(t, finance, { municipalityCode: 'decan', census: 'xk-2023' });
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const prepLine = async (who: AssignedEnumerator) => {
    const res = await t
      .http()
      .get(`/api/v1/payroll/runs/${runId}/lines?staffId=${who.enumeratorId}`)
      .set('authorization', finance)
      .expect(200);
    return (res.body.items as { lineType: string; amount: string; description: unknown; quantity: number; basis: number }[]).find(
      (l) => l.lineType === 'PREPARATORY',
    );
  };

  async function recompute(): Promise<void> {
    await t.http().post(`/api/v1/payroll/runs/${runId}/recompute`).set('authorization', finance).expect(202);
    for (let i = 0; i < 600; i++) {
      const res = await t.http().get(`/api/v1/payroll/runs/${runId}`).set('authorization', finance).expect(200);
      if (res.body.status === 'COMPUTED') return;
      if (res.body.status === 'FAILED') throw new Error(res.body.failedReason);
      await sleep(100);
    }
    throw new Error('not recomputed');
  }

  it('a run without a census pays the preparatory amount regardless (the default)', async () => {
    for (const who of [three, none, all]) expect((await prepLine(who))?.amount).toBe('150.00');
  });

  it('PRORATE: the days present over the training days, the unpaid part named on the line', async () => {
    await t.db.prisma.payRun.update({ where: { id: runId }, data: { censusId } });
    await recompute();
    // 150.00 × 15/15 × 3/5 = 90.00
    expect(await prepLine(three)).toMatchObject({
      amount: '90.00',
      quantity: 15,
      basis: 15,
      description: {
        code: 'PREP_PRORATED',
        params: { attended: 3, trainingDays: 5, notPaidAmount: '60.00' },
        text: 'training attendance 3 of 5 days, €60.00 not paid',
      },
    });
    // present only at another census's training: 0 of 5
    expect(await prepLine(none)).toMatchObject({
      amount: '0.00',
      description: expect.objectContaining({ code: 'PREP_PRORATED', text: 'training attendance 0 of 5 days, €150.00 not paid' }),
    });
    expect((await prepLine(all))?.amount).toBe('150.00');
    // gross and net of the run follow: tax is on the reduced gross
    const people = await t.http().get(`/api/v1/payroll/runs/${runId}/people?limit=10`).set('authorization', finance).expect(200);
    const gross = (people.body.items as { staffId: string; gross: string }[]).find((p) => p.staffId === three.enumeratorId)?.gross;
    expect(gross).toBe('90.00');
  });

  it('the statement shows the reason in the document language, and its arithmetic', async () => {
    const res = await t
      .http()
      .post('/api/v1/reports')
      .set('authorization', finance)
      .send({ type: 'payment-statement', language: 'sq', params: { runId, staffId: three.enumeratorId } })
      .expect(202);
    let status = '';
    for (let i = 0; i < 600 && status !== 'COMPLETED'; i++) {
      const r = await t.http().get(`/api/v1/reports/${res.body.id}`).set('authorization', finance).expect(200);
      status = r.body.status;
      if (status === 'FAILED') throw new Error('report failed');
      if (status !== 'COMPLETED') await sleep(100);
    }
    const file = await t
      .http()
      .get(`/api/v1/reports/${res.body.id}/file`)
      .set('authorization', finance)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const { text: raw } = await extractText(await getDocumentProxy(new Uint8Array(file.body as Buffer)), { mergePages: true });
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('150,00 × 15/15 ditë × 3/5 ditë trajnimi = 90,00');
    expect(text).toContain('Shuma përgatitore në proporcion me ditët e prezencës në trajnimin e regjistruesve: 3/5');
  }, 60_000);

  it('REQUIRE_ANY: one day present pays all, none pays nothing; invalid settings fail the run with the reason', async () => {
    await t.db.prisma.census.update({ where: { id: censusId }, data: { settings: { preparatoryAttendance: 'REQUIRE_ANY' } } });
    await recompute();
    expect((await prepLine(three))?.amount).toBe('150.00');
    expect(await prepLine(none)).toMatchObject({
      amount: '0.00',
      description: expect.objectContaining({
        code: 'PREP_NO_ATTENDANCE',
        params: { notPaidAmount: '150.00' },
        text: 'no attendance at the enumerator training, €150.00 not paid',
      }),
    });
    await t.db.prisma.census.update({ where: { id: censusId }, data: { settings: { preparatoryAttendance: 'SOMETIMES' } } });
    await expect(recompute()).rejects.toThrow(/census xk-test-attendance: preparatoryAttendance/);
  });
});
