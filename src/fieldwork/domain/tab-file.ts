import { type CodedDetail, type ErrorDetail, problem } from '../../common/errors/app-error.js';
import type { NoticeParam } from '../../common/text/notice.js';

/**
 * Lines of a Survey Solutions `.tab` file: tab-delimited, a header line of variable names,
 * no quoting (the export replaces tabs and line breaks inside answers). Pure.
 */

/** A problem of an export file at a line (0: the whole file), as a problem code with params. */
export interface TabProblem {
  readonly file: string;
  readonly line: number;
  readonly variable?: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, NoticeParam>>;
}

/**
 * A file's problem as an answer's detail: the line and variable as row and field, and the
 * problem worded inside one that names the file and where (IN_FILE, IN_FILE_LINE,
 * IN_FILE_CELL with `problem` its code; `fileName` e.g. `census_hh.tab`).
 */
export function fileDetail(fileName: string, p: TabProblem): CodedDetail {
  const at = { ...(p.line >= 1 ? { row: p.line } : {}), ...(p.variable ? { field: p.variable } : {}) };
  const code = p.line < 1 ? 'IN_FILE' : p.variable ? 'IN_FILE_CELL' : 'IN_FILE_LINE';
  const where = { file: fileName, ...(p.line >= 1 ? { line: p.line } : {}), ...(p.variable ? { variable: p.variable } : {}) };
  return problem(code, { ...p.params, ...where, problem: p.code }, at);
}

/** Where logins are linked to enumerators (named by LOGIN_NOT_LINKED). */
export const LOGINS_ROUTE = 'PUT /fieldwork/logins';

/**
 * A reference problem of an (EA, login) pair (referenceProblems: the EA or the enumerator) at
 * its line: PAIR_EA / PAIR_ENUMERATOR naming the EA, the login and the enumerator, with the
 * reference's own problem as its `cause`.
 */
export function pairProblem(
  file: string,
  line: number,
  variable: string,
  rp: ErrorDetail,
  pair: { readonly ea: string; readonly login: string; readonly nationalId: string },
): TabProblem {
  return {
    file,
    line,
    variable,
    code: rp.field === 'ea_code' ? 'PAIR_EA' : 'PAIR_ENUMERATOR',
    params: { ...rp.params, ...pair, cause: rp.code },
  };
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
    if (i === -1) problems.push({ file, line: 1, variable: v, code: 'HEADER_NO_VARIABLE', params: { variable: v } });
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
