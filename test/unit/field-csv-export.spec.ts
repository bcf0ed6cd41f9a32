import { describe, expect, it } from '@jest/globals';
import { CsvExportReader } from '../../src/fieldwork/domain/csv-export.js';
import { csvMapping } from '../../src/fieldwork/domain/field-mapping.js';
import { english } from '../support/english.js';

const HEADER = ['ea', 'user', 'state', 'persons', 'abroad', 'done'];
const mapping = (columns: Record<string, string>) =>
  csvMapping.parse({ columns: { eaCode: 'ea', login: 'user', status: 'state', individuals: 'persons', ...columns } });

function read(columns: Record<string, string>, rows: string[][]) {
  const r = CsvExportReader.open('x.csv', mapping(columns), HEADER);
  rows.forEach((cells, i) => r.add(cells, i + 2));
  return r;
}

describe('CSV export through a CSV mapping', () => {
  it.each([
    // rows, expected figures of (T-1, u1)
    [
      'each counted row is one household without a households column; status without case',
      [
        ['T-1', 'u1', 'Approved', '4', '0', 'yes'],
        ['t-1', 'u1', 'APPROVED', '3', '1', 'yes'],
        ['T-1', 'u1', 'submitted', '9', '0', 'yes'],
      ],
      { households: 2, individuals: 7, diasporaPersons: 1, diasporaListComplete: true }, // 4 + 3 individuals, 0 + 1 abroad
    ],
    [
      'diaspora persons summed; one incomplete list makes the pair incomplete',
      [
        ['T-1', 'u1', 'approved', '2', '1', 'yes'],
        ['T-1', 'u1', 'approved', '2', '2', 'no'],
      ],
      { households: 2, individuals: 4, diasporaPersons: 3, diasporaListComplete: false },
    ],
  ])('%s', (_name, rows, figures) => {
    const r = read({ diasporaPersons: 'abroad', diasporaListComplete: 'done' }, rows);
    expect(r.problems).toEqual([]);
    expect(r.pairs.get('T-1\tu1')).toMatchObject({ eaCode: 'T-1', login: 'u1', firstLine: 2, buildings: 0, dwellings: 0, ...figures });
  });

  it('without a completion column a list counts as complete', () => {
    const r = read({ diasporaPersons: 'abroad' }, [['T-1', 'u1', 'approved', '2', '5', 'no']]);
    expect(r.pairs.get('T-1\tu1')?.diasporaListComplete).toBe(true);
  });

  it.each([
    ['a decimal figure', ['T-1', 'u1', 'approved', '2.5', '0', 'yes'], 'persons', 'must be a whole number, without decimals'],
    ['a negative figure', ['T-1', 'u1', 'approved', '-2', '0', 'yes'], 'persons', 'must not be negative'],
    ['an empty login', ['T-1', '', 'approved', '2', '0', 'yes'], 'user', 'is empty'],
    ['an EA code with a space', ['T 1', 'u1', 'approved', '2', '0', 'yes'], 'ea', 'T 1 is not an EA code'],
  ])('%s is a problem naming line and column', (_name, cells, column, reason) => {
    const r = read({}, [cells]);
    expect(english(r.problems)).toEqual([{ file: 'x.csv', line: 2, variable: column, reason }]);
    expect(r.pairs.size).toBe(0);
  });

  it('a configured column missing from the header is a line 1 problem', () => {
    const r = CsvExportReader.open('x.csv', mapping({ households: 'hh' }), HEADER);
    expect(english(r.problems)).toEqual([{ file: 'x.csv', line: 1, variable: 'hh', reason: 'the header has no column hh' }]);
  });
});
