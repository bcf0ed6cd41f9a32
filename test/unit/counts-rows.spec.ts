import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { RowProblem } from '../../src/common/tabular/columns.js';
import {
  columnIndex,
  COUNT_COLUMNS,
  COUNT_MAXIMA,
  DuplicateFinder,
  duplicateProblems,
  parseCount,
  parseFlag,
  readCountRow,
  referenceProblems,
} from '../../src/payroll/counts/domain/count-rows.js';
import { english } from '../support/english.js';

const IDX = columnIndex([...COUNT_COLUMNS]) as readonly number[];
const GOOD = ['PR-0001', '1110023757', '120', '140', '130', '410', '12', 'true'];
const read = (cells: readonly string[]) => {
  const problems: RowProblem[] = [];
  const row = readCountRow(cells, IDX, 7, problems);
  return { row, problems };
};
/** GOOD with the cell of `column` replaced. */
const withCell = (column: (typeof COUNT_COLUMNS)[number], value: string) => GOOD.map((v, i) => (COUNT_COLUMNS[i] === column ? value : v));

describe('counts row rules', () => {
  it('reads a good row: codes upper-cased, cells trimmed', () => {
    expect(read(['pr-0001', ' ab12345 ', '0', ' 5', '4 ', '4', '0', 'Po'])).toEqual({
      problems: [],
      row: {
        row: 7,
        eaCode: 'PR-0001',
        nationalId: 'AB12345',
        counts: { buildings: 0, dwellings: 5, households: 4, individuals: 4, diasporaPersons: 0, diasporaListComplete: true },
      },
    });
  });

  it('finds columns in any order, and says when one is missing', () => {
    const shuffled = [...COUNT_COLUMNS].reverse();
    const idx = columnIndex(shuffled) as readonly number[];
    const problems: RowProblem[] = [];
    const r = readCountRow([...GOOD].reverse(), idx, 2, problems);
    expect(problems).toEqual([]);
    expect(r.counts?.individuals).toBe(410);
    expect(columnIndex(COUNT_COLUMNS.slice(1))).toBeNull();
  });

  it.each([
    // [case, column, cell, reason]
    ['blank EA', 'ea_code', ' ', 'is required'],
    ['EA with a space', 'ea_code', 'PR 0001', "must be 1–32 letters, digits, '.', '-' or '_'"],
    ['EA too long', 'ea_code', 'A'.repeat(33), "must be 1–32 letters, digits, '.', '-' or '_'"],
    ['blank enumerator', 'enumerator_id', '', 'is required'],
    ['enumerator id too short', 'enumerator_id', '1234', 'must be 5–20 letters or digits (no spaces)'],
    ['enumerator id with a dash', 'enumerator_id', '111-002', 'must be 5–20 letters or digits (no spaces)'],
    ['negative buildings', 'buildings', '-1', 'must not be negative'],
    ['decimal dwellings', 'dwellings', '2.5', 'must be a whole number, without decimals'],
    ['decimal comma dwellings', 'dwellings', '2,5', 'must be a whole number, without decimals'],
    ['text households', 'households', 'many', 'must be a whole number (0 or more)'],
    ['plus sign', 'households', '+3', 'must be a whole number (0 or more)'],
    ['exponent', 'individuals', '1e3', 'must be a whole number (0 or more)'],
    ['blank diaspora', 'diaspora_persons', '', 'is required'],
    ['absurd buildings (5,000 + 1)', 'buildings', '5001', 'is more than 5,000, the most one EA can plausibly have'],
    ['absurd dwellings', 'dwellings', '10001', 'is more than 10,000, the most one EA can plausibly have'],
    ['absurd households', 'households', '10001', 'is more than 10,000, the most one EA can plausibly have'],
    ['absurd individuals', 'individuals', '50001', 'is more than 50,000, the most one EA can plausibly have'],
    ['absurd diaspora', 'diaspora_persons', '50001', 'is more than 50,000, the most one EA can plausibly have'],
    ['a national id pasted into a count', 'individuals', '1110023757', 'is more than 50,000, the most one EA can plausibly have'],
    ['flag that is not one', 'diaspora_list_complete', 'maybe', 'must be true or false (also 1/0, yes/no, po/jo)'],
    ['blank flag', 'diaspora_list_complete', '', 'is required'],
  ] as const)('%s', (_case, column, cell, reason) => {
    const { row, problems } = read(withCell(column, cell));
    expect(english(problems)).toEqual([{ row: 7, field: column, reason }]);
    // The bad part is dropped, the rest of the row is kept for the other checks.
    const part = column === 'ea_code' ? row.eaCode : column === 'enumerator_id' ? row.nationalId : row.counts;
    expect(part).toBeNull();
  });

  it('accepts each maximum itself and zero', () => {
    for (const [column, max] of Object.entries(COUNT_MAXIMA)) {
      const cells = withCell(column as (typeof COUNT_COLUMNS)[number], String(max));
      // individuals must stay ≥ households: 10,000 households need 10,000 people.
      const fixed = column === 'households' ? cells.map((v, i) => (COUNT_COLUMNS[i] === 'individuals' ? '10000' : v)) : cells;
      expect(read(fixed).problems).toEqual([]);
    }
    expect(read(['PR-1', '12345', '0', '0', '0', '0', '0', 'false']).problems).toEqual([]);
  });

  it('refuses fewer individuals than households (5 households, 4 people), and allows equal', () => {
    expect(english(read(withCell('individuals', '129')).problems)).toEqual([
      { row: 7, field: 'individuals', reason: 'is fewer than households (130): every household has at least one person' },
    ]);
    expect(read(withCell('individuals', '130')).problems).toEqual([]);
  });

  it('reports every bad cell of a row, and keeps the readable keys', () => {
    const { row, problems } = read(['PR-0001', 'x', '-1', '1.5', 'a', '3', '60000', '']);
    expect(problems.map((p) => p.field)).toEqual([
      'enumerator_id',
      'buildings',
      'dwellings',
      'households',
      'diaspora_persons',
      'diaspora_list_complete',
    ]);
    expect(row).toEqual({ row: 7, eaCode: 'PR-0001', nationalId: null, counts: null });
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['1', true],
    ['yes', true],
    ['Yes', true],
    ['po', true],
    ['PO', true],
    [' true ', true],
    ['false', false],
    ['FALSE', false],
    ['0', false],
    ['no', false],
    ['NO', false],
    ['jo', false],
    ['Jo', false],
    ['', null],
    ['y', null],
    ['2', null],
    ['truee', null],
  ] as const)('flag %j → %j', (cell, expected) => {
    expect(parseFlag(cell)).toBe(expected);
  });

  it('parses any count from 0 to the maximum exactly, and refuses anything above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (n) => {
        expect(parseCount(String(n), 50_000)).toBe(n <= 50_000 ? n : 'COUNT_IMPLAUSIBLE');
      }),
    );
    expect(parseCount('007', 100)).toBe(7);
  });

  describe('references (from the database)', () => {
    const window = { from: '2023-11-01', to: '2023-12-15' };
    it.each([
      ['all found and assigned', { eaFound: true, staffKind: 'ENUMERATOR', assigned: true }, []],
      [
        'unknown EA',
        { eaFound: false, staffKind: 'ENUMERATOR', assigned: false },
        [['ea_code', 'is not an enumeration area within your scope']],
      ],
      [
        'unknown enumerator',
        { eaFound: true, staffKind: null, assigned: false },
        [['enumerator_id', 'is not a staff member within your scope']],
      ],
      [
        'both unknown',
        { eaFound: false, staffKind: null, assigned: false },
        [
          ['ea_code', 'is not an enumeration area within your scope'],
          ['enumerator_id', 'is not a staff member within your scope'],
        ],
      ],
      [
        'a supervisor',
        { eaFound: true, staffKind: 'SUPERVISOR', assigned: false },
        [['enumerator_id', 'is a supervisor, not an enumerator']],
      ],
      [
        'not assigned in the interview period',
        { eaFound: true, staffKind: 'ENUMERATOR', assigned: false },
        [['enumerator_id', 'is not assigned to EA PR-1 during the interview period (1 November 2023 – 15 December 2023)']],
      ],
    ] as const)('%s', (_case, ref, expected) => {
      expect(english(referenceProblems(4, 'PR-1', ref, window))).toEqual(expected.map(([field, reason]) => ({ row: 4, field, reason })));
    });
  });

  describe('duplicates', () => {
    it('reports every copy, naming the other lines', () => {
      const d = new DuplicateFinder();
      const rows = [
        { row: 2, eaCode: 'PR-1', nationalId: '11111' },
        { row: 3, eaCode: 'PR-1', nationalId: '22222' },
        { row: 4, eaCode: 'PR-2', nationalId: '11111' },
        { row: 5, eaCode: 'PR-1', nationalId: '11111' },
        { row: 9, eaCode: 'PR-1', nationalId: '11111' },
      ];
      for (const r of rows) d.add(r.eaCode, r.nationalId, r.row);
      expect(d.candidates).toEqual([2, 5, 9]);
      expect(english(duplicateProblems(rows.filter((r) => d.candidates.includes(r.row))))).toEqual([
        { row: 2, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as lines 5, 9' },
        { row: 5, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as lines 2, 9' },
        { row: 9, field: 'enumerator_id', reason: 'same ea_code, enumerator_id as lines 2, 5' },
      ]);
    });

    it('never reports rows whose keys differ, and finds every repeated key (many rows, table growth)', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 })), { maxLength: 400 }), (keys) => {
          const d = new DuplicateFinder();
          const rows = keys.map(([ea, en], i) => ({ row: i + 2, eaCode: `EA-${ea}`, nationalId: `ID${en}0000` }));
          for (const r of rows) d.add(r.eaCode, r.nationalId, r.row);
          const problems = duplicateProblems(rows.filter((r) => d.candidates.includes(r.row)));
          const count = new Map<string, number>();
          for (const r of rows) count.set(`${r.eaCode}|${r.nationalId}`, (count.get(`${r.eaCode}|${r.nationalId}`) ?? 0) + 1);
          const expected = rows.filter((r) => (count.get(`${r.eaCode}|${r.nationalId}`) as number) > 1).map((r) => r.row);
          expect(problems.map((p) => p.row)).toEqual(expected);
        }),
      );
    });
  });
});
