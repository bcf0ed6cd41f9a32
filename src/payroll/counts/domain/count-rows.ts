import { type ColumnSpec, type RowProblem, rowProblem } from '../../../common/tabular/columns.js';
import type { NoticeParam } from '../../../common/text/notice.js';
import { CSV_OR_JSON, type TabularFormat } from '../../../common/tabular/tabular-import.js';
import { EA_CODE_PATTERN } from '../../../geography/domain/ea-code.js';

/**
 * EA counts import: one row per (EA, enumerator) with what the enumerator counted in the
 * interview period (issue "Payroll", BRIEF.md letter point 4).
 *
 * | column                 | rule                                                                    |
 * |------------------------|-------------------------------------------------------------------------|
 * | ea_code                | an existing EA within the importer's scope                              |
 * | enumerator_id          | national id of an ENUMERATOR assigned to that EA in the interview period |
 * | buildings              | whole number 0–5,000                                                    |
 * | dwellings              | whole number 0–10,000                                                   |
 * | households             | whole number 0–10,000                                                   |
 * | individuals            | whole number 0–50,000, not fewer than households                        |
 * | diaspora_persons       | whole number 0–50,000                                                   |
 * | diaspora_list_complete | true/false; also 1/0, yes/no, po/jo (any case)                          |
 *
 * The maxima refuse typing errors (an extra zero, a national id pasted into a count), not
 * real EAs: an EA is a few hundred dwellings and the largest ones stay far below these.
 * Pure: no I/O; the reference checks (EA, enumerator, assignment) come from the caller.
 */
export const COUNT_COLUMNS = [
  'ea_code',
  'enumerator_id',
  'buildings',
  'dwellings',
  'households',
  'individuals',
  'diaspora_persons',
  'diaspora_list_complete',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export const COUNT_COLUMN_SPEC: ColumnSpec = { required: COUNT_COLUMNS, optional: [] };

/**
 * The counts import, declared: CSV or JSON rows with these columns. Its rows are read by a
 * streaming reader (src/common/tabular/records.ts) for national files; row rules: {@link readCountRow}.
 */
export const COUNT_IMPORT: { readonly formats: readonly TabularFormat[]; readonly columns: ColumnSpec } = {
  ...CSV_OR_JSON,
  columns: COUNT_COLUMN_SPEC,
};

export const COUNT_MAXIMA = {
  buildings: 5_000,
  dwellings: 10_000,
  households: 10_000,
  individuals: 50_000,
  diaspora_persons: 50_000,
} as const satisfies Partial<Record<CountColumn, number>>;

/** Same rule as staff national ids (staff/domain/staff-fields.ts), without zod: this runs a million times. */
export const NATIONAL_ID_PATTERN = /^[A-Za-z0-9]{5,20}$/;

export interface CountValues {
  readonly buildings: number;
  readonly dwellings: number;
  readonly households: number;
  readonly individuals: number;
  readonly diasporaPersons: number;
  readonly diasporaListComplete: boolean;
}

/** A read row: a part that is bad is null and its problems are reported. */
export interface ReadCountRow {
  readonly row: number;
  readonly eaCode: string | null;
  readonly nationalId: string | null;
  readonly counts: CountValues | null;
}

/** Positions of the columns in the file, in COUNT_COLUMNS order. */
export type ColumnIndex = readonly number[];

/** The file's columns → positions; null when a column is missing (checked before, with checkColumns). */
export function columnIndex(columns: readonly string[]): ColumnIndex | null {
  const idx = COUNT_COLUMNS.map((c) => columns.indexOf(c));
  return idx.includes(-1) ? null : idx;
}

const trim = (s: string): string => (s.length > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32) ? s.trim() : s);

/** Why a count cell is not a count, as a problem code (`problem.<code>`). */
export type CountFault = 'REQUIRED' | 'COUNT_NEGATIVE' | 'COUNT_DECIMAL' | 'COUNT_NOT_WHOLE' | 'COUNT_IMPLAUSIBLE';

