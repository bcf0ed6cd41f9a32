/**
 * Lines of a Survey Solutions `.tab` file: tab-delimited, a header line of variable names,
 * no quoting (the export replaces tabs and line breaks inside answers). Pure.
 */

export interface TabProblem {
  readonly file: string;
  readonly line: number;
  readonly variable?: string;
  readonly reason: string;
}

/** Positions of the wanted variables in a header; missing ones are problems naming the variable. */
export function headerPositions(
  file: string,
  header: string,
  wanted: readonly string[],
): { ok: true; positions: number[]; width: number } | { ok: false; problems: TabProblem[] } {
  const cols = header
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split('\t');
  const problems: TabProblem[] = [];
  const positions = wanted.map((v) => {
    const i = cols.indexOf(v);
    if (i === -1) problems.push({ file, line: 1, variable: v, reason: `the header has no variable ${v}` });
    return i;
  });
  return problems.length ? { ok: false, problems } : { ok: true, positions, width: cols.length };
}

/** The cells of one data line, or null when the number of cells differs from the header. */
export function splitLine(line: string, width: number): string[] | null {
  const cells = (line.endsWith('\r') ? line.slice(0, -1) : line).split('\t');
  return cells.length === width ? cells : null;
}

/** A value in PostgreSQL COPY text format: NULL for an empty cell, backslash escaped. */
export function copyValue(v: string | null | undefined): string {
  if (v === undefined || v === null || v === '' || v === '##N/A##') return '\\N';
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}
