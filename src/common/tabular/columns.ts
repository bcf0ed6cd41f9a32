import type { z } from 'zod';
import { type ErrorDetail, problem } from '../errors/app-error.js';
import { zodProblem } from '../errors/zod-problem.js';
import type { NoticeParam } from '../text/notice.js';
import type { Table, TableRow } from './parse-table.js';

/**
 * The row rules every tabular import shares: column checks, cell reading through zod field
 * rules, duplicate keys. A problem names the row (CSV line or JSON index), the column and the
 * problem as a code with parameters (`problem.<code>` in messages/), worded for the clerk in
 * their language at the edge. Pure.
 */
export type RowProblem = ErrorDetail & { readonly row: number };

/** A coded problem of line `row` (and its column `field`, where there is one). */
export function rowProblem(row: number, code: string, params: Readonly<Record<string, NoticeParam>> = {}, field?: string): RowProblem {
  return { ...problem(code, params, field === undefined ? {} : { field }), row };
}

export interface ColumnSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/**
 * Header problems. CSV: unknown, repeated and missing columns, all on line 1. JSON has no
 * header: an unknown key is reported once, on the first row that uses it; a missing key is
 * an empty cell (the row check then says "is required").
 */
export function checkColumns(spec: ColumnSpec, table: Table): RowProblem[] {
  const known = new Set([...spec.required, ...spec.optional]);
  const expected = [...spec.required, ...spec.optional].join(', ');
  const problems: RowProblem[] = [];
  if (table.format === 'csv') {
    const seen = new Set<string>();
    for (const c of table.columns) {
      if (c === '') problems.push(rowProblem(1, 'COLUMN_UNNAMED', { expected }));
      else if (!known.has(c)) problems.push(rowProblem(1, 'COLUMN_UNKNOWN', { expected }, c));
      else if (seen.has(c)) problems.push(rowProblem(1, 'COLUMN_REPEATED', {}, c));
      seen.add(c);
    }
    for (const c of spec.required) if (!seen.has(c)) problems.push(rowProblem(1, 'COLUMN_MISSING', {}, c));
    return problems;
  }
  const reported = new Set<string>();
  for (const r of table.rows) {
    for (const key of r.cells.keys()) {
      if (known.has(key) || reported.has(key)) continue;
      reported.add(key);
      problems.push(rowProblem(r.row, 'COLUMN_UNKNOWN', { expected }, key));
    }
  }
  return problems;
}

/** The cell's text, or null when the column is absent or the cell is blank. */
export function cellText(row: TableRow, column: string): string | null {
  const v = row.cells.get(column);
  return v === undefined || v.trim() === '' ? null : v;
}

/**
 * Reads cells through zod field rules, collecting one problem per bad cell so a row with
 * three bad cells reports three problems.
 */
export class RowReader {
  private readonly found: RowProblem[] = [];

  constructor(readonly row: TableRow) {}

  get problems(): readonly RowProblem[] {
    return this.found;
  }

  get ok(): boolean {
    return this.found.length === 0;
  }

  /** A problem with this row's cell `field`, as a code with parameters (`problem.<code>`). */
  problem(field: string, code: string, params: Readonly<Record<string, NoticeParam>> = {}): void {
    this.found.push(rowProblem(this.row.row, code, params, field));
  }

  /** Required cell: blank is a problem; returns undefined when the cell is bad. */
  required<S extends z.ZodType>(column: string, schema: S): z.output<S> | undefined {
    const text = cellText(this.row, column);
    if (text === null) {
      this.problem(column, 'REQUIRED');
      return undefined;
    }
    return this.parse(column, schema, text);
  }

  /** Optional cell: blank is null; returns undefined when the cell is bad. */
  optional<S extends z.ZodType>(column: string, schema: S): z.output<S> | null | undefined {
    const text = cellText(this.row, column);
    return text === null ? null : this.parse(column, schema, text);
  }

  private parse<S extends z.ZodType>(column: string, schema: S, text: string): z.output<S> | undefined {
    const r = schema.safeParse(text);
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    if (issue) this.found.push({ ...zodProblem(issue, column), row: this.row.row });
    else this.problem(column, 'INVALID');
    return undefined;
  }
}

/**
 * Rows sharing a key: every one of them is a problem naming the other lines, so the clerk
 * sees both places (`DUPLICATE_KEY` with the key's `columns` and the other `lines`). Returns
 * the problems and the set of rows involved.
 */
export function duplicateKeys<T extends { readonly row: number }>(
  rows: readonly T[],
  keyOf: (r: T) => string,
  field: string,
  columns: string,
): { problems: RowProblem[]; rows: ReadonlySet<number> } {
  const byKey = new Map<string, number[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = byKey.get(k);
    if (list) list.push(r.row);
    else byKey.set(k, [r.row]);
  }
  const problems: RowProblem[] = [];
  const involved = new Set<number>();
  for (const lines of byKey.values()) {
    if (lines.length < 2) continue;
    for (const line of lines) {
      involved.add(line);
      const others = lines.filter((l) => l !== line);
      problems.push(rowProblem(line, 'DUPLICATE_KEY', { columns, count: others.length, lines: others.join(', ') }, field));
    }
  }
  return { problems, rows: involved };
}

export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}

/** Rows with problems (each row counted once). */
export function rowsWithProblems(problems: readonly RowProblem[]): number {
  return new Set(problems.map((p) => p.row)).size;
}