/** A count cell: the number, or why not. */
export function parseCount(cell: string, max: number): number | CountFault {
  const s = trim(cell);
  const n = s.length;
  if (n === 0) return 'REQUIRED';
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) {
      if (/^-\d+$/.test(s)) return 'COUNT_NEGATIVE';
      if (/^-?\d*[.,]\d+$/.test(s)) return 'COUNT_DECIMAL';
      return 'COUNT_NOT_WHOLE';
    }
    v = v * 10 + (c - 48);
  }
  if (v > max) return 'COUNT_IMPLAUSIBLE';
  return v;
}

/** The params of a count fault: the most one EA can plausibly have, for COUNT_IMPLAUSIBLE. */
export const countParams = (fault: CountFault, max: number): Record<string, NoticeParam> =>
  fault === 'COUNT_IMPLAUSIBLE' ? { maximum: max } : {};

const TRUE = new Set(['true', '1', 'yes', 'po']);
const FALSE = new Set(['false', '0', 'no', 'jo']);
/** The flag's accepted words, as NOT_A_FLAG names them (the values are typed as they are, in any language). */
const FLAG_WORDS = { yes: 'true', no: 'false', also: '1/0, yes/no, po/jo' };

/** true/false, 1/0, yes/no, po/jo (Albanian), any case; null when it is none of them. */
export function parseFlag(cell: string): boolean | null {
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  const s = trim(cell).toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}

/**
 * One record → a row, pushing one problem per bad cell (a row with three bad cells reports
 * three). `cells` are in file order, `idx` says where each column is.
 */
export function readCountRow(cells: readonly string[], idx: ColumnIndex, row: number, problems: RowProblem[]): ReadCountRow {
  const ea = trim(cells[idx[0] as number] as string);
  let eaCode: string | null = null;
  if (ea === '') problems.push(rowProblem(row, 'REQUIRED', {}, 'ea_code'));
  else if (!EA_CODE_PATTERN.test(ea)) problems.push(rowProblem(row, 'EA_CODE_FORM', {}, 'ea_code'));
  else eaCode = ea.toUpperCase();

  const id = trim(cells[idx[1] as number] as string);
  let nationalId: string | null = null;
  if (id === '') problems.push(rowProblem(row, 'REQUIRED', {}, 'enumerator_id'));
  else if (!NATIONAL_ID_PATTERN.test(id)) problems.push(rowProblem(row, 'NATIONAL_ID_FORM', {}, 'enumerator_id'));
  else nationalId = id.toUpperCase();

  const countProblems = problems.length;
  const num = (i: number, column: keyof typeof COUNT_MAXIMA): number => {
    const v = parseCount(cells[idx[i] as number] as string, COUNT_MAXIMA[column]);
    if (typeof v === 'string') {
      problems.push(rowProblem(row, v, countParams(v, COUNT_MAXIMA[column]), column));
      return -1;
    }
    return v;
  };
  const buildings = num(2, 'buildings');
  const dwellings = num(3, 'dwellings');
  const households = num(4, 'households');
  const individuals = num(5, 'individuals');
  const diasporaPersons = num(6, 'diaspora_persons');
  const flagCell = cells[idx[7] as number] as string;
  const diasporaListComplete = parseFlag(flagCell);
  if (diasporaListComplete === null)
    problems.push(
      trim(flagCell) === ''
        ? rowProblem(row, 'REQUIRED', {}, 'diaspora_list_complete')
        : rowProblem(row, 'NOT_A_FLAG', FLAG_WORDS, 'diaspora_list_complete'),
    );
  if (households >= 0 && individuals >= 0 && individuals < households)
    problems.push(rowProblem(row, 'FEWER_THAN_HOUSEHOLDS', { households }, 'individuals'));

  const counts =
    problems.length === countProblems
      ? { buildings, dwellings, households, individuals, diasporaPersons, diasporaListComplete: diasporaListComplete as boolean }
      : null;
  return { row, eaCode, nationalId, counts };
}

/**
 * Finds rows naming the same (EA, enumerator) among a million without a million-entry Map of
 * strings (a third of the import's time on the benchmark): each key's 64-bit fingerprint
 * (two 32-bit FNV-1a hashes) goes into an open-addressing table of typed arrays. A repeated
 * fingerprint makes both lines candidates; the caller then fetches the candidates' keys and
 * `duplicateProblems` compares them exactly, so a fingerprint collision never reports a
 * duplicate that is not one.
 */
