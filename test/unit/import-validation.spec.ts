import { describe, expect, it } from '@jest/globals';
import { parseCsv, parseJsonRows, parseJsonText, type Table } from '../../src/common/tabular/parse-table.js';
import {
  type AssignmentEa,
  type AssignmentEnumerator,
  type ExistingAssignment,
  outsideEngagement,
  planAssignmentImport,
  readAssignmentRows,
} from '../../src/imports/domain/assignment-import.js';
import { checkColumns, duplicateKeys } from '../../src/common/tabular/columns.js';
import { changedFields, countOutcomes } from '../../src/imports/domain/columns.js';
import { EA_COLUMNS, type ExistingEa, planEaImport, readEaRows } from '../../src/imports/domain/ea-import.js';
import {
  type ExistingStaff,
  type ExistingTeam,
  planStaffImport,
  readStaffRows,
  STAFF_COLUMNS,
} from '../../src/imports/domain/staff-import.js';
import { makeIban } from '../../src/staff/domain/iban.js';
import { english } from '../support/english.js';

const table = (csv: string): Table => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(`unexpected format problems: ${JSON.stringify(r.problems)}`);
  return r.table;
};

let seq = 0;
const newId = () => `id-${++seq}`;

const MUNICIPALITIES = new Map([
  ['prishtine', 'm-prishtine'],
  ['prizren', 'm-prizren'],
]);

const STAFF_HEADER =
  'national_id,kind,full_name,phone,email,iban,community,language,municipality_code,engagement_start,engagement_end,status,team_code';
const IBAN = makeIban('XK', '1212012345678906');

describe('parseCsv', () => {
  it('strips a BOM and keeps Albanian and Cyrillic letters', () => {
    const t = table('\uFEFFea_code,municipality_code,name\nPR-1,prishtine,Fushë Çarshia\nPR-2,prishtine,Грачаница\n');
    expect(t.columns).toEqual(['ea_code', 'municipality_code', 'name']);
    expect(t.rows.map((r) => [r.row, r.cells.get('name')])).toEqual([
      [2, 'Fushë Çarshia'],
      [3, 'Грачаница'],
    ]);
  });

  it('numbers rows by the physical line where they start, across quoted line breaks, blank lines and CR LF', () => {
    // line 1 header; 2–3 one record; 4 blank; 5 record; 6–8 one record; 9 only separators; 10 record
    const csv = ['a,b', '1,"x', 'y"', '', '3,4', '5,"p', 'q', 'r"', ',', '6,7'].join('\r\n');
    expect(table(csv).rows.map((r) => [r.row, r.cells.get('a')])).toEqual([
      [2, '1'],
      [5, '3'],
      [6, '5'],
      [10, '6'],
    ]);
  });

  it('reads files saved with ; as separator', () => {
    expect(table('a;b\n"1;2";3\n').rows[0]?.cells.get('a')).toBe('1;2');
  });

  it('reports every row with the wrong number of fields', () => {
    const r = parseCsv('a,b\n1,2,3\n4,5\n6\n');
    expect(english(r)).toEqual({
      ok: false,
      problems: [
        { row: 2, reason: 'has 3 fields, the header has 2' },
        { row: 4, reason: 'has 1 field, the header has 2' },
      ],
    });
  });

  it('reports unparseable CSV with its line', () => {
    expect(english(parseCsv('a,b\n1,2\n3,"4"x\n'))).toEqual({
      ok: false,
      problems: [{ row: 3, reason: expect.stringMatching(/not valid CSV/) }],
    });
  });

  it.each([[''], ['\uFEFF'], ['  \n\n']])('refuses an empty file %j', (csv) => {
    expect(english(parseCsv(csv))).toEqual({ ok: false, problems: [{ row: 1, reason: expect.stringMatching(/empty/) }] });
  });
});

