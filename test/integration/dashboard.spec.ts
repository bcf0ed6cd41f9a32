import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createTariff } from '../support/payroll-factories.js';
import { TEST_CENSUS } from '../support/recruitment-factories.js';
import { createEa, createStaff, nationalId, uniq } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface PayRunView {
  runId: string;
  kind: string;
  status: string;
  people: number;
  gross: string;
  net: string;
}
interface FiguresView {
  recruitment: Record<string, number>;
  eas: Record<string, number>;
  pay: { runs: PayRunView[]; gross: string; net: string };
  equipment: Record<string, number>;
  flags: Record<string, number>;
}
interface DashboardBody {
  scope: string;
  municipality: { code: string } | null;
  calendar: { code: string; today: string; stages: { stage: string; date: string; done: boolean }[]; done: number; total: number } | null;
  municipalities: (FiguresView & { code: string; nameSq: string })[];
  totals: FiguresView;
  nationalPay: PayRunView[];
  deadlines: { kind: string; municipalityCode: string; competitionCode: string }[];
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const cents = (s: string): bigint => BigInt(s.replace('.', ''));
const money = (c: bigint): string =>
  `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${((c < 0n ? -c : c) % 100n).toString().padStart(2, '0')}`;

/**
 * GET /dashboard: national callers see every municipality, a municipality only its own, and
 * every figure equals what the test computes from the rows it reads back itself.
 */
describe('dashboard', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;
  const secret = `DASH-${uniq()}`;

  /** What the dashboard should say of one municipality, from the tables directly. */
  async function expectedOf(code: string, censusId: string): Promise<FiguresView> {
    const p = t.db.prisma;
    const municipalityId = await t.db.municipalityId(code);
    const where = { municipalityId };
    const competitionIds = (await p.competition.findMany({ where: { censusId }, select: { id: true } })).map((c) => c.id);
    const ofCensus = { ...where, competitionId: { in: competitionIds } };
    const targets = await p.staffingTarget.findMany({ where: ofCensus });
    const applications = await p.application.findMany({ where: ofCensus });
    const stages = await p.commissionStage.findMany({ where: ofCensus });
    const eas = await p.enumerationArea.findMany({ where, select: { id: true } });
    const counts = await p.eaCount.findMany({ where: { ...where, isCurrent: true } });
    const expectations = await p.eaExpectation.findMany({ where });
    const runs = await p.payRun.findMany({ where: { ...where, status: { in: ['COMPUTED', 'APPROVED'] } }, orderBy: { createdAt: 'desc' } });
    const latest = ['ADJUSTMENT', 'REGULAR'].flatMap((k) => runs.filter((r) => r.kind === k).slice(0, 1));
    const items = await p.item.findMany({ where });
    const kits = await p.kitRecord.findMany({ where });
    const qualityFlags = await p.countFlag.findMany({ where: { ...where, acceptedAt: null } });
    const current = new Set(counts.map((c) => c.id));
    const deadlineFlags = await p.deadlineFlag.findMany({ where: { ...ofCensus, doneAt: null } });
    const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);
    return {
      recruitment: {
        targets: sum(targets, (r) => r.supervisors + r.enumerators),
        competitions: new Set(targets.map((r) => r.competitionId)).size,
        applications: applications.length,
        eligible: applications.filter((a) => a.eligible).length,
        shortlisted: applications.filter((a) => a.shortlistRank !== null).length,
        selected: applications.filter((a) => a.status === 'SELECTED' || a.status === 'HIRED').length,
        shortlistsSent: stages.filter((s) => s.shortlistSentAt).length,
        finalLists: stages.filter((s) => s.finalisedAt).length,
        published: stages.filter((s) => s.publishedAt).length,
      },
      eas: {
        total: eas.length,
        counted: new Set(counts.map((c) => c.eaId)).size,
        expected: expectations.length,
        countedHouseholds: sum(counts, (c) => c.households),
        expectedHouseholds: sum(expectations, (x) => x.expectedHouseholds),
        countedIndividuals: sum(counts, (c) => c.individuals),
        expectedIndividuals: sum(expectations, (x) => x.expectedIndividuals),
      },
      pay: {
        runs: latest.map((r) => ({
          runId: r.id,
          kind: r.kind,
          status: r.status,
          people: r.peopleCount,
          gross: money(r.grossCents),
          net: money(r.netCents),
        })),
        gross: money(latest.reduce((s, r) => s + r.grossCents, 0n)),
        net: money(latest.reduce((s, r) => s + r.netCents, 0n)),
      },
      equipment: {
        items: items.length,
        issued: items.filter((i) => i.status === 'ISSUED').length,
        returned: items.filter((i) => i.status === 'RETURNED').length,
        damaged: items.filter((i) => i.status === 'DAMAGED').length,
        lost: items.filter((i) => i.status === 'LOST').length,
        handovers: kits.filter((k) => k.kind === 'HANDOVER').length,
        returns: kits.filter((k) => k.kind === 'RETURN').length,
      },
      flags: { quality: qualityFlags.filter((f) => current.has(f.countId)).length, deadlines: deadlineFlags.length },
    };
  }