export class DuplicateFinder {
  private size = 1 << 16;
  private lines = new Int32Array(this.size);
  private fp1 = new Int32Array(this.size);
  private fp2 = new Int32Array(this.size);
  private used = 0;
  private readonly found = new Set<number>();

  add(eaCode: string, nationalId: string, row: number): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < eaCode.length; i++) {
      const c = eaCode.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 9, 0x01000193);
    h2 = Math.imul(h2 ^ 9, 0x5bd1e995);
    for (let i = 0; i < nationalId.length; i++) {
      const c = nationalId.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h2 ^= h2 >>> 15;
    const mask = this.size - 1;
    let p = (h1 ^ (h1 >>> 16)) & mask;
    for (;;) {
      const line = this.lines[p] as number;
      if (line === 0) break;
      if (this.fp1[p] === h1 && this.fp2[p] === h2) {
        this.found.add(line);
        this.found.add(row);
        return;
      }
      p = (p + 1) & mask;
    }
    // Line numbers start at 1 (JSON) or 2 (CSV): 0 marks a free slot.
    this.lines[p] = row;
    this.fp1[p] = h1;
    this.fp2[p] = h2;
    if (++this.used * 2 > this.size) this.grow();
  }

  /** Lines that may repeat another line's key; empty when no key repeats. */
  get candidates(): readonly number[] {
    return [...this.found].sort((a, b) => a - b);
  }

  private grow(): void {
    const { lines, fp1, fp2 } = this;
    this.size *= 2;
    this.lines = new Int32Array(this.size);
    this.fp1 = new Int32Array(this.size);
    this.fp2 = new Int32Array(this.size);
    const mask = this.size - 1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as number;
      if (line === 0) continue;
      const h1 = fp1[i] as number;
      let p = (h1 ^ (h1 >>> 16)) & mask;
      while (this.lines[p] !== 0) p = (p + 1) & mask;
      this.lines[p] = line;
      this.fp1[p] = h1;
      this.fp2[p] = fp2[i] as number;
    }
  }
}

/**
 * Exact duplicates among candidate rows: every copy is reported, naming the other lines, as
 * the other imports do.
 */
export function duplicateProblems(rows: readonly { row: number; eaCode: string; nationalId: string }[]): RowProblem[] {
  const byKey = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.eaCode}\t${r.nationalId}`;
    const list = byKey.get(key);
    if (list) list.push(r.row);
    else byKey.set(key, [r.row]);
  }
  const out: RowProblem[] = [];
  for (const lines of byKey.values()) {
    if (lines.length < 2) continue;
    lines.sort((a, b) => a - b);
    for (const line of lines) {
      const others = lines.filter((l) => l !== line);
      out.push(
        rowProblem(
          line,
          'DUPLICATE_KEY',
          { columns: 'ea_code, enumerator_id', count: others.length, lines: others.join(', ') },
          'enumerator_id',
        ),
      );
    }
  }
  return out.sort((a, b) => a.row - b.row);
}

/** What the database knows about a row's references (only rows with both keys readable are checked). */
export interface RowReferences {
  readonly eaFound: boolean;
  /** null: no staff member with that national id within the caller's scope */
  readonly staffKind: string | null;
  readonly assigned: boolean;
}

/** Interview window as YYYY-MM-DD, inclusive. */
export interface InterviewWindow {
  readonly from: string;
  readonly to: string;
}

export function referenceProblems(row: number, eaCode: string, ref: RowReferences, window: InterviewWindow): RowProblem[] {
  const out: RowProblem[] = [];
  if (!ref.eaFound) out.push(rowProblem(row, 'EA_NOT_IN_SCOPE', {}, 'ea_code'));
  if (ref.staffKind === null) out.push(rowProblem(row, 'STAFF_NOT_IN_SCOPE', {}, 'enumerator_id'));
  else if (ref.staffKind !== 'ENUMERATOR') out.push(rowProblem(row, 'NOT_AN_ENUMERATOR', { kind: ref.staffKind }, 'enumerator_id'));
  else if (ref.eaFound && !ref.assigned)
    out.push(rowProblem(row, 'NOT_ASSIGNED_IN_PERIOD', { ea: eaCode, from: window.from, to: window.to }, 'enumerator_id'));
  return out;
}
