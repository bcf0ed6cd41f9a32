import { CsvError, parse } from 'csv-parse/sync';
import { textFault } from '../text/text-fault.js';
import { detectDelimiter } from './delimiter.js';

/**
 * Turns an uploaded file into rows of named text cells, keeping the row number a person sees:
 * for CSV the physical line where the record starts (header = line 1), for JSON the 1-based
 * index in the array. Pure: no I/O, no framework. Column names are not checked here (the
 * importer knows which columns it wants); structural problems are returned, never thrown.
 */
export interface TableRow {
  readonly row: number;
  /** Cells by column name; a JSON row only has the keys it names. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface Table {
  readonly format: 'csv' | 'json';
  /** CSV: the header cells in file order (trimmed). JSON: every key seen, in order of first appearance. */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableProblem {
  readonly row?: number;
  readonly field?: string;
  readonly reason: string;
}

export type TableResult = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly problems: readonly TableProblem[] };

const BOM = '\uFEFF';

export function parseCsv(input: string): TableResult {
  // csv-parse counts a CR LF inside a quoted field as two lines, so line numbers drift on
  // Windows files; with one line terminator the count is exact. A value's own line breaks
  // become LF, which no importable field accepts anyway.
  const text = (input.startsWith(BOM) ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problems: [{ row: 1, reason: 'the file is empty: the first line must be the header' }] };
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      delimiter: detectDelimiter(firstLine),
      skip_empty_lines: true,
      // A row of only separators (",,,") is what spreadsheets leave below the data.
      skip_records_with_empty_values: true,
      relax_column_count: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      return {
        ok: false,
        problems: [{ ...(typeof line === 'number' ? { row: line } : {}), reason: `the file is not valid CSV: ${err.message}` }],
      };
    }
    throw err;
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, problems: [{ row: 1, reason: 'the file is empty: the first line must be the header' }] };
  const columns = head.record.map((c) => c.trim());
  const problems: TableProblem[] = [];
  const rows: TableRow[] = [];
  for (const { record, info } of body) {
    // info.lines is the line where the record ends; quoted line breaks move its start up.
    const row = info.lines - record.reduce((n, cell) => n + (cell.split('\n').length - 1), 0);
    if (record.length !== columns.length) {
      problems.push({ row, reason: `has ${record.length} fields, the header has ${columns.length}` });
      continue;
    }
    const cells = new Map(columns.map((c, i) => [c, record[i] as string]));
    for (const [field, value] of cells) {
      const fault = textFault(value);
      if (fault) problems.push({ row, field, reason: fault });
    }
    rows.push({ row, cells });
  }
  return problems.length ? { ok: false, problems } : { ok: true, table: { format: 'csv', columns, rows } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parsed JSON body: an array of row objects, or `{ "rows": [...] }`. Numbers and booleans become text; null is an empty cell. */
export function parseJsonRows(value: unknown): TableResult {
  const list = Array.isArray(value) ? value : isPlainObject(value) && Array.isArray(value.rows) ? value.rows : null;
  if (!list) return { ok: false, problems: [{ reason: 'the body must be an array of row objects or { "rows": [...] }' }] };
  const columns: string[] = [];
  const seen = new Set<string>();
  const problems: TableProblem[] = [];
  const rows: TableRow[] = [];
  list.forEach((item: unknown, i) => {
    const row = i + 1;
    if (!isPlainObject(item)) {
      problems.push({ row, reason: 'must be an object of column names to values' });
      return;
    }
    const cells = new Map<string, string>();
    for (const [key, v] of Object.entries(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
      if (v === null || v === undefined) cells.set(key, '');
      else if (typeof v === 'string') {
        const fault = textFault(v);
        if (fault) problems.push({ row, field: key, reason: fault });
        cells.set(key, v);
      } else if (typeof v === 'number' || typeof v === 'boolean') cells.set(key, String(v));
      else problems.push({ row, field: key, reason: 'must be text, a number or null' });
    }
    rows.push({ row, cells });
  });
  return problems.length ? { ok: false, problems } : { ok: true, table: { format: 'json', columns, rows } };
}

/** JSON parsed from text (for callers that receive the raw body). */
export function parseJsonText(input: string): TableResult {
  let value: unknown;
  try {
    value = JSON.parse(input.startsWith(BOM) ? input.slice(1) : input);
  } catch (err) {
    return { ok: false, problems: [{ reason: `the file is not valid JSON: ${(err as Error).message}` }] };
  }
  return parseJsonRows(value);
}
