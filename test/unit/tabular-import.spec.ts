import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { AppError } from '../../src/common/errors/app-error.js';
import { RowReader } from '../../src/common/tabular/columns.js';
import { detectDelimiter } from '../../src/common/tabular/delimiter.js';
import { openRecords } from '../../src/common/tabular/records.js';
import { CSV_OR_JSON, readImport, refuseRows, type TabularImport } from '../../src/common/tabular/tabular-import.js';
import { english } from '../support/english.js';

interface Item {
  readonly row: number;
  readonly code: string;
  readonly amount: number;
}

const ITEMS: TabularImport<Item> = {
  ...CSV_OR_JSON,
  columns: { required: ['code', 'amount'], optional: ['note'] },
  rows: (table) => {
    const rows: Item[] = [];
    const problems = [];
    for (const row of table.rows) {
      const r = new RowReader(row);
      const code = r.required('code', z.string().regex(/^[A-Z]+$/));
      const amount = r.required('amount', z.string().regex(/^\d+$/, 'COUNT_NOT_WHOLE').transform(Number));
      problems.push(...r.problems);
      if (r.ok && code !== undefined && amount !== undefined) rows.push({ row: row.row, code, amount });
    }
    return { rows, problems };
  },
};

const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('nothing was thrown');
};

describe('the tabular pipeline', () => {
  it('reads CSV and JSON rows alike, numbering CSV rows by line and JSON rows by index', () => {
    const csv = readImport(ITEMS, 'code;amount\nAB;1\n\nCD;2\n', 'text/csv');
    expect(csv.rows).toEqual([
      { row: 2, code: 'AB', amount: 1 },
      { row: 4, code: 'CD', amount: 2 },
    ]);
    const json = readImport(
      ITEMS,
      [
        { code: 'AB', amount: 1 },
        { code: 'CD', amount: 2 },
      ],
      'application/json',
    );
    expect(json.rows).toEqual([
      { row: 1, code: 'AB', amount: 1 },
      { row: 2, code: 'CD', amount: 2 },
    ]);
  });

  it('answers IMPORT_FORMAT for an unreadable body, a body it does not read and a header that does not match', () => {
    expect(thrown(() => readImport(ITEMS, { items: [] }, 'application/json')).code).toBe('IMPORT_FORMAT');
    expect(english(thrown(() => readImport(ITEMS, undefined, 'text/csv')).details)).toEqual([
      { row: 1, reason: 'the file is empty: the first line must be the header' },
    ]);
    expect(english(thrown(() => readImport(ITEMS, undefined, 'application/xml')).details)).toEqual([
      { reason: 'send the file as text/csv (UTF-8) or application/json' },
    ]);
    expect(english(thrown(() => readImport({ ...ITEMS, formats: ['csv'] }, [{ code: 'A' }], 'application/json')).details)).toEqual([
      { reason: 'send the file as text/csv (UTF-8)' },
    ]);
    const header = thrown(() => readImport(ITEMS, 'code,colour\nA,red\n', 'text/csv'));
    expect(header).toMatchObject({ code: 'IMPORT_FORMAT', message: 'the columns do not match the import' });
    expect(english(header.details)).toEqual([
      { row: 1, field: 'colour', reason: 'unknown column; expected columns: code, amount, note' },
      { row: 1, field: 'amount', reason: 'required column is missing' },
    ]);
  });

  it('refuses bad rows all at once, in file order: IMPORT_INVALID with row, field and reason', () => {
    const { problems } = readImport(ITEMS, 'code,amount\nab,1\nCD,x\nEF,3\n', 'text/csv');
    const err = thrown(() => refuseRows([{ row: 9, field: 'code', code: 'HAS_LEFT' }, ...problems]));
    expect(err).toMatchObject({ code: 'IMPORT_INVALID', message: '3 rows have errors' });
    expect(english(err.details)).toEqual([
      // a schema without a message says zod's issue (BAD_FORMAT); one written as a code is that problem
      { row: 2, field: 'code', reason: 'is not in the expected form' },
      { row: 3, field: 'amount', reason: 'must be a whole number (0 or more)' },
      { row: 9, field: 'code', reason: 'has already left' },
    ]);
    expect(() => refuseRows([])).not.toThrow();
  });

  it('streams records with the same dispatch and header check, JSON cells in the declared column order', () => {
    const json = openRecords(ITEMS, { rows: [{ amount: 5, code: 'AB' }] }, 'application/json');
    expect(json.columns).toEqual(['code', 'amount', 'note']);
    expect(json.next()).toBe(true);
    expect([json.row, [...json.cells]]).toEqual([1, ['AB', '5', '']]);
    expect(json.next()).toBe(false);
    const csv = openRecords(ITEMS, 'amount\tcode\n5\tAB\n', 'text/csv');
    expect(csv.next()).toBe(true);
    expect([csv.row, [...csv.cells]]).toEqual([2, ['5', 'AB']]);
    expect(thrown(() => openRecords(ITEMS, 'code\nAB\n', 'text/csv')).code).toBe('IMPORT_FORMAT');
    const broken = openRecords(ITEMS, 'code,amount\n"AB,1\n', 'text/csv');
    expect(english(thrown(() => broken.next()).details)).toEqual([
      { row: 2, reason: 'the file is not valid CSV: a quoted field is not closed' },
    ]);
  });

  it('detects the delimiter the header uses most', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb,c\td')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});
