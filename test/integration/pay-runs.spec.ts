import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { auditFor, createAssignment, createEa, createStaff, type StaffOverrides } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Pay runs over HTTP against PostgreSQL and Redis, with the app's in-process BullMQ worker
 * computing them. Each test works in its own municipality so that runs and approvals of one
 * test never become "already paid" for another. Tariff: the example values of BRIEF.md
 * (supervisor 600.00/month for 15 Oct–14 Nov and 15 Nov–15 Dec, preparatory 150.00 for
 * 16–30 Oct, rates 0.30 building, 0.50 dwelling, 1.00 household, 0.80 individual, 0.50 diaspora).
 */

const BASE = '/api/v1/payroll/runs';
const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);

interface RunBody {
  id: string;
  kind: string;
  status: string;
  progress: number;
  peopleCount: number;
  blockedCount: number;
  failedReason: string | null;
  createdById: string;
  approvedById: string | null;
  totals: { gross: string; deductions: string; net: string };
  municipality: { code: string } | null;
  municipalities?: { code: string; payable: number; blocked: number; gross: string; deductions: string; net: string }[];
}

interface Counts {
  buildings: number;
  dwellings: number;
  households: number;
  individuals: number;
  diasporaPersons: number;
  diasporaListComplete: boolean;
}

