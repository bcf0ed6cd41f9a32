import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createAssignment, createStaff, uniq } from '../support/factories.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { worded } from '../support/english.js';
import {
  type Action,
  expectedCounts,
  exportFiles,
  type ExportVariant,
  type Household,
  type ListingRow,
  zipFiles,
} from '../support/suso-export.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A deterministic stream of small integers (xorshift), so fixtures vary without being random per run. */
function numbers(seed: number) {
  let x = seed || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return Math.abs(x) % n;
  };
}

const STATUSES: Household['status'][] = [
  'ApprovedByHeadquarters',
  'ApprovedByHeadquarters',
  'ApprovedByHeadquarters',
  'ApprovedBySupervisor',
  'Completed',
  'RejectedBySupervisor',
];

interface Team {
  readonly a: AssignedEnumerator;
  readonly login: string;
}

describe('Survey Solutions export import', () => {
  let t: TestApp;
  let finance: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    finance = await t.tokenFor(Role.FINANCE);
  });
  afterAll(async () => {
    await t.close();
  });

  async function team(n: number, municipality = 'prishtine'): Promise<Team[]> {
    const out: Team[] = [];
    for (let i = 0; i < n; i++) out.push({ a: await createAssignedEnumerator(t.db, municipality), login: `int_${uniq().toLowerCase()}` });
    await t
      .http()
      .put('/api/v1/fieldwork/logins')
      .set('Authorization', finance)
      .send(out.map((x) => ({ login: x.login, enumeratorId: x.a.nationalId })))
      .expect(200);
    return out;
  }

  function households(teams: readonly Team[], seed: number, per = 6): Household[] {
    const r = numbers(seed);
    const out: Household[] = [];
    for (const tm of teams)
      for (let i = 0; i < per; i++) {
        const persons = Array.from({ length: 1 + r(6) }, () => ({ abroad: r(5) === 0 }));
        out.push({
          key: `${uniq().slice(0, 2)}-${String(seed % 100).padStart(2, '0')}-${String(out.length).padStart(2, '0')}-${uniq().slice(0, 2)}`,
          ea: tm.a.eaCode,
          login: tm.login,
          status: STATUSES[r(STATUSES.length)] as Household['status'],
          building: String(1 + r(3)),
          dwelling: String(1 + r(2)),
          persons,
          diasporaComplete: r(4) !== 0,
          approvedOn: `2026-11-${String(10 + r(10)).padStart(2, '0')}`,
        });
      }
    return out;
  }

  async function mapping(v: ExportVariant, extra: Record<string, unknown> = {}): Promise<string> {
    const definition = {
      mainFile: v.questionnaire,
      eaVariable: 'ea_code',
      personsRoster: v.personsRoster,
      diaspora:
        v.diaspora === 'variable'
          ? { source: 'personVariable', variable: 'is_abroad', yes: ['1'] }
          : v.diaspora === 'roster'
            ? { source: 'roster', roster: v.diasporaRoster }
            : { source: 'none' },
      diasporaCompleteVariable: 'diaspora_complete',
      dwellings: v.listing
        ? { source: 'listing', file: v.listing.file, eaVariable: 'l_ea', buildingVariable: 'l_building' }
        : { source: 'main', buildingVariable: 'building_no', dwellingVariable: 'dwelling_no' },
      ...extra,
    };
    const res = await t
      .http()
      .post('/api/v1/fieldwork/mappings')
      .set('Authorization', finance)
      .send({ name: `census-${uniq()}`, operation: 'Census 2026', source: 'SURVEY_SOLUTIONS', definition })
      .expect(201);
    return (res.body as { id: string }).id;
  }

  const upload = (mappingId: string, zip: Buffer, token = finance) =>
    t
      .http()
      .post(`/api/v1/fieldwork/mappings/${mappingId}/imports?fileName=census_1_Tabular_All.zip`)
      .set('Authorization', token)
      .set('Content-Type', 'application/zip')
      .send(zip);

  /** The current counts of these teams' EAs as `${ea}|${login}` → figures (only non-zero rows, as expected maps have). */
  async function currentCounts(teams: readonly Team[]) {
    const rows = await t.db.prisma.eaCount.findMany({
      where: { isCurrent: true, eaId: { in: teams.map((x) => x.a.eaId) } },
    });
    const login = new Map(teams.map((x) => [x.a.enumeratorId, x.login]));
    const code = new Map(teams.map((x) => [x.a.eaId, x.a.eaCode]));
    const out = new Map<string, unknown>();
    for (const c of rows) {
      if (c.households === 0 && c.dwellings === 0) continue;
      out.set(`${code.get(c.eaId)}|${login.get(c.enumeratorId)}`, {
        buildings: c.buildings,
        dwellings: c.dwellings,
        households: c.households,
        individuals: c.individuals,
        diasporaPersons: c.diasporaPersons,
        diasporaListComplete: c.diasporaListComplete,
      });
    }
    return out;
  }

  const snapshot = async () => {
    const p = t.db.prisma;
    const [counts, batches, imports, interviews, audits, flags] = await Promise.all([
      p.eaCount.count(),
      p.importBatch.count(),
      p.fieldImport.count(),
      p.fieldInterview.count(),
      p.auditEvent.count(),
      p.countFlag.count(),
    ]);
    return { counts, batches, imports, interviews, audits, flags };
  };

  const variantA: ExportVariant = { questionnaire: 'census_hh', personsRoster: 'members', diaspora: 'variable' };

  it('counts only approved interviews per (EA, enumerator), persons roster with a diaspora variable, dwellings from the main file', async () => {
    const teams = await team(3);
    const hh = households(teams, 11);
    const id = await mapping(variantA);
    const res = await upload(id, await zipFiles(exportFiles(variantA, hh))).expect(200);
    const expected = expectedCounts(hh);
    expect(res.body).toMatchObject({
      unchanged: false,
      interviews: hh.length,
      counted: hh.filter((h) => h.status === 'ApprovedByHeadquarters').length,
      rows: expected.size,
      created: expected.size,
      updated: 0,
      batchId: expect.any(String),
    });
    expect(await currentCounts(teams)).toEqual(expected);
    // provenance: which export, which interviews
    const imp = await t.db.prisma.fieldImport.findFirstOrThrow({ where: { mappingId: id } });
    expect(imp).toMatchObject({ fileName: 'census_1_Tabular_All.zip', importBatchId: (res.body as { batchId: string }).batchId });
    const states = await t.db.prisma.fieldInterview.findMany({ where: { mappingId: id }, orderBy: { interviewKey: 'asc' } });
    expect(states.map((s) => [s.interviewKey, s.counted])).toEqual(
      [...hh].sort((x, y) => x.key.localeCompare(y.key)).map((h) => [h.key, h.status === 'ApprovedByHeadquarters']),
    );
    const batch = await t.db.prisma.importBatch.findUniqueOrThrow({ where: { id: imp.importBatchId as string } });
    expect(batch).toMatchObject({ kind: 'counts', format: 'suso' });
  });

  it('the same archive twice changes nothing', async () => {
    const teams = await team(2);
    const hh = households(teams, 23);
    const id = await mapping(variantA);
    const zip = await zipFiles(exportFiles(variantA, hh));
    await upload(id, zip).expect(200);
    const before = await snapshot();
    const again = await upload(id, zip).expect(200);
    expect(again.body).toMatchObject({ unchanged: true, created: 0, updated: 0, batchId: null });
    expect(await snapshot()).toEqual(before);
  });

  it('approved → rejected between two exports, and a reassigned interview, give the right new versions', async () => {
    const teams = await team(2);
    // a third enumerator assigned to the first EA takes over one of its interviews
    const other = await createStaff(t.db, 'prishtine', { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });
    const first = teams[0] as Team;
    await createAssignment(t.db.prisma, {
      eaId: first.a.eaId,
      enumeratorId: other.id,
      municipalityId: first.a.municipalityId,
      validFrom: '2023-11-01',
      validTo: '2023-12-15',
    });
    const otherLogin = `int_${uniq().toLowerCase()}`;
    await t
      .http()
      .put('/api/v1/fieldwork/logins')
      .set('Authorization', finance)
      .send([{ login: otherLogin, enumeratorId: other.nationalId }])
      .expect(200);

    const hh = households(teams, 37).map((h) => ({ ...h, status: 'ApprovedByHeadquarters' as const }));
    const id = await mapping(variantA);
    await upload(id, await zipFiles(exportFiles(variantA, hh))).expect(200);

    const second = teams[1] as Team;
    const rejected = hh.find((h) => h.login === second.login) as Household;
    const moved = hh.find((h) => h.login === first.login) as Household;
    const hh2 = hh.map((h) =>
      h === rejected ? { ...h, status: 'RejectedByHeadquarters' as const } : h === moved ? { ...h, login: otherLogin } : h,
    );
    const res = await upload(id, await zipFiles(exportFiles(variantA, hh2))).expect(200);
    const expected = expectedCounts(hh2);
    // first's row and second's row change, the new enumerator's row is created
    expect(res.body).toMatchObject({ created: 1, updated: 2 });
    const rows = await t.db.prisma.eaCount.findMany({ where: { isCurrent: true, eaId: { in: teams.map((x) => x.a.eaId) } } });
    const byStaff = new Map(rows.map((r) => [r.enumeratorId, r]));
    const fig = (k: string) => expected.get(k);
    expect(byStaff.get(first.a.enumeratorId)).toMatchObject({ version: 2, ...fig(`${first.a.eaCode}|${first.login}`) });
    expect(byStaff.get(other.id)).toMatchObject({ version: 1, ...fig(`${first.a.eaCode}|${otherLogin}`) });
    expect(byStaff.get(second.a.enumeratorId)).toMatchObject({ version: 2, ...fig(`${second.a.eaCode}|${second.login}`) });
    expect(byStaff.get(other.id)?.households).toBe(1);
  });

  describe('reassignment moves units from its day on', () => {
    /**
     * Who should be credited, computed here from the fixture's own history: the interviewer
     * assigned on the day of the first completion (a reassignment counts from its day, whatever
     * the hour); without a history, the enumerator of an earlier export that had it completed;
     * else the current responsible.
     */
    function credited(h: Household, before?: Household): string {
      const acts: readonly Action[] = h.actions ?? [
        { date: '2026-11-02', time: '09:00:00', action: 1, login: h.login },
        { date: '2026-11-03', time: '10:00:00', action: 3, login: h.login },
      ];
      const order = (a: Action, b: Action) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`);
      const done = acts.filter((a) => a.action === 3).sort(order)[0];
      if (done)
        return (
          acts
            .filter((a) => a.action === 1 && a.date <= done.date)
            .sort(order)
            .at(-1)?.login ?? done.login
        );
      if (before && before.status !== 'InterviewerAssigned') return credited(before);
      return h.login;
    }

    it('within the actions file and between two exports, per (EA, enumerator)', async () => {
      const [first] = await team(1);
      const a = (first as Team).login;
      const other = await createStaff(t.db, 'prishtine', { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });
      await createAssignment(t.db.prisma, {
        eaId: (first as Team).a.eaId,
        enumeratorId: other.id,
        municipalityId: (first as Team).a.municipalityId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
      const b = `int_${uniq().toLowerCase()}`;
      await t
        .http()
        .put('/api/v1/fieldwork/logins')
        .set('Authorization', finance)
        .send([{ login: b, enumeratorId: other.nationalId }])
        .expect(200);
      const base = households([first as Team], 83, 6).map((h) => ({ ...h, status: 'ApprovedByHeadquarters' as const }));
      const act = (date: string, time: string, action: Action['action'], login: string): Action => ({ date, time, action, login });
      const [h1, h2, h3, h4, h5, h6] = base as [Household, Household, Household, Household, Household, Household];
      // Export 1: h6 not yet done; h5 has no history.
      const export1: Household[] = [
        { ...h1, actions: [act('2026-11-02', '09:00:00', 1, a), act('2026-11-05', '11:00:00', 3, a), act('2026-11-06', '12:00:00', 6, a)] },
        { ...h2, status: 'InterviewerAssigned', actions: [act('2026-11-02', '09:00:00', 1, a)] },
        { ...h3, status: 'InterviewerAssigned', actions: [act('2026-11-02', '09:00:00', 1, a)] },
        h4,
        { ...h5, actions: [] },
        { ...h6, status: 'InterviewerAssigned', actions: [] },
      ];
      // Export 2: every interview now with b.
      const export2: Household[] = [
        // completed by a on the 5th, rejected, reassigned to b on the 10th, completed again by b: stays with a
        {
          ...h1,
          login: b,
          actions: [
            act('2026-11-02', '09:00:00', 1, a),
            act('2026-11-05', '11:00:00', 3, a),
            act('2026-11-09', '09:00:00', 7, a),
            act('2026-11-10', '09:00:00', 1, b),
            act('2026-11-11', '10:00:00', 3, b),
            act('2026-11-12', '12:00:00', 6, b),
          ],
        },
        // reassigned to b on the 8th, completed by b the same day: b
        {
          ...h2,
          login: b,
          actions: [act('2026-11-02', '09:00:00', 1, a), act('2026-11-08', '09:00:00', 1, b), act('2026-11-08', '14:00:00', 3, b)],
        },
        // completed by a in the morning of the day b took it over: b (from the day of reassignment)
        {
          ...h3,
          login: b,
          actions: [act('2026-11-02', '09:00:00', 1, a), act('2026-11-08', '10:00:00', 3, a), act('2026-11-08', '16:00:00', 1, b)],
        },
        h4,
        // no history: completed under a in export 1, b responsible now: stays with a
        { ...h5, login: b, actions: [] },
        // no history: not completed in export 1, b responsible and approved now: b
        { ...h6, login: b, status: 'ApprovedByHeadquarters', actions: [] },
      ];
      const id = await mapping(variantA);
      await upload(id, await zipFiles(exportFiles(variantA, export1))).expect(200);
      const expected1 = expectedCounts(export1.map((h) => ({ ...h, login: credited(h) })));
      const teams = [first as Team, { a: { ...(first as Team).a, enumeratorId: other.id }, login: b }];
      expect(await currentCounts(teams)).toEqual(expected1);

      await upload(id, await zipFiles(exportFiles(variantA, export2))).expect(200);
      const before = new Map(export1.map((h) => [h.key, h]));
      const who = export2.map((h) => credited(h, before.get(h.key)));
      expect(who).toEqual([a, b, b, a, a, b]);
      const expected2 = expectedCounts(export2.map((h, i) => ({ ...h, login: who[i] as string })));
      expect(await currentCounts(teams)).toEqual(expected2);
      // both enumerators hold units of the EA, each only their own interviews' households
      expect([...expected2.keys()].sort()).toEqual([`${(first as Team).a.eaCode}|${a}`, `${(first as Team).a.eaCode}|${b}`].sort());
      expect(expected2.get(`${(first as Team).a.eaCode}|${a}`)?.households).toBe(3);
      expect(expected2.get(`${(first as Team).a.eaCode}|${b}`)?.households).toBe(3);
      const states = await t.db.prisma.fieldInterview.findMany({ where: { mappingId: id }, orderBy: { interviewKey: 'asc' } });
      const byKey = new Map(states.map((x) => [x.interviewKey, x]));
      expect(byKey.get(h1.key)).toMatchObject({ login: b, creditLogin: a, staffId: (first as Team).a.enumeratorId });
      expect(byKey.get(h1.key)?.completedOn?.toISOString().slice(0, 10)).toBe('2026-11-05');
      expect(byKey.get(h6.key)).toMatchObject({ login: b, creditLogin: b, staffId: other.id });
    });

    it('an actions line crediting a login linked to no enumerator is a 422 naming it', async () => {
      const [first] = await team(1);
      const hh = households([first as Team], 89, 2).map((h, i) => ({
        ...h,
        status: 'ApprovedByHeadquarters' as const,
        actions:
          i === 0
            ? [
                { date: '2026-11-02', time: '09:00:00', action: 1 as const, login: 'ghost_login' },
                { date: '2026-11-03', time: '10:00:00', action: 3 as const, login: 'ghost_login' },
              ]
            : undefined,
      }));
      const id = await mapping(variantA);
      const before = await snapshot();
      const res = await upload(id, await zipFiles(exportFiles(variantA, hh))).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        {
          row: 2,
          field: 'responsible__name',
          reason:
            'interview__actions.tab line 2, responsible__name: login ghost_login is not linked to an enumerator (PUT /fieldwork/logins)',
        },
      ]);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('a roster of persons abroad and a separate listing questionnaire', async () => {
    const teams = await team(3, 'prizren');
    const hh = households(teams, 41);
    const r = numbers(5);
    const listing: ListingRow[] = teams.flatMap((tm) =>
      Array.from({ length: 8 }, () => ({
        ea: tm.a.eaCode,
        login: tm.login,
        status: (r(4) === 0 ? 'Completed' : 'ApprovedByHeadquarters') as ListingRow['status'],
        building: String(1 + r(4)),
      })),
    );
    const v: ExportVariant = {
      questionnaire: 'census_hh',
      personsRoster: 'members',
      diaspora: 'roster',
      diasporaRoster: 'abroad',
      listing: { file: 'listing', rows: listing },
    };
    const id = await mapping(v);
    await upload(id, await zipFiles(exportFiles(v, hh))).expect(200);
    expect(await currentCounts(teams)).toEqual(expectedCounts(hh, listing));
  });

  it('a persons roster without any diaspora', async () => {
    const teams = await team(2);
    const hh = households(teams, 53).map((h) => ({ ...h, persons: h.persons.map(() => ({})) }));
    const v: ExportVariant = { questionnaire: 'hh', personsRoster: 'persons', diaspora: 'none' };
    const id = await mapping(v);
    await upload(id, await zipFiles(exportFiles(v, hh))).expect(200);
    expect(await currentCounts(teams)).toEqual(expectedCounts(hh));
  });

  describe('problems: 422 naming file, line and variable, nothing written', () => {
    it('a variable of the mapping missing from the file', async () => {
      const teams = await team(1);
      const id = await mapping(variantA, { eaVariable: 'ea_number' });
      const before = await snapshot();
      const res = await upload(id, await zipFiles(exportFiles(variantA, households(teams, 61)))).expect(422);
      expect(res.body.error.code).toBe('IMPORT_INVALID');
      expect(worded(res.body.error.details)).toEqual([
        { row: 1, field: 'ea_number', reason: 'census_hh.tab line 1, ea_number: the header has no variable ea_number' },
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('a roster line with a cell too few, and a roster row of an unknown interview', async () => {
      const teams = await team(1);
      const hh = households(teams, 67);
      const files = exportFiles(variantA, hh);
      const lines = (files['members.tab'] as string).split('\r\n');
      lines[2] = (lines[2] as string).split('\t').slice(0, -1).join('\t');
      files['members.tab'] = lines.join('\r\n');
      const id = await mapping(variantA);
      const before = await snapshot();
      const res = await upload(id, await zipFiles(files)).expect(422);
      expect(worded(res.body.error.details)).toEqual([{ row: 3, reason: 'members.tab line 3: has 4 cells, the header has 5' }]);
      expect(await snapshot()).toEqual(before);

      const orphan = exportFiles(variantA, hh);
      orphan['members.tab'] = `${orphan['members.tab']}99-99-99-99\t1\tNobody\t2\tffffffffffffffffffffffffffffffff\r\n`;
      const res2 = await upload(id, await zipFiles(orphan)).expect(422);
      const n = (orphan['members.tab'] as string).trimEnd().split('\r\n').length;
      expect(worded(res2.body.error.details)).toEqual([
        {
          row: n,
          field: 'interview__key',
          reason: `members.tab line ${n}, interview__key: names interview 99-99-99-99, which is not in the main file`,
        },
      ]);
      expect(await snapshot()).toEqual(before);
    });

    it('a login linked to no enumerator, an unknown status, a file that is not a zip', async () => {
      const teams = await team(1);
      const hh = households(teams, 71);
      const id = await mapping(variantA);
      const before = await snapshot();
      const unknown = hh.map((h, i) => (i === 2 ? { ...h, login: 'nobody_known' } : h));
      const res = await upload(id, await zipFiles(exportFiles(variantA, unknown))).expect(422);
      expect(worded(res.body.error.details)).toEqual([
        {
          row: 4,
          field: 'responsible',
          reason: 'census_hh.tab line 4, responsible: login nobody_known is not linked to an enumerator (PUT /fieldwork/logins)',
        },
      ]);
      const files = exportFiles(variantA, hh);
      files['census_hh.tab'] = (files['census_hh.tab'] as string).replace(/\t130\t/, '\t999\t');
      const res2 = await upload(id, await zipFiles(files)).expect(422);
      expect(res2.body.error.details[0]).toMatchObject({
        field: 'interview__status',
        reason: expect.stringMatching(/^census_hh\.tab line \d+, interview__status: 999 is not an interview status$/),
      });
      const res3 = await upload(id, Buffer.from('this is not a zip archive at all')).expect(422);
      expect(res3.body.error.code).toBe('IMPORT_INVALID');
      expect(res3.body.error.message).toBe('census_1_Tabular_All.zip is not a zip archive');
      const noMembers = exportFiles(variantA, hh);
      delete noMembers['members.tab'];
      const res4 = await upload(id, await zipFiles(noMembers)).expect(422);
      expect(worded(res4.body.error.details)).toEqual([
        { reason: 'members.tab: members.tab is not in the archive census_1_Tabular_All.zip' },
      ]);
      expect(await snapshot()).toEqual(before);
    });
  });
});
