import type { ColumnSpec } from './columns.js';
import { CsvSyntaxError, openCsv } from './csv-scanner.js';
import { parseJsonRows } from './parse-table.js';
import { bodyFormat, checkHeader, importFormatError, type TabularFormat } from './tabular-import.js';

/**
 * The tabular pipeline for files too large to hold as a table (national counts, a million
 * rows): the same dispatch, header check and errors as readImport (tabular-import.ts), but
 * the records are visited one at a time. CSV streams through csv-scanner.ts; JSON rows are
 * presented in the declared column order, a missing key as a blank cell.
 */
export interface Records {
  readonly format: TabularFormat;
  /** CSV: the header cells in file order (trimmed); JSON: the declared columns. */
  readonly columns: readonly string[];
  /** false at the end; `cells` and `row` describe the current record */
  next(): boolean;
  /** Cells of the current record in `columns` order. Reused by next(): copy what you keep. */
  readonly cells: readonly string[];
  /** CSV: the line where the record starts (header = 1); JSON: the 1-based index. */
  readonly row: number;
}

/** `columns: null`: the caller checks the header itself (columns named by a mapping). */
export function openRecords(
  decl: { readonly formats: readonly TabularFormat[]; readonly columns: ColumnSpec | null },
  body: unknown,
  contentType: string | undefined,
): Records {
  if (bodyFormat(body, contentType, decl.formats) === 'csv') return csvRecords(decl.columns, body as string);
  if (!decl.columns) throw new Error('JSON rows are read by their declared columns');
  return jsonRecords(decl.columns, body);
}

function csvRecords(spec: ColumnSpec | null, text: string): Records {
  const opened = openCsv(text);
  if (!opened.ok) throw importFormatError(opened.problems);
  const { scanner, columns } = opened;
  if (spec) checkHeader(spec, { format: 'csv', columns, rows: [] });
  return {
    format: 'csv',
    columns,
    next: () => {
      try {
        return scanner.next();
      } catch (err) {
        if (err instanceof CsvSyntaxError) throw importFormatError([err.problem]);
        throw err;
      }
    },
    get cells() {
      return scanner.fields;
    },
    get row() {
      return scanner.line;
    },
  };
}

function jsonRecords(spec: ColumnSpec, body: unknown): Records {
  const parsed = parseJsonRows(body);
  if (!parsed.ok) throw importFormatError(parsed.problems);
  checkHeader(spec, parsed.table);
  const columns = [...spec.required, ...spec.optional];
  const rows = parsed.table.rows;
  let i = -1;
  let cells: string[] = [];
  return {
    format: 'json',
    columns,
    next: () => {
      i++;
      const r = rows[i];
      if (!r) return false;
      cells = columns.map((c) => r.cells.get(c) ?? '');
      return true;
    },
    get cells() {
      return cells;
    },
    get row() {
      return rows[i]?.row ?? 0;
    },
  };
}
