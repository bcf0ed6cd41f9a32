import { z } from 'zod';
import type { Table } from '../../common/tabular/parse-table.js';
import { checkColumns, type ColumnSpec, RowReader, type RowProblem } from '../../common/tabular/columns.js';
import type { TabularImport } from '../../common/tabular/tabular-import.js';

/**
 * Field rules of an item, and the rows of a bulk registration. One schema serves both bodies
 * of `POST /equipment/items/bulk`: the JSON `items` entries use its keys, the CSV columns are
 * the same keys in snake_case, so a field added here is a column without further work.
 */
export const TYPE_CODE = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,31}$/, 'NOT_TYPE_CODE');
export const SERIAL = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._/-]{0,63}$/, 'NOT_SERIAL');

/** One entry of a bulk registration (a JSON `items` element, a CSV row). */
export const BULK_ITEM = z.object({ typeCode: TYPE_CODE, serial: SERIAL });
export type BulkItem = z.output<typeof BULK_ITEM>;
export type BulkItemField = keyof BulkItem & string;

/** Most items in one registration, JSON or CSV. */
export const MAX_BULK_ITEMS = 50_000;

const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const FIELDS = Object.keys(BULK_ITEM.shape) as BulkItemField[];

/** CSV column of each field: `typeCode` → `type_code`, `serial` → `serial`. */
export const ITEM_COLUMN: Readonly<Record<BulkItemField, string>> = Object.fromEntries(FIELDS.map((f) => [f, snakeCase(f)])) as Record<
  BulkItemField,
  string
>;

/** Every field of an item is required, so every column is. */
export const ITEM_COLUMNS: ColumnSpec = { required: FIELDS.map((f) => ITEM_COLUMN[f]), optional: [] };

/** A row to register with the row number people see (CSV: line in the file; JSON: 1-based position). */
export interface NumberedItem extends BulkItem {
  readonly row: number;
}

/**
 * CSV rows through the item's field rules. Header problems (unknown, repeated, missing
 * column) come back as `header` and no rows are read; otherwise every bad cell is a problem
 * naming its line and column, and only rows whose cells are all good are returned.
 */
export function readItemRows(table: Table): { header: RowProblem[]; rows: NumberedItem[]; problems: RowProblem[] } {
  const header = checkColumns(ITEM_COLUMNS, table);
  if (header.length) return { header, rows: [], problems: [] };
  const rows: NumberedItem[] = [];
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const r = new RowReader(row);
    const item: Partial<Record<BulkItemField, string>> = {};
    for (const f of FIELDS) item[f] = r.required(ITEM_COLUMN[f], BULK_ITEM.shape[f]);
    problems.push(...r.problems);
    // Every field is required: a row without problems has them all.
    if (r.ok) rows.push({ row: row.row, ...(item as BulkItem) });
  }
  return { header, rows, problems };
}

/** The CSV form of the bulk registration, declared (the JSON form is `{ items: [{typeCode, serial}] }` with options). */
export const ITEM_CSV_IMPORT: TabularImport<NumberedItem> = { formats: ['csv'], columns: ITEM_COLUMNS, rows: readItemRows };
