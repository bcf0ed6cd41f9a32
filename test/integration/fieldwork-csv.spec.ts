import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { uniq } from '../support/factories.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

/** A CSWeb-style export: one row per case, the columns named as a CSPro dictionary would. */
interface Case {
  readonly id: string;
  readonly ea: string;
  readonly login: string;
  readonly status: 'approved' | 'Approved' | 'submitted' | 'rejected';
  readonly buildings: number;
  readonly dwellings: number;
  readonly households: number;
  readonly persons: number;
  readonly abroad: number;
  readonly abroadDone: 'yes' | 'no';
}

const HEADER = ['case_id', 'ea', 'interviewer', 'status', 'note', 'bld', 'dw', 'hh', 'persons', 'abroad', 'abroad_done'];
/** The file; `edit` replaces cells of the case at an index (by column name) to make bad rows. */
function csv(cases: readonly Case[], edit: Record<number, Record<string, string>> = {}): string {
  const rows = cases.map((c, i) => {
    const cells: Record<string, string> = {
      case_id: c.id,
      ea: c.ea,
      interviewer: c.login,
      status: c.status,
      note: '"visited, twice"',
      bld: String(c.buildings),
      dw: String(c.dwellings),
      hh: String(c.households),
      persons: String(c.persons),
      abroad: String(c.abroad),
      abroad_done: c.abroadDone,
      ...edit[i],
    };
    return HEADER.map((h) => cells[h]).join(',');
  });
  return `${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}

const definition = {
  columns: {
    eaCode: 'ea',
    login: 'interviewer',
    status: 'status',
    interviewKey: 'case_id',
    buildings: 'bld',
    dwellings: 'dw',
    households: 'hh',
    individuals: 'persons',
    diasporaPersons: 'abroad',
    diasporaListComplete: 'abroad_done',
  },
  countedStatuses: ['approved'],
  completeYes: ['yes'],
};

describe('CSWeb / ODK Central CSV export import', () => {
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

  async function team(n: number): Promise<{ a: AssignedEnumerator; login: string }[]> {
    const out: { a: AssignedEnumerator; login: string }[] = [];
    for (let i = 0; i < n; i++) out.push({ a: await createAssignedEnumerator(t.db, 'prishtine'), login: `cs_${uniq().toLowerCase()}` });
    await t
      .http()
      .put('/api/v1/fieldwork/logins')
      .set('Authorization', finance)
      .send(out.map((x) => ({ login: x.login, enumeratorId: x.a.nationalId })))
      .expect(200);
    return out;
  }

  async function mapping(): Promise<string> {
    const res = await t
      .http()
      .post('/api/v1/fieldwork/mappings')
      .set('Authorization', finance)
      .send({ name: `csweb-${uniq()}`, operation: 'Census 2026', source: 'CSV', definition })
      .expect(201);
    expect(res.body).toMatchObject({ source: 'CSV', definition: { columns: { eaCode: 'ea' } } });
    return (res.body as { id: string }).id;
  }

  const upload = (id: string, text: string) =>
    t
      .http()
      .post(`/api/v1/fieldwork/mappings/${id}/csv-imports?fileName=csweb_cases.csv`)
      .set('Authorization', finance)
      .set('Content-Type', 'text/csv')
      .send(text);

  function cases(teams: readonly { a: AssignedEnumerator; login: string }[], seed: number): Case[] {
    let x = seed;
    const r = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const statuses: Case['status'][] = ['approved', 'Approved', 'approved', 'submitted', 'rejected'];
    return teams.flatMap((tm, j) =>
      Array.from({ length: 7 }, (_, i) => ({
        id: `C${seed}-${j}-${i}`,
        ea: tm.a.eaCode.toLowerCase(),
        login: tm.login,
        status: statuses[r(statuses.length)] as Case['status'],
        buildings: r(2),
        dwellings: 1 + r(2),
        households: 1 + r(2),
        persons: 1 + r(7),
        abroad: r(3),
        abroadDone: r(5) === 0 ? 'no' : 'yes',
      })),
    );
  }

  /** Independent sums per (EA, login) of the approved cases. */
  function expected(cs: readonly Case[]) {
    const out = new Map<string, Record<string, number | boolean>>();
    for (const c of cs) {
      if (c.status.toLowerCase() !== 'approved') continue;
      const k = `${c.ea.toUpperCase()}|${c.login}`;
      const e = out.get(k) ?? { buildings: 0, dwellings: 0, households: 0, individuals: 0, diasporaPersons: 0, diasporaListComplete: true };
      e.buildings = (e.buildings as number) + c.buildings;
      e.dwellings = (e.dwellings as number) + c.dwellings;
      e.households = (e.households as number) + c.households;
      e.individuals = (e.individuals as number) + c.persons;
      e.diasporaPersons = (e.diasporaPersons as number) + c.abroad;
      e.diasporaListComplete = (e.diasporaListComplete as boolean) && c.abroadDone === 'yes';
      out.set(k, e);
    }
    return out;
  }

  async function current(teams: readonly { a: AssignedEnumerator; login: string }[]) {
    const rows = await t.db.prisma.eaCount.findMany({ where: { isCurrent: true, eaId: { in: teams.map((x) => x.a.eaId) } } });
    const login = new Map(teams.map((x) => [x.a.enumeratorId, x.login]));
    const code = new Map(teams.map((x) => [x.a.eaId, x.a.eaCode]));
    return new Map(
      rows
        .filter((c) => c.households > 0)
        .map((c) => [
          `${code.get(c.eaId)}|${login.get(c.enumeratorId)}`,
          {
            buildings: c.buildings,
            dwellings: c.dwellings,
            households: c.households,
            individuals: c.individuals,
            diasporaPersons: c.diasporaPersons,
            diasporaListComplete: c.diasporaListComplete,
          },
        ]),
    );
  }

  const snapshot = async () => {
    const p = t.db.prisma;
    const [counts, batches, imports, audits] = await Promise.all([
      p.eaCount.count(),
      p.importBatch.count(),
      p.fieldImport.count(),
      p.auditEvent.count(),
    ]);
    return { counts, batches, imports, audits };
  };

  it('a good file: approved cases summed per (EA, enumerator), with provenance', async () => {
    const teams = await team(3);
    const cs = cases(teams, 7);
    const id = await mapping();
    const res = await upload(id, csv(cs)).expect(200);
    const exp = expected(cs);
    expect(res.body).toMatchObject({
      unchanged: false,
      interviews: cs.length,
      counted: cs.filter((c) => c.status.toLowerCase() === 'approved').length,
      rows: exp.size,
      created: exp.size,
      updated: 0,
      batchId: expect.any(String),
    });
    expect(await current(teams)).toEqual(exp);
    const history = await t.http().get(`/api/v1/fieldwork/mappings/${id}/imports`).set('Authorization', finance).expect(200);
    expect(history.body).toEqual({
      items: [
        expect.objectContaining({
          fileName: 'csweb_cases.csv',
          fileHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          interviews: cs.length,
          importBatchId: (res.body as { batchId: string }).batchId,
        }),
      ],
      total: 1,
      nextCursor: null,
    });
    const batch = await t.db.prisma.importBatch.findUniqueOrThrow({ where: { id: (res.body as { batchId: string }).batchId } });
    expect(batch).toMatchObject({ kind: 'counts', format: 'field-csv' });

    // a case rejected later: a new version of that pair only
    const changed = cs.map((c, i) => (i === cs.findIndex((x) => x.status === 'approved') ? { ...c, status: 'rejected' as const } : c));
    const res2 = await upload(id, csv(changed)).expect(200);
    expect(res2.body).toMatchObject({ created: 0, updated: 1 });
    expect(await current(teams)).toEqual(expected(changed));
  });

  it('the same file twice changes nothing', async () => {
    const teams = await team(2);
    const id = await mapping();
    const text = csv(cases(teams, 19));
    await upload(id, text).expect(200);
    const before = await snapshot();
    const again = await upload(id, text).expect(200);
    expect(again.body).toMatchObject({ unchanged: true, created: 0, updated: 0, batchId: null });
    expect(await snapshot()).toEqual(before);
  });

  it('bad rows: 422 naming line and column, nothing written', async () => {
    const teams = await team(1);
    const cs = cases(teams, 23);
    const id = await mapping();
    const before = await snapshot();
    // line 3 = the second case, line 5 = the fourth
    const res = await upload(id, csv(cs, { 1: { persons: '4.5' }, 3: { status: '' } })).expect(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(worded(res.body.error.details)).toEqual([
      { row: 3, field: 'persons', reason: 'csweb_cases.csv line 3, persons: must be a whole number, without decimals' },
      { row: 5, field: 'status', reason: 'csweb_cases.csv line 5, status: is empty' },
    ]);
    // a repeated case and a login nobody linked
    const dup = csv([...cs, { ...(cs[0] as Case) }]);
    const res2 = await upload(id, dup).expect(422);
    expect(worded(res2.body.error.details)).toEqual([
      { row: cs.length + 2, field: 'case_id', reason: `csweb_cases.csv line ${cs.length + 2}, case_id: repeats ${cs[0]?.id} of line 2` },
    ]);
    const res3 = await upload(id, csv(cs.map((c, i) => (i === 3 ? { ...c, login: 'nobody_here' } : c)))).expect(422);
    expect(worded(res3.body.error.details)).toEqual([
      {
        row: 5,
        field: 'interviewer',
        reason: 'csweb_cases.csv line 5, interviewer: login nobody_here is not linked to an enumerator (PUT /fieldwork/logins)',
      },
    ]);
    // a column of the mapping missing from the header
    const res4 = await upload(id, csv(cs).replace('abroad_done', 'abroad_complete')).expect(422);
    expect(worded(res4.body.error.details)).toEqual([
      { row: 1, field: 'abroad_done', reason: 'csweb_cases.csv line 1, abroad_done: the header has no column abroad_done' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a Survey Solutions mapping refuses a CSV, and a municipality cannot import', async () => {
    const id = await mapping();
    const mun = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    await t
      .http()
      .post(`/api/v1/fieldwork/mappings/${id}/csv-imports`)
      .set('Authorization', mun)
      .set('Content-Type', 'text/csv')
      .send('ea\n')
      .expect(403);
    const suso = await t
      .http()
      .post('/api/v1/fieldwork/mappings')
      .set('Authorization', finance)
      .send({
        name: `suso-${uniq()}`,
        source: 'SURVEY_SOLUTIONS',
        definition: {
          mainFile: 'hh',
          eaVariable: 'ea_code',
          personsRoster: 'members',
          dwellings: { source: 'main', buildingVariable: 'b', dwellingVariable: 'd' },
        },
      })
      .expect(201);
    const res = await upload((suso.body as { id: string }).id, csv([])).expect(422);
    expect(worded(res.body.error.details)).toEqual([{ field: 'source', reason: "the mapping's source is SURVEY_SOLUTIONS" }]);
  });
});