describe('parseJsonRows', () => {
  it('accepts an array or { rows }, numbering rows from 1, numbers as text and null as blank', () => {
    for (const body of [
      [
        { a: 'x', b: 1 },
        { a: null, c: true },
      ],
      {
        rows: [
          { a: 'x', b: 1 },
          { a: null, c: true },
        ],
      },
    ]) {
      const r = parseJsonRows(body);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.table.columns).toEqual(['a', 'b', 'c']);
      expect(r.table.rows.map((x) => [x.row, Object.fromEntries(x.cells)])).toEqual([
        [1, { a: 'x', b: '1' }],
        [2, { a: '', c: 'true' }],
      ]);
    }
  });

  it('reports every non-object row and every nested value', () => {
    expect(english(parseJsonRows([{ a: 'x' }, 'oops', { a: { nested: 1 } }]))).toEqual({
      ok: false,
      problems: [
        { row: 2, reason: 'must be an object of column names to values' },
        { row: 3, field: 'a', reason: 'must be text, a number or null' },
      ],
    });
  });

  it('refuses other shapes and malformed JSON text', () => {
    expect(parseJsonRows({ a: 1 }).ok).toBe(false);
    expect(parseJsonText('[{"a":').ok).toBe(false);
    expect(parseJsonText('\uFEFF[{"a":"b"}]').ok).toBe(true);
  });
});

describe('checkColumns', () => {
  it('reports unknown, repeated and missing CSV columns on line 1', () => {
    expect(english(checkColumns(EA_COLUMNS, table('ea_code,name,name,colour\n')))).toEqual([
      { row: 1, field: 'name', reason: 'column appears more than once' },
      { row: 1, field: 'colour', reason: expect.stringMatching(/^unknown column; expected columns: ea_code, municipality_code, name$/) },
      { row: 1, field: 'municipality_code', reason: 'required column is missing' },
    ]);
  });

  it('accepts any column order and leaves optional columns out', () => {
    expect(checkColumns(EA_COLUMNS, table('municipality_code,ea_code\n'))).toEqual([]);
  });

  it('reports an unknown JSON key once, on the first row that uses it', () => {
    const r = parseJsonRows([{ ea_code: 'A', municipality_code: 'prizren' }, { ea_code: 'B', colour: 'x' }, { colour: 'y' }]);
    if (!r.ok) throw new Error('parse failed');
    expect(english(checkColumns(EA_COLUMNS, r.table))).toEqual([
      { row: 2, field: 'colour', reason: expect.stringMatching(/^unknown column/) },
    ]);
  });
});

