import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { createStaff, nationalId, uniqName } from '../support/factories.js';
import { computeRunOverHttp, createExampleTariff } from '../support/payroll-factories.js';
import { createCompetition, pinClock, setTargets, TEST_CENSUS } from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Two censuses side by side: the demo census (the letter's 2023 calendar) and its copy for
 * spring 2024 (field work from 5 Apr 2024: every date 156 days later). Every date-dependent
 * rule follows the census of the record it applies to.
 */
describe('two censuses side by side', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let clock: ReturnType<typeof pinClock>;
  let a: { id: string };
  let b: { id: string; timeline: Record<string, string> };
  const SPRING = 'xk-2024';
  let copied: { shiftDays: number; copied: { trainingEvents: number } };
  let springItems: unknown[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
    clock = pinClock(t, '2023-09-27T08:00:00Z');
    await createExampleTariff(t.db);
    await t.http().post(`/api/v1/training/events/defaults?census=${TEST_CENSUS}`).set('authorization', admin).expect(201);
    a = await createCompetition(t, admin);
    await setTargets(t, admin, a.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 1, enumerators: 2 }],
    });
    const source = (await t.http().get('/api/v1/censuses').set('authorization', admin).expect(200)).body.items.find(
      (c: { code: string }) => c.code === TEST_CENSUS,
    ) as { id: string };
    const copy = await t
      .http()
      .post(`/api/v1/censuses/${source.id}/copy`)
      .set('authorization', admin)
      .send({ code: SPRING, name: 'Census spring 2024', fieldworkFrom: '2024-04-05' })
      .expect(201);
    copied = copy.body;
    const bs = await t.http().get(`/api/v1/recruitment/competitions?census=${SPRING}`).set('authorization', admin).expect(200);
    springItems = bs.body.items;
    b = bs.body.items[0];
  });
  afterAll(async () => {
    await t.close();
  });

  it('copies the calendar, tariffs, training events, competitions and targets, every date 156 days later', () => {
    expect(copied).toMatchObject({
      shiftDays: 156,
      copied: { tariffs: 1, competitions: 1, targets: 1 },
      census: {
        code: SPRING,
        referenceDate: '2024-04-05',
        calendar: { version: 1, stages: { fieldworkFrom: '2024-04-05', fieldworkTo: '2024-05-19' } },
      },
    });
    expect(copied.copied.trainingEvents).toBeGreaterThan(2);
    expect(springItems).toHaveLength(1);
  });

  it('lists each census’s own competitions, tariffs, training events and pay runs, with shifted dates', async () => {
    const as = await t.http().get(`/api/v1/recruitment/competitions?census=${TEST_CENSUS}`).set('authorization', admin).expect(200);
    expect(as.body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    // 3 Oct 23:59:59 in summer time → 7 Mar 2024 23:59:59 in winter time
    expect(b.timeline).toMatchObject({
      applicationDeadline: '2024-03-07T22:59:59.000Z',
      finalListDue: '2024-03-16',
      fieldworkFrom: '2024-04-05',
    });
    const tariffs = await t.http().get(`/api/v1/payroll/tariffs?census=${SPRING}`).set('authorization', finance).expect(200);
    expect(tariffs.body.items).toHaveLength(1);
    expect(tariffs.body.items[0]).toMatchObject({
      version: 2,
      prepFrom: '2024-03-20',
      prepTo: '2024-04-03',
      interviewFrom: '2024-04-05',
      interviewTo: '2024-05-19',
      payMonths: [
        { from: '2024-03-19', to: '2024-04-18' },
        { from: '2024-04-19', to: '2024-05-19' },
      ],
    });
    const oldTariffs = await t.http().get(`/api/v1/payroll/tariffs?census=${TEST_CENSUS}`).set('authorization', finance).expect(200);
    expect(oldTariffs.body.items.map((x: { version: number; prepFrom: string }) => [x.version, x.prepFrom])).toEqual([[1, '2023-10-16']]);
    const events = async (census: string) =>
      (
        await t.http().get(`/api/v1/training/events?census=${census}&kind=SUPERVISORS`).set('authorization', admin).expect(200)
      ).body.items.map((e: { startDate: string; endDate: string }) => [e.startDate, e.endDate]);
    expect(await events(TEST_CENSUS)).toEqual([['2023-10-09', '2023-10-13']]);
    expect(await events(SPRING)).toEqual([['2024-03-13', '2024-03-17']]);
    // a new event of the spring census without dates takes its calendar's
    const created = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', admin)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators, second group', census: SPRING })
      .expect(201);
    expect(created.body).toMatchObject({ startDate: '2024-03-20', endDate: '2024-03-24' });
  });

  it('applies each competition’s own deadline: one closed, the other still open, a second either side', async () => {
    const apply = (competitionId: string) =>
      t
        .http()
        .post('/api/v1/recruitment/applications')
        .set('authorization', admin)
        .send({
          competitionId,
          municipalityCode: 'prishtine',
          nationalId: nationalId(),
          fullName: `Kandidat ${uniqName()}`,
          community: 'ALBANIAN',
          languageOfWork: 'SQ',
          channel: 'ONLINE',
        });
    clock.set('2023-10-03T21:59:59.000Z');
    expect((await apply(a.id)).status).toBe(409);
    expect((await apply(b.id)).status).toBe(201);
    clock.set('2024-03-07T22:59:58.999Z');
    expect((await apply(b.id)).status).toBe(201);
    clock.set('2024-03-07T22:59:59.000Z');
    const late = await apply(b.id);
    expect(late.status).toBe(409);
    expect(late.body.error.details).toMatchObject([
      { field: 'applicationDeadline', code: 'STAGE_DATE', params: { stage: 'applicationDeadline', date: '2024-03-07T22:59:59.000Z' } },
    ]);
    // a shortlist of the spring competition in autumn 2023 is refused with the spring deadline
    clock.set('2023-10-10T08:00:00Z');
    const early = await t
      .http()
      .post(`/api/v1/recruitment/competitions/${b.id}/shortlists`)
      .set('authorization', admin)
      .send({ municipalityCodes: ['prishtine'] })
      .expect(409);
    expect(early.body.error).toMatchObject({ code: 'SHORTLIST_BEFORE_DEADLINE', details: [{ reason: '2024-03-07T22:59:59.000Z' }] });
  });

  it('raises lateness flags by each census’s own dates and time zone', async () => {
    const flags = async (census: string) =>
      (await t.http().get(`/api/v1/recruitment/deadline-flags?census=${census}&limit=500`).set('authorization', admin).expect(200)).body
        .items as {
        competitionId: string;
        kind: string;
        dueAt: string;
        municipalityCode: string;
      }[];
    clock.set('2023-10-13T08:00:00Z');
    await t.http().post('/api/v1/recruitment/deadline-checks').set('authorization', admin).expect(200);
    const autumn = await flags(TEST_CENSUS);
    expect(autumn.find((f) => f.kind === 'FINAL_LIST_LATE' && f.municipalityCode === 'prishtine')).toMatchObject({
      competitionId: a.id,
      dueAt: '2023-10-12T22:00:00.000Z',
    });
    expect(await flags(SPRING)).toEqual([]);
    clock.set('2024-03-18T08:00:00Z');
    await t.http().post('/api/v1/recruitment/deadline-checks').set('authorization', admin).expect(200);
    const spring = await flags(SPRING);
    // 16 Mar ends at midnight in winter time: 23:00Z
    expect(spring.find((f) => f.kind === 'FINAL_LIST_LATE' && f.municipalityCode === 'prishtine')).toMatchObject({
      competitionId: b.id,
      dueAt: '2024-03-16T23:00:00.000Z',
    });
    expect(spring.every((f) => f.competitionId === b.id)).toBe(true);
  });

  it('pays by each census’s tariff: pay months and their proration follow the census of the run', async () => {
    // Supervisor engaged 25 Mar – 19 May 2024 (the spring census):
    //   19 Mar – 18 Apr: 25 of 31 days → 600.00 × 25 / 31 = 483.870… → 483.87
    //   19 Apr – 19 May: 31 of 31 days → 600.00
    const sup = await createStaff(t.db, 'ferizaj', {
      kind: StaffKind.SUPERVISOR,
      engagementStart: '2024-03-25',
      engagementEnd: '2024-05-19',
    });
    const lines = async (runId: string) =>
      (await t.db.prisma.payLine.findMany({ where: { runId, staffId: sup.id }, orderBy: { periodFrom: 'asc' } })).map((l) => [
        l.lineType,
        Number(l.amountCents),
        l.tariffVersion,
      ]);
    const spring = await computeRunOverHttp(t, finance, { municipalityCode: 'ferizaj', census: SPRING });
    expect(await lines(spring)).toEqual([
      ['SUPERVISOR_MONTH', 48387, 2],
      ['SUPERVISOR_MONTH', 60000, 2],
    ]);
    // The same person in a run of the 2023 census: its pay months (Oct–Dec 2023) do not cover 2024.
    const autumn = await computeRunOverHttp(t, finance, { municipalityCode: 'ferizaj', census: TEST_CENSUS });
    expect(await lines(autumn)).toEqual([]);
    const runs = await t.http().get(`/api/v1/payroll/runs?census=${SPRING}`).set('authorization', finance).expect(200);
    expect(runs.body.items.map((r: { id: string; tariffVersion: number }) => [r.id, r.tariffVersion])).toEqual([[spring, 2]]);
    // a tariff of the other census cannot be named for a run
    const wrong = await t
      .http()
      .post('/api/v1/payroll/runs')
      .set('authorization', finance)
      .send({ municipalityCode: 'ferizaj', census: SPRING, tariffVersion: 1 })
      .expect(422);
    expect(wrong.body.error.code).toBe('TARIFF_MISSING');
  });

  it('dates deliveries by the census they belong to (default: its first supervisor-training day)', async () => {
    const API = '/api/v1/equipment';
    await t.http().post(`${API}/item-types`).set('authorization', admin).send({ code: 'TABLET', name: 'Tablet' }).expect(201);
    const serials = ['SBS-TB-01', 'SBS-TB-02'];
    await t
      .http()
      .post(`${API}/items/bulk`)
      .set('authorization', admin)
      .send({ items: serials.map((serial) => ({ typeCode: 'TABLET', serial })) })
      .expect(200);
    // both censuses are open: a delivery must name its census
    const ambiguous = await t
      .http()
      .post(`${API}/deliveries`)
      .set('authorization', admin)
      .send({ municipalityCode: 'gjilan', serials: [serials[0]] })
      .expect(422);
    expect(ambiguous.body.error.code).toBe('CENSUS_AMBIGUOUS');
    const autumn = await t
      .http()
      .post(`${API}/deliveries`)
      .set('authorization', admin)
      .send({ municipalityCode: 'gjilan', serials: [serials[0]], census: TEST_CENSUS })
      .expect(201);
    const spring = await t
      .http()
      .post(`${API}/deliveries`)
      .set('authorization', admin)
      .send({ municipalityCode: 'gjilan', serials: [serials[1]], census: SPRING })
      .expect(201);
    expect([autumn.body.deliveredOn, spring.body.deliveredOn]).toEqual(['2023-10-09', '2024-03-13']);
    const list = await t.http().get(`${API}/deliveries?census=${SPRING}`).set('authorization', admin).expect(200);
    expect(list.body.items.map((d: { id: string; serials: string[] }) => [d.id, d.serials])).toEqual([[spring.body.id, [serials[1]]]]);
  });
});
