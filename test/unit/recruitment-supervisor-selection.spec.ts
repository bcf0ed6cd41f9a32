import { describe, expect, it } from '@jest/globals';
import { inEnglish, worded } from '../support/problems-in-english.js';
import type { Table } from '../../src/common/tabular/parse-table.js';
import { parseCsv } from '../../src/common/tabular/parse-table.js';
import { planScoreImport, readScoreRows, type ScoredApplication } from '../../src/recruitment/domain/score-import.js';
import type { Candidate } from '../../src/recruitment/domain/shortlist.js';
import { checkSupervisorSelection, rankSupervisors } from '../../src/recruitment/domain/supervisor-selection.js';

const at = (minute: number) => new Date(Date.UTC(2023, 9, 1, 8, minute));
const cand = (id: string, score: number | null, o: Partial<Candidate> = {}): Candidate => ({
  id,
  nationalId: `10000000${id}`,
  community: 'ALBANIAN',
  languageOfWork: 'SQ',
  scoreHundredths: score,
  submittedAt: at(0),
  ...o,
});

describe('rankSupervisors', () => {
  it('ranks per community by score, then submission, then national id; unscored are not ranked', () => {
    const r = rankSupervisors(
      [
        { community: 'ALBANIAN', supervisors: 2 },
        { community: 'SERB', supervisors: 1 },
      ],
      [
        cand('a', 8000),
        cand('b', 9000),
        cand('c', 8000, { submittedAt: at(-5) }),
        cand('d', null),
        cand('e', 7000, { community: 'SERB' }),
        cand('f', 6000, { community: 'TURKISH' }),
      ],
    );
    expect(r.map((x) => [x.community, x.required, x.ranked.map((c) => c.id)])).toEqual([
      ['ALBANIAN', 2, ['b', 'c', 'a']],
      ['SERB', 1, ['e']],
      // candidates of a community without a target are listed (nothing required)
      ['TURKISH', 0, ['f']],
    ]);
  });
});

describe('checkSupervisorSelection', () => {
  const rankings = rankSupervisors([{ community: 'ALBANIAN', supervisors: 2 }], [cand('a', 9000), cand('b', 8000), cand('c', 7000)]);

  it('accepts the top of the ranking', () => {
    expect(checkSupervisorSelection(rankings, [{ applicationId: 'a' }, { applicationId: 'b' }])).toEqual({ ok: true, deviations: 0 });
  });

  it('needs a reason for passing over a higher-ranked candidate, and counts it', () => {
    expect(checkSupervisorSelection(rankings, [{ applicationId: 'a' }, { applicationId: 'c', reason: 'Led a team in 2011' }])).toEqual({
      ok: true,
      deviations: 1,
    });
    expect(worded(checkSupervisorSelection(rankings, [{ applicationId: 'a' }, { applicationId: 'c', reason: '  ' }]))).toEqual({
      ok: false,
      problems: [
        {
          field: 'selections.1.reason',
          reason: 'rank 3 of ALBANIAN is selected over higher-ranked candidates (required 2): a written reason is required',
        },
      ],
    });
  });

  it('reports twice-selected, unknown and wrong counts together', () => {
    const r = checkSupervisorSelection(rankings, [{ applicationId: 'a' }, { applicationId: 'a' }, { applicationId: 'zz' }]);
    expect(worded(r)).toEqual({
      ok: false,
      problems: [
        { field: 'selections.1.applicationId', reason: 'is selected twice' },
        { field: 'selections.2.applicationId', reason: 'is not an eligible, scored supervisor application of this municipality' },
        { field: 'selections', reason: 'ALBANIAN: exactly 2 supervisor(s) required, 1 selected' },
      ],
    });
  });
});

describe('score import', () => {
  const table = (csv: string): Table => {
    const r = parseCsv(csv);
    if (!r.ok) throw new Error('unreadable');
    return r.table;
  };
  const app = (id: string, o: Partial<ScoredApplication> = {}): ScoredApplication => ({
    id,
    kind: 'SUPERVISOR',
    scoreHundredths: null,
    locked: false,
    ...o,
  });

  it('reads scores exactly in hundredths and names each bad cell and duplicate', () => {
    const { rows, problems } = readScoreRows(
      table(
        'national_id,score,kind\n1111111,87.5,\n2222222,100.00,SUPERVISOR\n3333333,0.555,\n1111111,1,\n4444444,100.01,\n5555555,50,BOSS\n',
      ),
    );
    expect(rows.map((r) => [r.row, r.nationalId, r.hundredths, r.kind])).toEqual([
      [2, '1111111', 8750, null],
      [3, '2222222', 10000, 'SUPERVISOR'],
      [5, '1111111', 100, null],
    ]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'score'],
      [6, 'score'],
      [7, 'kind'],
      [2, 'national_id'],
      [5, 'national_id'],
    ]);
  });

  it('plans recorded, changed and unchanged scores; the same score again changes nothing even when frozen', () => {
    const rows = [
      { row: 2, nationalId: 'n1', hundredths: 8750, kind: null },
      { row: 3, nationalId: 'n2', hundredths: 6000, kind: null },
      { row: 4, nationalId: 'n3', hundredths: 5000, kind: null },
    ];
    const apps = new Map([
      ['n1', app('a1')],
      ['n2', app('a2', { scoreHundredths: 5500 })],
      ['n3', app('a3', { scoreHundredths: 5000, locked: true })],
    ]);
    expect(planScoreImport(rows, apps)).toEqual({
      problems: [],
      writes: [
        { applicationId: 'a1', hundredths: 8750 },
        { applicationId: 'a2', hundredths: 6000 },
      ],
      counts: { recorded: 1, changed: 1, unchanged: 1 },
    });
  });

  it('refuses unknown applicants, a kind that does not match and a change to a decided list', () => {
    const rows = [
      { row: 2, nationalId: 'nx', hundredths: 1, kind: null },
      { row: 3, nationalId: 'n1', hundredths: 1, kind: 'ENUMERATOR' as const },
      { row: 4, nationalId: 'n2', hundredths: 1, kind: null },
    ];
    const apps = new Map([
      ['n1', app('a1')],
      ['n2', app('a2', { scoreHundredths: 5000, locked: true })],
    ]);
    expect(inEnglish(planScoreImport(rows, apps).problems)).toEqual([
      { row: 2, field: 'national_id', reason: 'has no application in this competition' },
      { row: 3, field: 'kind', reason: 'the application is for SUPERVISOR, not ENUMERATOR' },
      { row: 4, field: 'score', reason: 'cannot change: the list of this application is already decided' },
    ]);
  });
});