describe('readStaffRows', () => {
  it('reports every bad cell of every bad row with line, column and reason', () => {
    const csv = [
      STAFF_HEADER,
      `1100000001,ENUMERATOR,Arbër Krasniqi,+383 44 123 456,arber@example.org,${IBAN},ALBANIAN,SQ,prishtine,2023-10-16,2023-12-15,,`,
      '1100000002,CLERK,A,12,not-an-email,XK00 1212 0123 4567 8906,MARTIAN,DE,atlantis,2023-02-30,,ASLEEP,bad code!',
      ',,,,,,,,,,,,x',
      '1100000003,enumerator,Besa Gashi,,,,albanian,sq,PRISHTINE,2023-12-15,2023-10-16,,',
    ].join('\n');
    const r = readStaffRows(table(csv).rows, MUNICIPALITIES);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(english(r.problems)).toEqual([
      { row: 3, field: 'kind', reason: 'must be one of: SUPERVISOR, ENUMERATOR' },
      { row: 3, field: 'full_name', reason: 'must have at least 2 characters' },
      { row: 3, field: 'phone', reason: expect.any(String) },
      { row: 3, field: 'email', reason: 'must be an e-mail address' },
      { row: 3, field: 'iban', reason: expect.any(String) },
      { row: 3, field: 'community', reason: expect.stringMatching(/^must be one of: ALBANIAN/) },
      { row: 3, field: 'language', reason: expect.stringMatching(/^must be one of: SQ/) },
      { row: 3, field: 'municipality_code', reason: 'is not a municipality code within your scope' },
      { row: 3, field: 'engagement_start', reason: 'is not a calendar date' },
      { row: 3, field: 'status', reason: expect.stringMatching(/^must be one of: ACTIVE/) },
      { row: 3, field: 'team_code', reason: expect.any(String) },
      { row: 4, field: 'national_id', reason: 'is required' },
      { row: 4, field: 'kind', reason: 'is required' },
      { row: 4, field: 'full_name', reason: 'is required' },
      { row: 4, field: 'community', reason: 'is required' },
      { row: 4, field: 'language', reason: 'is required' },
      { row: 4, field: 'municipality_code', reason: 'is required' },
      { row: 5, field: 'engagement_end', reason: 'engagement end is before engagement start' },
    ]);
  });

  it('normalises case, IBAN spacing and whitespace; keeps Cyrillic and Albanian names byte-exact in NFC', () => {
    const nfd = 'Dritë Berisha'.normalize('NFD');
    const csv = [
      STAFF_HEADER,
      `  ab12345 ,supervisor,Милош Јовановић,,ANA@Example.ORG,xk05 1212 0123 4567 8906,serb,sr,prishtine,,,left,t-1`,
      `1100000009,ENUMERATOR,${nfd},,,,ALBANIAN,SQ,prishtine,,,,t-1`,
      `1100000010,ENUMERATOR,  Çlirim   Bytyçi ,,,,ALBANIAN,SQ,prishtine,,,,`,
    ].join('\n');
    const r = readStaffRows(table(csv).rows, MUNICIPALITIES);
    expect(r.problems).toEqual([]);
    const [sup, en, en2] = r.rows;
    expect(sup).toMatchObject({
      nationalId: 'AB12345',
      kind: 'SUPERVISOR',
      fullName: 'Милош Јовановић',
      email: 'ana@example.org',
      iban: 'XK051212012345678906',
      community: 'SERB',
      languageOfWork: 'SR',
      status: 'LEFT',
      teamCode: 'T-1',
    });
    expect(Buffer.from(sup?.fullName ?? '', 'utf8').equals(Buffer.from('Милош Јовановић'.normalize('NFC'), 'utf8'))).toBe(true);
    expect(en?.fullName).toBe('Dritë Berisha'.normalize('NFC'));
    expect(en?.fullName).not.toBe(nfd);
    expect(en2).toMatchObject({ fullName: 'Çlirim Bytyçi', status: null, teamCode: null, phone: null });
  });

  it('reports duplicate national ids and teams led twice, naming every line', () => {
    const csv = [
      STAFF_HEADER,
      '1100000001,SUPERVISOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,T-1',
      '1100000002,SUPERVISOR,Besa Gashi,,,,ALBANIAN,SQ,prishtine,,,,t-1',
      '1100000001,ENUMERATOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,',
      '1100000001,ENUMERATOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,',
    ].join('\n');
    const r = readStaffRows(table(csv).rows, MUNICIPALITIES);
    expect(english(r.problems)).toEqual([
      { row: 2, field: 'national_id', reason: 'same national_id as lines 4, 5' },
      { row: 4, field: 'national_id', reason: 'same national_id as lines 2, 5' },
      { row: 5, field: 'national_id', reason: 'same national_id as lines 2, 4' },
      { row: 2, field: 'team_code', reason: 'same team_code as line 3' },
      { row: 3, field: 'team_code', reason: 'same team_code as line 2' },
    ]);
    expect(r.rows).toEqual([]);
    expect([...r.brokenTeams]).toEqual(['T-1']);
  });
});

const staffRow = (over: Partial<ExistingStaff> = {}): ExistingStaff => ({
  id: 'staff-1',
  nationalId: '1100000001',
  kind: 'ENUMERATOR',
  fullName: 'Arbër Krasniqi',
  phone: null,
  email: null,
  iban: null,
  pendingIban: null,
  community: 'ALBANIAN',
  languageOfWork: 'SQ',
  municipalityId: 'm-prishtine',
  engagementStart: null,
  engagementEnd: null,
  status: 'ACTIVE',
  teamId: null,
  ledTeamCount: 0,
  assignments: [],
  ...over,
});