  /** The figures of a response row without the run fields the test does not recompute. */
  const comparable = (f: FiguresView): FiguresView => ({
    recruitment: f.recruitment,
    eas: f.eas,
    equipment: f.equipment,
    flags: f.flags,
    pay: {
      runs: [...f.pay.runs]
        .sort((a, b) => a.kind.localeCompare(b.kind))
        .map((r) => ({ runId: r.runId, kind: r.kind, status: r.status, people: r.people, gross: r.gross, net: r.net })),
      gross: f.pay.gross,
      net: f.pay.net,
    },
  });

  async function seedMunicipality(code: string, competitionId: string, tariffId: string, n: number) {
    const p = t.db.prisma;
    const municipalityId = await t.db.municipalityId(code);
    const staff = [];
    for (let i = 0; i < n; i++) staff.push(await createStaff(t.db, code, { fullName: `${secret} ${code} ${i}` }));
    // EAs: every one expected, all but the last counted (the first by two enumerators).
    for (let i = 0; i < n + 1; i++) {
      const ea = await createEa(t.db, code, `${secret}-${code}-${i}`);
      await p.eaExpectation.create({
        data: { eaId: ea.id, municipalityId, expectedDwellings: 40 + i, expectedHouseholds: 35 + i, expectedIndividuals: 120 + 3 * i },
      });
      if (i === n) continue;
      const enumerators = i === 0 ? staff.slice(0, 2) : [staff[i % staff.length]];
      for (const [j, s] of enumerators.entries()) {
        const base = {
          eaId: ea.id,
          enumeratorId: s!.id,
          municipalityId,
          buildings: 10,
          dwellings: 30,
          diasporaPersons: 0,
          diasporaListComplete: true,
        };
        // A superseded version (must not count) and the current one.
        await p.eaCount.create({ data: { ...base, version: 1, isCurrent: false, households: 99, individuals: 999 } });
        const current = await p.eaCount.create({ data: { ...base, version: 2, households: 20 + i + j, individuals: 70 + i } });
        if (i === 1) {
          await p.countFlag.create({
            data: { countId: current.id, eaId: ea.id, enumeratorId: s!.id, municipalityId, rule: 'R1', explanation: 'x' },
          });
          await p.countFlag.create({
            data: {
              countId: current.id,
              eaId: ea.id,
              enumeratorId: s!.id,
              municipalityId,
              rule: 'R2',
              explanation: 'y',
              acceptedAt: new Date(),
            },
          });
        }
      }
    }
    // Recruitment: targets, applications in every state, the commission's stages.
    await p.staffingTarget.create({ data: { competitionId, municipalityId, community: 'ALBANIAN', supervisors: 1, enumerators: n } });
    await p.staffingTarget.create({ data: { competitionId, municipalityId, community: 'SERB', supervisors: 0, enumerators: 2 } });
    for (const [i, status] of (['SUBMITTED', 'SUBMITTED', 'SELECTED', 'HIRED', 'DECLINED'] as const).entries()) {
      await p.application.create({
        data: {
          competitionId,
          municipalityId,
          nationalId: nationalId(),
          fullName: `${secret} applicant ${i}`,
          community: 'ALBANIAN',
          languageOfWork: 'SQ',
          channel: 'ONLINE',
          submittedAt: new Date(),
          submittedById: t.userIdOf(admin),
          status,
          shortlistRank: i === 0 ? null : i,
          eligible: i !== 4,
        },
      });
    }
    await p.commissionStage.create({
      data: { competitionId, municipalityId, shortlistSentAt: new Date(), finalisedAt: code === 'prishtine' ? new Date() : null },
    });
    await p.deadlineFlag.create({
      data: {
        competitionId,
        municipalityId,
        kind: 'FINAL_LIST_LATE',
        dueAt: day('2031-10-12'),
        notice: { code: 'FINAL_LIST_LATE', params: { due: '2031-10-12', state: 'open' } },
        checkedAt: new Date(),
      },
    });
    // Pay: an older approved regular run, the latest regular (computed), an adjustment; a failed newer one is ignored.
    const run = (kind: 'REGULAR' | 'ADJUSTMENT', status: 'COMPUTED' | 'APPROVED' | 'FAILED', gross: bigint, at: string) =>
      p.payRun.create({
        data: {
          kind,
          status,
          municipalityId,
          tariffId,
          createdById: t.userIdOf(admin),
          createdAt: new Date(at),
          computedAt: new Date(at),
          peopleCount: n,
          grossCents: gross,
          deductionsCents: gross / 10n,
          netCents: gross - gross / 10n,
        },
      });
    await run('REGULAR', 'APPROVED', 1_000_001n, '2031-01-01T10:00:00Z');
    await run('REGULAR', 'COMPUTED', 2_345_678n + BigInt(n), '2031-01-02T10:00:00Z');
    await run('REGULAR', 'FAILED', 9_999_999n, '2031-01-03T10:00:00Z');
    await run('ADJUSTMENT', 'APPROVED', -1_234n, '2031-01-04T10:00:00Z');
    // Equipment: items in every status, a hand-over and a return record.
    const type = await p.itemType.upsert({ where: { code: 'DASH_TABLET' }, create: { code: 'DASH_TABLET', name: 'Tablet' }, update: {} });
    for (const [i, status] of (['IN_STORAGE', 'ISSUED', 'ISSUED', 'RETURNED', 'DAMAGED', 'LOST'] as const).entries())
      await p.item.create({ data: { typeId: type.id, serial: `${secret}-${code}-${i}`, municipalityId, status } });
    for (const kind of ['HANDOVER', 'HANDOVER', 'RETURN'] as const)
      await p.kitRecord.create({ data: { kind, municipalityId, staffId: staff[0]!.id, signedBy: 'Someone', signedAt: new Date() } });
  }

