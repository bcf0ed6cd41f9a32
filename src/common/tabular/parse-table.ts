import { CsvError, parse } from 'csv-parse/sync';
import { type CodedDetail, problem } from '../errors/app-error.js';
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

/** A problem of the file as a whole or of a row, as a code (`problem.<code>`) with parameters. */
export type TableProblem = CodedDetail;

/** The file has no header line. */
export const fileEmpty = (): TableProblem => problem('FILE_EMPTY', {}, { row: 1 });

/** csv-parse's error codes as ours (the same faults csv-scanner.ts reports); any other is CSV_INVALID. */
const CSV_FAULTS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'CSV_QUOTE_NOT_CLOSED',
  CSV_INVALID_CLOSING_QUOTE: 'CSV_TEXT_AFTER_QUOTE',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'CSV_TEXT_AFTER_QUOTE',
  INVALID_OPENING_QUOTE: 'CSV_QUOTE_IN_FIELD',
  CSV_INVALID_OPENING_QUOTE: 'CSV_QUOTE_IN_FIELD',
};
const csvFault = (code: string | undefined): string => (code === undefined ? undefined : CSV_FAULTS[code]) ?? 'CSV_INVALID';

export type TableResult = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly problems: readonly TableProblem[] };

const BOM = '\uFEFF';

export function parseCsv(input: string): TableResult {
  // csv-parse counts a CR LF inside a quoted field as two lines, so line numbers drift on
  // Windows files; with one line terminator the count is exact. A value's own line breaks
  // become LF, which no importable field accepts anyway.
  const text = (input.startsWith(BOM) ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problems: [fileEmpty()] };
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
        problems: [problem(csvFault(err.code), {}, typeof line === 'number' ? { row: line } : {})],
      };
    }
    throw err;
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, problems: [fileEmpty()] };
  const columns = head.record.map((c) => c.trim());
  const problems: TableProblem[] = [];
  const rows: TableRow[] = [];
  for (const { record, info } of body) {
    // info.lines is the line where the record ends; quoted line breaks move its start up.
    const row = info.lines - record.reduce((n, cell) => n + (cell.split('\n').length - 1), 0);
    if (record.length !== columns.length) {
      problems.push(problem('FIELD_COUNT', { fields: record.length, columns: columns.length }, { row }));
      continue;
    }
    const cells = new Map(columns.map((c, i) => [c, record[i] as string]));
    for (const [field, value] of cells) {
      const fault = textFault(value);
      if (fault) problems.push(problem(fault, {}, { row, field }));
    }
    rows.push({ row, cells });
  }
  return problems.length ? { ok: false, problems } : { ok: true, table: { format: 'csv', columns, rows } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parsed JSON body: an array of row objects, or `{ "rows": [...] }`. Numbers and booleans become text; null is an empty cell. */
export function parseJsonRows(value: unknown): TableResult {
  const list = Array.isArray(value) ? value : isPlainObject(value) && Array.isArray(value.rows) ? value.rows : null;
  if (!list) return { ok: false, problems: [problem('JSON_NOT_ROWS', { example: '{ "rows": [...] }' })] };
  const columns: string[] = [];
  const seen = new Set<string>();
  const problems: TableProblem[] = [];
  const rows: TableRow[] = [];
  list.forEach((item: unknown, i) => {
    const row = i + 1;
    if (!isPlainObject(item)) {
      problems.push(problem('ROW_NOT_OBJECT', {}, { row }));
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
        if (fault) problems.push(problem(fault, {}, { row, field: key }));
        cells.set(key, v);
      } else if (typeof v === 'number' || typeof v === 'boolean') cells.set(key, String(v));
      else problems.push(problem('CELL_NOT_TEXT', {}, { row, field: key }));
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
  } catch {
    return { ok: false, problems: [problem('JSON_INVALID')] };
  }
  return parseJsonRows(value);
}