describe('planStaffImport', () => {
  const plan = (
    lines: string[],
    opts: { existing?: ExistingStaff[]; teams?: ExistingTeam[]; outside?: string[]; teamsOutside?: string[] } = {},
  ) => {
    const read = readStaffRows(table([STAFF_HEADER, ...lines].join('\n')).rows, MUNICIPALITIES);
    expect(read.problems).toEqual([]);
    return planStaffImport({
      rows: read.rows,
      brokenTeams: read.brokenTeams,
      existing: new Map((opts.existing ?? []).map((s) => [s.nationalId, s])),
      outsideScope: new Set(opts.outside ?? []),
      teams: new Map((opts.teams ?? []).map((t) => [t.code, t])),
      teamsOutsideScope: new Set(opts.teamsOutside ?? []),
      newId,
    });
  };

  it('creates supervisors, their teams and the enumerators in them', () => {
    const p = plan([
      '1100000002,ENUMERATOR,Besa Gashi,,,,ALBANIAN,SQ,prishtine,,,,T-9',
      '1100000001,SUPERVISOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,T-9',
    ]);
    expect(p.problems).toEqual([]);
    expect(p.supervisorCreates).toHaveLength(1);
    expect(p.teamCreates).toEqual([
      { id: expect.any(String), code: 'T-9', municipalityId: 'm-prishtine', supervisorId: p.supervisorCreates[0]?.id },
    ]);
    expect(p.enumeratorCreates).toEqual([
      expect.objectContaining({ nationalId: '1100000002', teamId: p.teamCreates[0]?.id, status: 'ACTIVE' }),
    ]);
    expect(countOutcomes(p.outcomes)).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('updates only the fields that differ, keeps the stored status when the cell is blank, and counts unchanged rows', () => {
    const p = plan(
      [
        '1100000001,ENUMERATOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,',
        '1100000002,ENUMERATOR,Besa Gashi,+383 44 000 000,,,ALBANIAN,SQ,prishtine,,,,',
      ],
      { existing: [staffRow({ status: 'SUSPENDED' }), staffRow({ id: 'staff-2', nationalId: '1100000002', fullName: 'Besa Gashi' })] },
    );
    expect(p.staffUpdates).toEqual([
      { id: 'staff-2', municipalityId: 'm-prishtine', data: { phone: '+383 44 000 000' }, fields: ['phone'] },
    ]);
    expect(countOutcomes(p.outcomes)).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  it('refuses unknown teams, teams of another municipality, kind changes, moves with assignments and keys used outside the scope', () => {
    const p = plan(
      [
        '1100000001,SUPERVISOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,,,,',
        '1100000002,ENUMERATOR,Besa Gashi,,,,ALBANIAN,SQ,prizren,,,,',
        '1100000003,ENUMERATOR,Dritë Berisha,,,,ALBANIAN,SQ,prishtine,,,,NOPE',
        '1100000004,ENUMERATOR,Egzon Hoxha,,,,ALBANIAN,SQ,prizren,,,,T-PR',
        '1100000005,ENUMERATOR,Fjollë Shala,,,,ALBANIAN,SQ,prishtine,,,,',
        '1100000006,SUPERVISOR,Gëzim Morina,,,,ALBANIAN,SQ,prishtine,,,,T-ELSEWHERE',
      ],
      {
        existing: [
          staffRow(),
          staffRow({ id: 'staff-2', nationalId: '1100000002', assignments: [{ validFrom: '2023-11-01', validTo: null }] }),
        ],
        teams: [{ id: 'team-pr', code: 'T-PR', municipalityId: 'm-prishtine', supervisorId: null }],
        outside: ['1100000005'],
        teamsOutside: ['T-ELSEWHERE'],
      },
    );
    expect(english(p.problems)).toEqual([
      { row: 2, field: 'kind', reason: 'cannot change by import: stored as ENUMERATOR' },
      { row: 7, field: 'team_code', reason: 'is already used by a record outside your scope' },
      { row: 3, field: 'municipality_code', reason: expect.stringMatching(/cannot move to another municipality/) },
      { row: 4, field: 'team_code', reason: expect.stringMatching(/^is not a team within your scope/) },
      { row: 5, field: 'team_code', reason: 'team T-PR belongs to another municipality' },
      { row: 6, field: 'national_id', reason: 'is already used by a record outside your scope' },
    ]);
    expect(p.outcomes).toEqual([]);
  });

  it('refuses engagement dates that no longer cover a stored assignment', () => {
    const p = plan(['1100000001,ENUMERATOR,Arbër Krasniqi,,,,ALBANIAN,SQ,prishtine,2023-10-16,2023-11-30,,'], {
      existing: [staffRow({ assignments: [{ validFrom: '2023-11-01', validTo: '2023-12-15' }] })],
    });
    expect(english(p.problems)).toEqual([
      { row: 2, field: 'engagement_end', reason: expect.stringMatching(/1 November 2023 to 15 December 2023 would fall outside/) },
    ]);
  });

  it('hands a stored team to a new supervisor', () => {
    const p = plan(['1100000007,SUPERVISOR,Hana Gashi,,,,ALBANIAN,SQ,prishtine,,,,T-PR'], {
      teams: [{ id: 'team-pr', code: 'T-PR', municipalityId: 'm-prishtine', supervisorId: 'someone-else' }],
    });
    expect(p.teamUpdates).toEqual([{ id: 'team-pr', municipalityId: 'm-prishtine', supervisorId: p.supervisorCreates[0]?.id }]);
  });
});

describe('EA rows', () => {
  const existing = (over: Partial<ExistingEa> = {}): ExistingEa => ({
    id: 'ea-1',
    code: 'PR-1',
    name: 'Qendra',
    municipalityId: 'm-prishtine',
    assignmentCount: 0,
    ...over,
  });

  it('reports bad cells and duplicate codes (case-insensitive) on every line', () => {
    const r = readEaRows(
      table('ea_code,municipality_code,name\nPR-1,prishtine,A\npr-1,prishtine,B\n,prizren,\nPR 3,mars,C\n').rows,
      MUNICIPALITIES,
    );
    expect(english(r.problems)).toEqual([
      { row: 4, field: 'ea_code', reason: 'is required' },
      { row: 5, field: 'ea_code', reason: expect.stringMatching(/letters, digits/) },
      { row: 5, field: 'municipality_code', reason: 'is not a municipality code within your scope' },
      { row: 2, field: 'ea_code', reason: 'same ea_code as line 3' },
      { row: 3, field: 'ea_code', reason: 'same ea_code as line 2' },
    ]);
  });

  it('creates, updates changed fields only, counts unchanged, refuses moves of assigned EAs and codes used elsewhere', () => {
    const r = readEaRows(
      table('ea_code,municipality_code,name\nPR-1,prishtine,Qendra\nPR-2,prishtine,\nPR-3,prizren,X\nPR-4,prishtine,Y\nPR-5,prishtine,Z\n')
        .rows,
      MUNICIPALITIES,
    );
    const p = planEaImport(
      r.rows,
      new Map([
        ['PR-1', existing()],
        ['PR-2', existing({ id: 'ea-2', code: 'PR-2', name: 'Old' })],
        ['PR-3', existing({ id: 'ea-3', code: 'PR-3', name: 'X', assignmentCount: 2 })],
      ]),
      new Set(['PR-5']),
      newId,
    );
    expect(english(p.problems)).toEqual([
      { row: 4, field: 'municipality_code', reason: 'an enumeration area with assignments cannot move to another municipality' },
      { row: 6, field: 'ea_code', reason: 'is already used by a record outside your scope' },
    ]);
    expect(p.updates).toEqual([{ id: 'ea-2', municipalityId: 'm-prishtine', data: { name: null }, fields: ['name'] }]);
    expect(p.creates).toEqual([{ id: expect.any(String), code: 'PR-4', name: 'Y', municipalityId: 'm-prishtine' }]);
    expect(countOutcomes(p.outcomes)).toEqual({ created: 1, updated: 1, unchanged: 1 });
  });
});

describe('assignment rows', () => {
  const HEADER = 'ea_code,enumerator_national_id,valid_from,valid_to';
  const eas = new Map<string, AssignmentEa>([
    ['PR-1', { id: 'ea-1', code: 'PR-1', municipalityId: 'm-prishtine' }],
    ['PR-2', { id: 'ea-2', code: 'PR-2', municipalityId: 'm-prishtine' }],
    ['PZ-1', { id: 'ea-3', code: 'PZ-1', municipalityId: 'm-prizren' }],
  ]);
  const person = (id: string, nationalId: string, over: Partial<AssignmentEnumerator> = {}): AssignmentEnumerator => ({
    id,
    nationalId,
    kind: 'ENUMERATOR',
    municipalityId: 'm-prishtine',
    engagementStart: '2023-10-16',
    engagementEnd: '2023-12-15',
    ...over,
  });
  const enumerators = new Map<string, AssignmentEnumerator>([
    ['EN0001', person('en-1', 'EN0001')],
    ['EN0002', person('en-2', 'EN0002')],
    ['EN0003', person('en-3', 'EN0003', { engagementStart: null, engagementEnd: null })],
    ['SU0001', person('sup-1', 'SU0001', { kind: 'SUPERVISOR' })],
  ]);
  const run = (lines: string[], existing: ExistingAssignment[] = []) => {
    const read = readAssignmentRows(table([HEADER, ...lines].join('\n')).rows);
    const p = planAssignmentImport(read.rows, eas, enumerators, existing, newId);
    return { read, plan: p };
  };

  it('checks dates and in-file duplicate keys', () => {
    const { read } = run([
      'PR-1,EN0001,2023-11-01,2023-10-31',
      'PR-1,en0001,2023-11-01,',
      'pr-1,EN0001,2023-11-01,2023-11-30',
      'PR-1,EN0001,2023-13-01,',
    ]);
    expect(english(read.problems)).toEqual([
      { row: 2, field: 'valid_to', reason: 'valid_to is before valid_from' },
      { row: 5, field: 'valid_from', reason: 'is not a calendar date' },
      { row: 3, field: 'valid_from', reason: 'same ea_code, enumerator_national_id, valid_from as line 4' },
      { row: 4, field: 'valid_from', reason: 'same ea_code, enumerator_national_id, valid_from as line 3' },
    ]);
  });

  it('refuses unknown EAs and people, supervisors, other municipalities and periods outside the engagement', () => {
    const { plan } = run([
      'XX-9,EN0001,2023-11-01,2023-11-30',
      'PR-1,NOBODY,2023-11-01,',
      'PR-1,SU0001,2023-11-01,2023-11-30',
      'PZ-1,EN0001,2023-11-01,2023-11-30',
      'PR-1,EN0001,2023-10-01,2023-10-31',
      'PR-2,EN0002,2023-11-01,',
    ]);
    expect(english(plan.problems)).toEqual([
      { row: 2, field: 'ea_code', reason: expect.stringMatching(/^is not an enumeration area within your scope/) },
      { row: 3, field: 'enumerator_national_id', reason: expect.stringMatching(/^is not a staff member within your scope/) },
      { row: 4, field: 'enumerator_national_id', reason: 'is a supervisor, not an enumerator' },
      { row: 5, field: 'enumerator_national_id', reason: 'the enumerator works in another municipality than EA PZ-1' },
      { row: 6, field: 'valid_from', reason: "the assignment starts before the enumerator's engagement starts (16 October 2023)" },
      { row: 7, field: 'valid_to', reason: "the assignment is open-ended but the enumerator's engagement ends 15 December 2023" },
    ]);
  });

  it('finds overlaps within the file (naming both lines) and with stored assignments, judging the state after the import', () => {
    const stored: ExistingAssignment[] = [
      { id: 'as-1', eaId: 'ea-2', enumeratorId: 'en-3', validFrom: '2023-11-01', validTo: '2023-11-20' },
      // Same key as the file's line 5, which shortens it: no longer overlaps line 6.
      { id: 'as-2', eaId: 'ea-1', enumeratorId: 'en-3', validFrom: '2023-10-20', validTo: '2023-12-15' },
    ];
    const { plan } = run(
      [
        'PR-2,EN0001,2023-11-10,2023-11-30', // line 2: overlaps stored as-1 (11-10..11-20)
        'PR-2,EN0002,2023-12-01,2023-12-10', // line 3: overlaps line 4 on 12-10
        'PR-2,EN0001,2023-12-10,2023-12-15', // line 4
        'PR-1,EN0003,2023-10-20,2023-10-31', // line 5: replaces as-2
        'PR-1,EN0001,2023-11-01,2023-12-15', // line 6: fits after line 5
      ],
      stored,
    );
    expect(english(plan.problems)).toEqual([
      { row: 2, field: 'valid_from', reason: 'shares days with the stored assignment of EA PR-2 from 1 November 2023 to 20 November 2023' },
      { row: 3, field: 'valid_from', reason: 'shares days with line 4 (same EA PR-2, 10 December 2023 to 15 December 2023)' },
      { row: 4, field: 'valid_from', reason: 'shares days with line 3 (same EA PR-2, 1 December 2023 to 10 December 2023)' },
    ]);
    expect(plan.updates).toEqual([{ id: 'as-2', municipalityId: 'm-prishtine', validTo: '2023-10-31' }]);
    expect(plan.creates).toEqual([
      {
        id: expect.any(String),
        eaId: 'ea-1',
        enumeratorId: 'en-1',
        municipalityId: 'm-prishtine',
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      },
    ]);
  });

  it('counts a row equal to the stored one as unchanged', () => {
    const { plan } = run(
      ['PR-1,EN0001,2023-11-01,2023-11-30'],
      [{ id: 'as-1', eaId: 'ea-1', enumeratorId: 'en-1', validFrom: '2023-11-01', validTo: '2023-11-30' }],
    );
    expect(plan.problems).toEqual([]);
    expect(countOutcomes(plan.outcomes)).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it.each([
    // Both ends inclusive: 16 Oct – 15 Dec fits an engagement of exactly 16 Oct – 15 Dec.
    [{ validFrom: '2023-10-16', validTo: '2023-12-15' }, '2023-10-16', '2023-12-15', null],
    [
      { validFrom: '2023-10-15', validTo: '2023-12-15' },
      '2023-10-16',
      '2023-12-15',
      { code: 'ASSIGNMENT_BEFORE_ENGAGEMENT', day: '2023-10-16' },
    ],
    [
      { validFrom: '2023-10-16', validTo: '2023-12-16' },
      '2023-10-16',
      '2023-12-15',
      { code: 'ASSIGNMENT_AFTER_ENGAGEMENT', day: '2023-12-15' },
    ],
    [
      { validFrom: '2023-10-16', validTo: null },
      '2023-10-16',
      '2023-12-15',
      { code: 'ASSIGNMENT_OPEN_PAST_ENGAGEMENT', day: '2023-12-15' },
    ],
    [{ validFrom: '2020-01-01', validTo: null }, null, null, null],
  ])('outsideEngagement(%j, %s, %s)', (period, start, end, expected) => {
    expect(outsideEngagement(period, start, end)).toEqual(expected);
  });
});

describe('helpers', () => {
  it('changedFields treats null and undefined as the same and skips fields not given', () => {
    expect(changedFields({ a: null as string | null, b: 'x', c: 1 }, { a: undefined, b: 'y', c: 1 })).toEqual(['b']);
  });

  it('duplicateKeys leaves unique rows alone', () => {
    expect(duplicateKeys([{ row: 2 }, { row: 3 }], (r) => String(r.row), 'k', 'k')).toEqual({ problems: [], rows: new Set() });
  });

  it('the staff columns are exactly the documented ones', () => {
    expect([...STAFF_COLUMNS.required, ...STAFF_COLUMNS.optional].sort()).toEqual(STAFF_HEADER.split(',').sort());
  });
});