describe('pay runs API', () => {
  let t: TestApp;
  let finance1: string;
  let finance2: string;
  let admin: string;
  let logistics: string;

  beforeAll(async () => {
    t = await startTestApp();
    finance1 = await t.tokenFor(Role.FINANCE);
    finance2 = await t.tokenFor(Role.FINANCE);
    admin = await t.tokenFor(Role.ADMIN);
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
  });

  afterAll(async () => {
    await t.close();
  });

  // ---- arrangement helpers ----

  async function enumerator(mun: string, o: StaffOverrides & { counts?: Counts[]; assigned?: boolean } = {}) {
    const s = await createStaff(t.db, mun, {
      engagementStart: '2023-10-16',
      engagementEnd: '2023-12-15',
      ...o,
      kind: StaffKind.ENUMERATOR,
    });
    const municipalityId = await t.db.municipalityId(mun);
    const eas = [];
    for (const c of o.counts ?? []) {
      const ea = await createEa(t.db, mun);
      eas.push(ea);
      await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: s.id,
        municipalityId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
      await t.db.prisma.eaCount.create({ data: { eaId: ea.id, enumeratorId: s.id, municipalityId, version: 1, ...c } });
    }
    if (o.assigned && eas.length === 0) {
      const ea = await createEa(t.db, mun);
      await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: s.id,
        municipalityId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
    }
    return { ...s, eas };
  }

  const supervisor = (mun: string, o: StaffOverrides = {}) => createStaff(t.db, mun, { ...o, kind: StaffKind.SUPERVISOR });

  async function create(token: string, body: object): Promise<RunBody> {
    const res = await t.http().post(BASE).set('authorization', token).send(body);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'QUEUED', progress: 0 });
    return res.body as RunBody;
  }

  /** Polls until the worker is done; returns the run and the progress values seen on the way. */
  async function settled(id: string, token = finance1): Promise<{ run: RunBody; seen: number[] }> {
    const seen: number[] = [];
    for (let i = 0; i < 300; i++) {
      const res = await t.http().get(`${BASE}/${id}`).set('authorization', token);
      expect(res.status).toBe(200);
      const run = res.body as RunBody;
      seen.push(run.progress);
      if (run.status === 'COMPUTED' || run.status === 'FAILED') return { run, seen };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`run ${id} did not finish`);
  }

  async function computed(token: string, body: object): Promise<RunBody> {
    const r = await create(token, body);
    const { run } = await settled(r.id);
    expect(run.status).toBe('COMPUTED');
    return run;
  }

  const approve = (id: string, token: string) => t.http().post(`${BASE}/${id}/approve`).set('authorization', token);
  const recompute = (id: string, token: string) => t.http().post(`${BASE}/${id}/recompute`).set('authorization', token);

  const linesOf = (runId: string, staffId: string) =>
    t.db.prisma.payLine.findMany({ where: { runId, staffId }, orderBy: [{ lineType: 'asc' }, { unit: 'asc' }, { periodFrom: 'asc' }] });
  const personOf = (runId: string, staffId: string) => t.db.prisma.payPerson.findUnique({ where: { runId_staffId: { runId, staffId } } });
  const amounts = async (runId: string, staffId: string) =>
    (await linesOf(runId, staffId)).map((l) => [l.lineType, l.unit, Number(l.amountCents)]);

  // ---- tests ----

  it('computes a municipal run in the background with exact amounts, progress, blocked people and audit', async () => {
    const mun = 'gjakove';
    // Supervisor engaged 20 Oct–15 Dec:
    //   15 Oct–14 Nov: 26 of 31 days → 600.00 × 26 / 31 = 503.2258… → 503.23
    //   15 Nov–15 Dec: 31 of 31 days → 600.00                          → 1103.23
    const sup = await supervisor(mun, { engagementStart: '2023-10-20', engagementEnd: '2023-12-15' });
    // Enumerator, full preparatory period (15 of 15 days → 150.00) and one EA:
    //   10 × 0.30 = 3.00, 12 × 0.50 = 6.00, 11 × 1.00 = 11.00, 45 × 0.80 = 36.00, 4 × 0.50 = 2.00 (list complete)
    //   150.00 + 58.00 = 208.00
    const e1 = await enumerator(mun, {
      counts: [{ buildings: 10, dwellings: 12, households: 11, individuals: 45, diasporaPersons: 4, diasporaListComplete: true }],
    });
    // Enumerator engaged from 23 Oct: 23–30 Oct = 8 of 15 days → 150.00 × 8 / 15 = 80.00; two EAs:
    //   7 × 0.30 = 2.10, 9 × 0.50 = 4.50, 9 × 1.00 = 9.00, 31 × 0.80 = 24.80, 3 diaspora (list incomplete) → 0.00  = 40.40
    //   1 × 0.30 = 0.30, 1 × 0.50 = 0.50, 1 × 1.00 = 1.00,  3 × 0.80 =  2.40                                      =  4.20
    //   80.00 + 40.40 + 4.20 = 124.60
    const e2 = await enumerator(mun, {
      engagementStart: '2023-10-23',
      counts: [
        { buildings: 7, dwellings: 9, households: 9, individuals: 31, diasporaPersons: 3, diasporaListComplete: false },
        { buildings: 1, dwellings: 1, households: 1, individuals: 3, diasporaPersons: 0, diasporaListComplete: true },
      ],
    });
    // Left on 10 Nov: still paid for the days worked and what was counted.
    //   150.00 + 2 × 0.30 + 2 × 0.50 + 2 × 1.00 + 5 × 0.80 = 150.00 + 0.60 + 1.00 + 2.00 + 4.00 = 157.60
    const left = await enumerator(mun, {
      engagementEnd: '2023-11-10',
      status: StaffStatus.LEFT,
      counts: [{ buildings: 2, dwellings: 2, households: 2, individuals: 5, diasporaPersons: 0, diasporaListComplete: true }],
    });
    // Blocked, each with its reason.
    const noIban = await enumerator(mun, {
      iban: null,
      counts: [{ buildings: 1, dwellings: 1, households: 1, individuals: 1, diasporaPersons: 0, diasporaListComplete: true }],
    });
    const unassigned = await enumerator(mun);
    const undated = await supervisor(mun);
    // Engaged only in December, no counts: nothing to pay, nothing wrong → not listed.
    const idle = await enumerator(mun, { engagementStart: '2023-12-01', assigned: true });
    // Another municipality's people are not in this run.
    const elsewhere = await enumerator('rahovec', {
      counts: [{ buildings: 1, dwellings: 1, households: 1, individuals: 1, diasporaPersons: 0, diasporaListComplete: true }],
    });

    const created = await create(finance1, { municipalityCode: mun });
    expect(created).toMatchObject({ kind: 'REGULAR', municipality: { code: mun }, tariffVersion: 1, createdById: t.userIdOf(finance1) });
    const { run, seen } = await settled(created.id);
    expect(run.status).toBe('COMPUTED');
    expect(run.progress).toBe(100);
    expect(seen.every((p, i) => p >= 0 && p <= 100 && (i === 0 || p >= (seen[i - 1] as number)))).toBe(true);
    // 1103.23 + 208.00 + 124.60 + 157.60 = 1593.43
    expect(run).toMatchObject({ peopleCount: 4, blockedCount: 3, totals: { gross: '1593.43', deductions: '0.00', net: '1593.43' } });
    expect(run.municipalities).toEqual([
      { code: mun, nameSq: 'Gjakovë', nameSr: 'Đakovica', payable: 4, blocked: 3, gross: '1593.43', deductions: '0.00', net: '1593.43' },
    ]);

    expect(await amounts(run.id, sup.id)).toEqual([
      ['SUPERVISOR_MONTH', null, 50323],
      ['SUPERVISOR_MONTH', null, 60000],
    ]);
    const supLines = await linesOf(run.id, sup.id);
    expect(supLines.map((l) => [l.quantity, l.basis, l.rate.toFixed(4), l.tariffVersion])).toEqual([
      [26, 31, '600.0000', 1],
      [31, 31, '600.0000', 1],
    ]);
    // (PostgreSQL orders enums as declared: PREPARATORY before PIECE, units as in the tariff.)
    expect(await amounts(run.id, e1.id)).toEqual([
      ['PREPARATORY', null, 15000],
      ['PIECE', 'BUILDING', 300],
      ['PIECE', 'DWELLING', 600],
      ['PIECE', 'HOUSEHOLD', 1100],
      ['PIECE', 'INDIVIDUAL', 3600],
      ['PIECE', 'DIASPORA', 200],
    ]);
    const e1Lines = await linesOf(run.id, e1.id);
    expect(e1Lines.find((l) => l.unit === 'INDIVIDUAL')).toMatchObject({
      quantity: 45,
      eaId: e1.eas[0]?.id,
      // the kind, EA and unit say it all: no note
      description: null,
    });
    expect((await personOf(run.id, e2.id))?.grossCents).toBe(12460n);
    expect((await linesOf(run.id, e2.id)).find((l) => l.unit === 'DIASPORA')).toMatchObject({ amountCents: 0n, quantity: 3 });
    expect(await personOf(run.id, left.id)).toMatchObject({ status: 'PAYABLE', netCents: 15760n });
    expect(await personOf(run.id, noIban.id)).toMatchObject({ status: 'BLOCKED', blockReasons: [{ code: 'NO_VALID_IBAN', params: {} }] });
    expect(await personOf(run.id, unassigned.id)).toMatchObject({
      status: 'BLOCKED',
      blockReasons: [{ code: 'NO_EA_ASSIGNMENT', params: {} }],
    });
    expect(await personOf(run.id, undated.id)).toMatchObject({
      status: 'BLOCKED',
      blockReasons: [{ code: 'ENGAGEMENT_DATES_MISSING', params: {} }],
    });
    expect(await personOf(run.id, idle.id)).toBeNull();
    expect(await personOf(run.id, elsewhere.id)).toBeNull();
    // The person rows carry the snapshot the payment file needs.
    expect(await personOf(run.id, e1.id)).toMatchObject({
      fullName: e1.fullName,
      iban: e1.iban,
      kind: 'ENUMERATOR',
      municipalityId: await t.db.municipalityId(mun),
    });
    // Totals are sums of rounded lines of payable people.
    const sums = await t.db.prisma.payLine.aggregate({
      where: { runId: run.id, staffId: { in: [sup.id, e1.id, e2.id, left.id] } },
      _sum: { amountCents: true },
    });
    expect(sums._sum.amountCents).toBe(159343n);

    const audit = await auditFor(t.db.prisma, run.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['created', t.userIdOf(finance1)],
      ['computed', null],
    ]);
  });

  it('answers 422 TARIFF_MISSING for an unknown tariff version and 404 for an unknown municipality; only finance and admins create runs', async () => {
    const bad = await t.http().post(BASE).set('authorization', finance1).send({ municipalityCode: 'decan', tariffVersion: 99 });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'TARIFF_MISSING', details: [{ field: 'tariffVersion' }] });
    const unknown = await t.http().post(BASE).set('authorization', finance1).send({ municipalityCode: 'atlantis' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    const extra = await t.http().post(BASE).set('authorization', finance1).send({ municipalityCode: 'decan', amount: '1' });
    expect(extra.status).toBe(400);
    const logi = await t.http().post(BASE).set('authorization', logistics).send({ municipalityCode: 'decan' });
    expect(logi.status).toBe(403);
  });

  it('needs a second finance user to approve; concurrent approvals: exactly one succeeds; approved runs are immutable', async () => {
    const mun = 'peje';
    await enumerator(mun, {
      counts: [{ buildings: 3, dwellings: 3, households: 3, individuals: 9, diasporaPersons: 0, diasporaListComplete: true }],
    });
    const run = await computed(finance1, { municipalityCode: mun });

    const own = await approve(run.id, finance1);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('PAY_RUN_FOUR_EYES');

    const approvers = [finance2, admin, await t.tokenFor(Role.FINANCE), await t.tokenFor(Role.FINANCE)];
    const results = await Promise.all(approvers.map((a) => approve(run.id, a)));
    const ok = results.filter((r) => r.status === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual([
      'PAY_RUN_LOCKED',
      'PAY_RUN_LOCKED',
      'PAY_RUN_LOCKED',
    ]);
    const winner = approvers[results.findIndex((r) => r.status === 200)] as string;
    expect(ok[0]?.body).toMatchObject({ status: 'APPROVED', approvedById: t.userIdOf(winner) });

    const again = await recompute(run.id, finance2);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PAY_RUN_LOCKED');
    const before = await t.db.prisma.payLine.count({ where: { runId: run.id } });
    expect((await approve(run.id, finance2)).status).toBe(409);
    expect(await t.db.prisma.payLine.count({ where: { runId: run.id } })).toBe(before);
    expect((await auditFor(t.db.prisma, run.id)).map((a) => a.action)).toEqual(['created', 'computed', 'approved']);
  });

  it('pays only the difference after counts are corrected; nothing is paid twice; a run computed before another approval is stale', async () => {
    const mun = 'malisheve';
    const municipalityId = await t.db.municipalityId(mun);
    // 150.00 + 20 × 0.30 + 20 × 0.50 + 18 × 1.00 + 60 × 0.80 = 150.00 + 6.00 + 10.00 + 18.00 + 48.00 = 232.00
    const e = await enumerator(mun, {
      counts: [{ buildings: 20, dwellings: 20, households: 18, individuals: 60, diasporaPersons: 0, diasporaListComplete: true }],
    });
    const sup = await supervisor(mun, { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });
    const first = await computed(finance1, { municipalityCode: mun });
    // 232.00 + 1200.00
    expect(first).toMatchObject({ kind: 'REGULAR', peopleCount: 2, totals: { net: '1432.00' } });
    expect((await approve(first.id, finance2)).status).toBe(200);

    // The counts are corrected after approval: a new version, the old one kept.
    const ea = e.eas[0] as { id: string };
    await t.db.prisma.eaCount.updateMany({ where: { eaId: ea.id, enumeratorId: e.id }, data: { isCurrent: false } });
    await t.db.prisma.eaCount.create({
      data: {
        eaId: ea.id,
        enumeratorId: e.id,
        municipalityId,
        version: 2,
        buildings: 25,
        dwellings: 20,
        households: 18,
        individuals: 58,
        diasporaPersons: 2,
        diasporaListComplete: true,
      },
    });

    // Two runs computed against the same baseline…
    const adjustment = await computed(finance1, { municipalityCode: mun });
    const twin = await computed(finance2, { municipalityCode: mun });
    // …pay only the differences: buildings +5 × 0.30 = +1.50; individuals −2 × 0.80 = −1.60; diaspora +2 × 0.50 = +1.00
    //   1.50 − 1.60 + 1.00 = 0.90. The supervisor was paid in full: not listed.
    expect(adjustment).toMatchObject({ kind: 'ADJUSTMENT', peopleCount: 1, blockedCount: 0, totals: { gross: '0.90', net: '0.90' } });
    expect(await amounts(adjustment.id, e.id)).toEqual([
      ['PIECE', 'BUILDING', 150],
      ['PIECE', 'INDIVIDUAL', -160],
      ['PIECE', 'DIASPORA', 100],
    ]);
    expect(await personOf(adjustment.id, sup.id)).toBeNull();
    const corrected = (await linesOf(adjustment.id, e.id)).find((l) => l.unit === 'BUILDING');
    // 7.50 due, 6.00 paid before: the difference, with the count and rate the statement's arithmetic shows
    expect(corrected).toMatchObject({ amountCents: 150n, description: null });

    expect((await approve(adjustment.id, finance2)).status).toBe(200);
    // The twin would pay the 0.90 again: refused until recomputed.
    const stale = await approve(twin.id, finance1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PAY_RUN_STALE');
    expect((await recompute(twin.id, finance1)).status).toBe(202);
    const { run: redone } = await settled(twin.id);
    expect(redone).toMatchObject({ status: 'COMPUTED', kind: 'ADJUSTMENT', peopleCount: 0, blockedCount: 0, totals: { net: '0.00' } });
    expect((await approve(twin.id, finance1)).status).toBe(200);

    // Everything approved for this person adds up to the entitlement once: 232.00 + 0.90 = 232.90
    const approved = await t.db.prisma.payRun.findMany({
      where: { status: 'APPROVED', id: { in: [first.id, adjustment.id, twin.id] } },
      select: { id: true },
    });
    expect(approved).toHaveLength(3);
    const paid = await t.db.prisma.payLine.aggregate({
      where: { staffId: e.id, runId: { in: approved.map((r) => r.id) } },
      _sum: { amountCents: true },
    });
    expect(paid._sum.amountCents).toBe(23290n);
    const nothing = await computed(finance1, { municipalityCode: mun });
    expect(nothing).toMatchObject({ kind: 'ADJUSTMENT', peopleCount: 0, totals: { net: '0.00' } });
    expect((await auditFor(t.db.prisma, twin.id)).map((a) => a.action)).toEqual([
      'created',
      'computed',
      'recompute-requested',
      'computed',
      'approved',
    ]);
  });

  it('keeps municipalities apart: own runs only, national runs invisible, no writes', async () => {
    await enumerator('kline', {
      counts: [{ buildings: 1, dwellings: 1, households: 1, individuals: 2, diasporaPersons: 0, diasporaListComplete: true }],
    });
    await enumerator('istog', {
      counts: [{ buildings: 1, dwellings: 1, households: 1, individuals: 2, diasporaPersons: 0, diasporaListComplete: true }],
    });
    const klineRun = await computed(finance1, { municipalityCode: 'kline' });
    const istogRun = await computed(finance1, { municipalityCode: 'istog' });
    const national = await computed(finance1, {});
    expect(national.municipality).toBeNull();
    const kline = await t.tokenFor(Role.MUNICIPALITY, 'kline');

    const list = await t.http().get(BASE).set('authorization', kline);
    expect(list.status).toBe(200);
    const ids = (list.body.items as RunBody[]).map((r) => r.id);
    expect(ids).toContain(klineRun.id);
    expect(ids).not.toContain(istogRun.id);
    expect(ids).not.toContain(national.id);
    expect((list.body.items as RunBody[]).every((r) => r.municipality?.code === 'kline')).toBe(true);

    expect((await t.http().get(`${BASE}/${klineRun.id}`).set('authorization', kline)).status).toBe(200);
    expect((await t.http().get(`${BASE}/${istogRun.id}`).set('authorization', kline)).status).toBe(404);
    expect((await t.http().get(`${BASE}/${national.id}`).set('authorization', kline)).status).toBe(404);
    expect((await t.http().post(BASE).set('authorization', kline).send({ municipalityCode: 'kline' })).status).toBe(403);
    expect((await approve(klineRun.id, kline)).status).toBe(403);
    expect((await recompute(klineRun.id, kline)).status).toBe(403);
    expect((await t.http().get(`${BASE}/${istogRun.id}`).set('authorization', logistics)).status).toBe(403);

    // Finance sees everything, filtered on request.
    const all = await t.http().get(`${BASE}?municipality=istog`).set('authorization', finance2);
    expect((all.body.items as RunBody[]).map((r) => r.id)).toEqual([istogRun.id]);
  });
});