  let censusId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    const p = t.db.prisma;
    censusId = (await p.census.findUniqueOrThrow({ where: { code: TEST_CENSUS } })).id;
    const d = (s: string) => day(s);
    const competition = await p.competition.create({
      data: {
        code: `dash-${uniq().toLowerCase()}`,
        censusId,
        name: 'Dashboard fixture',
        vacancyAnnounced: d('2031-09-26'),
        applicationDeadline: new Date('2031-10-03T21:59:59Z'),
        kkrConfirmationDue: d('2031-10-03'),
        shortlistSentBy: d('2031-10-06'),
        finalListDue: d('2031-10-12'),
        publicationBy: d('2031-10-13'),
        kkrTraining: d('2031-10-06'),
        supervisorTrainingFrom: d('2031-10-09'),
        supervisorTrainingTo: d('2031-10-13'),
        enumeratorTrainingFrom: d('2031-10-16'),
        enumeratorTrainingTo: d('2031-10-20'),
        listingFrom: d('2031-10-23'),
        listingTo: d('2031-10-27'),
        fieldworkFrom: d('2031-11-01'),
        fieldworkTo: d('2031-12-15'),
        engagementStart: d('2031-10-15'),
        engagementEnd: d('2031-12-15'),
      },
    });
    const tariff = await createTariff(t.db, { name: 'dashboard fixture' });
    await seedMunicipality('prishtine', competition.id, tariff.id, 3);
    await seedMunicipality('prizren', competition.id, tariff.id, 4);
    // A national run (no municipality): ASK sees it apart; no municipality does.
    await p.payRun.create({
      data: {
        kind: 'REGULAR',
        status: 'APPROVED',
        municipalityId: null,
        tariffId: tariff.id,
        createdById: t.userIdOf(admin),
        peopleCount: 7,
        grossCents: 777_777n,
        netCents: 700_000n,
      },
    });
  });

  afterAll(() => t.close());

  const get = (token: string, query = '') => t.http().get(`/api/v1/dashboard${query}`).set('authorization', token);

  it('shows national roles every municipality, each figure and the totals equal to the sums of the rows', async () => {
    const res = await get(finance).expect(200);
    const body = res.body as DashboardBody;
    expect(body.scope).toBe('national');
    expect(body.municipality).toBeNull();
    expect(body.municipalities).toHaveLength(await t.db.prisma.municipality.count());
    for (const code of ['prishtine', 'prizren', 'junik']) {
      const row = body.municipalities.find((m) => m.code === code);
      expect(row && comparable(row)).toEqual(await expectedOf(code, censusId));
    }
    // Totals: every count and amount summed over all municipalities, exactly.
    const all = await Promise.all(body.municipalities.map((m) => expectedOf(m.code, censusId)));
    const sumOf = (group: 'recruitment' | 'eas' | 'equipment' | 'flags') =>
      Object.fromEntries(Object.keys(body.totals[group]).map((k) => [k, all.reduce((s, f) => s + (f[group][k] ?? 0), 0)]));
    expect(body.totals.recruitment).toEqual(sumOf('recruitment'));
    expect(body.totals.eas).toEqual(sumOf('eas'));
    expect(body.totals.equipment).toEqual(sumOf('equipment'));
    expect(body.totals.flags).toEqual(sumOf('flags'));
    expect(body.totals.pay.gross).toBe(money(all.reduce((s, f) => s + cents(f.pay.gross), 0n)));
    expect(body.totals.pay.net).toBe(money(all.reduce((s, f) => s + cents(f.pay.net), 0n)));
    // (3 + 4) people: 2,345,681 + 2,345,682 − 1,234 − 1,234 cents
    expect(body.totals.pay.gross).toBe('46888.95');
    expect(body.nationalPay.map((r) => [r.kind, r.gross])).toEqual([['REGULAR', '7777.77']]);
    expect(body.deadlines.map((d) => d.municipalityCode).sort()).toEqual(['prishtine', 'prizren']);
    // The calendar of the open census, in date order, counted.
    expect(body.calendar?.code).toBe(TEST_CENSUS);
    const dates = body.calendar?.stages.map((s) => s.date) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(body.calendar?.done).toBe(body.calendar?.stages.filter((s) => s.date < (body.calendar?.today ?? '')).length);
  });

  it('narrows a national view to one municipality with ?municipality=', async () => {
    const body = (await get(admin, '?municipality=prizren').expect(200)).body as DashboardBody;
    expect(body.municipality?.code).toBe('prizren');
    expect(body.municipalities.map((m) => m.code)).toEqual(['prizren']);
    expect(comparable(body.totals)).toEqual({
      ...(await expectedOf('prizren', censusId)),
      pay: { ...(await expectedOf('prizren', censusId)).pay, runs: [] },
    });
    expect(body.nationalPay).toEqual([]);
    await get(admin, '?municipality=nowhere').expect(404);
  });

  it('shows a municipality its own figures only, and nothing of another', async () => {
    const own = (await get(prishtine).expect(200)).body as DashboardBody;
    expect(own.scope).toBe('municipal');
    expect(own.municipality?.code).toBe('prishtine');
    expect(own.municipalities.map((m) => m.code)).toEqual(['prishtine']);
    expect(comparable(own.municipalities[0]!)).toEqual(await expectedOf('prishtine', censusId));
    expect(own.totals.pay.gross).toBe(own.municipalities[0]!.pay.gross);
    expect(own.nationalPay).toEqual([]);
    expect(own.deadlines.map((d) => d.municipalityCode)).toEqual(['prishtine']);
    // Prizren's figures and run ids appear nowhere in Prishtinë's answer.
    const theirs = await expectedOf('prizren', censusId);
    const text = JSON.stringify(own);
    for (const r of theirs.pay.runs) expect(text).not.toContain(r.runId);
    expect(text).not.toContain('prizren');
    // Asking for another municipality looks like an unknown one; its own code is fine.
    const other = await get(prishtine, '?municipality=prizren').expect(404);
    expect(other.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    expect(JSON.stringify(other.body)).not.toContain(theirs.pay.gross);
    await get(prishtine, '?municipality=prishtine').expect(200);
    const second = (await get(prizren).expect(200)).body as DashboardBody;
    expect(second.municipalities.map((m) => m.code)).toEqual(['prizren']);
    expect(comparable(second.municipalities[0]!)).toEqual(theirs);
  });
});
