import { AppError, type CodedDetail, type ErrorDetail, problem } from '../errors/app-error.js';
import { checkColumns, type ColumnSpec, type RowProblem, rowsWithProblems, sortProblems } from './columns.js';
import { fileEmpty, parseCsv, parseJsonRows, type Table, type TableResult } from './parse-table.js';

/**
 * The one tabular import pipeline. An import is a declaration ({@link TabularImport}: the
 * formats it reads, its columns, its row rules) and an apply step; this file turns a request
 * body into its typed rows with the errors every import shares:
 *
 *  - 400 IMPORT_FORMAT: the body cannot be read as the import (broken JSON, JSON that is not
 *    rows, bytes that are not text, a media type the route does not read, an empty file, a
 *    header that does not match the columns);
 *  - 422 IMPORT_INVALID: rows that break the rules, every one of them at once as
 *    {row, field, code, params} (row = CSV line with the header on 1, or the 1-based JSON
 *    index), worded as `reason` for the reader (`problem.<code>` in messages/).
 *
 * Bytes are read and decoded (encoding detection) before the handler runs, by the body reader
 * of the route's {@link ImportRoute} declaration (src/common/http/body-reader.interceptor.ts);
 * delimiter detection and row numbering are in parse-table.ts. All or nothing: the apply step
 * calls {@link refuseRows} inside its transaction, before writing, so a refused file changes
 * nothing; a dry run stops after the checks.
 */

/** The file formats a tabular import reads. */
export type TabularFormat = 'csv' | 'json';

const MEDIA_TYPES: Readonly<Record<TabularFormat, string>> = { csv: 'text/csv (UTF-8)', json: 'application/json' };

/** What a route that reads `formats` asks for when sent something else (SEND_AS, or SEND_AS_EITHER of two). */
export function sendAs(formats: readonly TabularFormat[]): CodedDetail {
  const [type, other] = formats.map((f) => MEDIA_TYPES[f]);
  return other === undefined ? problem('SEND_AS', { type: type ?? '' }) : problem('SEND_AS_EITHER', { type: type ?? '', other });
}

/** An import, declared: its formats, its columns and its row rules (cells → typed rows, pure). */
export interface TabularImport<Row> {
  readonly formats: readonly TabularFormat[];
  readonly columns: ColumnSpec;
  /** Row rules: each row's cells checked and typed; cross-row rules (duplicates) may run here too. */
  readonly rows: (table: Table) => { readonly rows: readonly Row[]; readonly problems: readonly RowProblem[] };
}

/** The route declaration of an import that reads CSV and JSON rows (`@ImportRoute(CSV_OR_JSON)`). */
export const CSV_OR_JSON: { readonly formats: readonly TabularFormat[] } = { formats: ['csv', 'json'] };

/** The route declaration of an import that reads CSV only, its columns named elsewhere (a mapping). */
export const CSV_FILE: { readonly formats: readonly TabularFormat[] } = { formats: ['csv'] };

export const importFormatError = (problems: readonly ErrorDetail[], message = 'the file cannot be read'): AppError =>
  new AppError('IMPORT_FORMAT', message, problems);

/**
 * The read body → a table. CSV arrives as decoded text, JSON as the parsed value (an array of
 * row objects or `{ "rows": [...] }`); anything else cannot be read as the import.
 */
export function readTable(body: unknown, contentType: string | undefined, formats: readonly TabularFormat[] = ['csv', 'json']): Table {
  const format = bodyFormat(body, contentType, formats);
  const parsed: TableResult = format === 'csv' ? parseCsv(body as string) : parseJsonRows(body);
  if (!parsed.ok) throw importFormatError(parsed.problems);
  return parsed.table;
}

/**
 * The content-type dispatch of every tabular import: which reader the body goes to, or 400
 * IMPORT_FORMAT (an empty file; a body the route does not read, which the body reader has
 * usually refused already).
 */
export function bodyFormat(body: unknown, contentType: string | undefined, formats: readonly TabularFormat[]): TabularFormat {
  const type = contentType ?? '';
  if (typeof body === 'string' && formats.includes('csv')) return 'csv';
  if (body !== undefined && body !== null && formats.includes('json') && /\bjson\b/i.test(type)) return 'json';
  if (/\b(csv|plain)\b/i.test(type) || (formats.includes('json') && /\bjson\b/i.test(type))) throw importFormatError([fileEmpty()]);
  throw importFormatError([sendAs(formats)]);
}

/** Columns that do not match the import make the whole file unreadable as it: 400 IMPORT_FORMAT. */
export function checkHeader(columns: ColumnSpec, table: Table): void {
  const problems = checkColumns(columns, table);
  if (problems.length) throw importFormatError(problems, 'the columns do not match the import');
}

/** Every bad row at once, in file order: 422 IMPORT_INVALID. Throw it before writing (inside the transaction). */
export function refuseRows(problems: readonly RowProblem[], listAtMost = Infinity): void {
  if (problems.length === 0) return;
  const n = rowsWithProblems(problems);
  throw new AppError('IMPORT_INVALID', `${n} ${n === 1 ? 'row has' : 'rows have'} errors`, sortProblems(problems).slice(0, listAtMost));
}

export interface ReadImport<Row> {
  readonly table: Table;
  readonly rows: readonly Row[];
  /** Row-rule problems; the apply step adds its own (references, the database) and calls refuseRows. */
  readonly problems: readonly RowProblem[];
}

/** Body → table → header → row rules, for a declared import. */
export function readImport<Row>(decl: TabularImport<Row>, body: unknown, contentType: string | undefined): ReadImport<Row> {
  const table = readTable(body, contentType, decl.formats);
  checkHeader(decl.columns, table);
  const { rows, problems } = decl.rows(table);
  return { table, rows, problems };
}

/**
 * A JSON body that carries its rows under `key` next to options (`{ storageRoomId, items: [...] }`):
 * anything else is not an import of this route (400 IMPORT_FORMAT).
 */
export function requireJsonRows(body: unknown, key: string): void {
  const list = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list) || list.some((r) => typeof r !== 'object' || r === null || Array.isArray(r)))
    throw importFormatError([problem('BODY_NOT_ROWS', { key }, { field: key })]);
}
