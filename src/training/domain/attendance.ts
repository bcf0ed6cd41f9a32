import { problem } from '../../common/errors/app-error.js';
import type { ColumnSpec } from '../../common/tabular/columns.js';
import type { TableProblem, TableRow } from '../../common/tabular/parse-table.js';
import { CSV_OR_JSON, type TabularFormat } from '../../common/tabular/tabular-import.js';

/** One person's attendance on one day of a training event. */
export interface AttendanceRecord {
  readonly traineeId: string;
  readonly day: string;
  readonly present: boolean;
}

export const ATTENDANCE_COLUMNS = ['person', 'day', 'present'] as const;

/**
 * The attendance import, declared: CSV or JSON rows with these columns. Its row rules need the
 * session (its days and trainees): {@link readAttendanceRows}.
 */
export const ATTENDANCE_IMPORT: { readonly formats: readonly TabularFormat[]; readonly columns: ColumnSpec } = {
  ...CSV_OR_JSON,
  columns: { required: ATTENDANCE_COLUMNS, optional: [] },
};

const YES = new Set(['1', 'true', 'yes', 'y', 'x', 'po', 'da', 'да']);
const NO = new Set(['0', 'false', 'no', 'n', 'jo', 'ne', 'не', '']);

/** Calendar days from `from` to `to` inclusive (YYYY-MM-DD). */
export function eventDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000)
    out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

/**
 * Attendance rows of a file (CSV or JSON, columns person, day, present) checked against the
 * session's trainees and days. `person` is the staff member's national id or the trainee's id
 * (KKR members have no national id on record). Every problem names its row and field; a person
 * and day listed twice is an error (which one would count?).
 */
export function readAttendanceRows(
  rows: readonly TableRow[],
  columns: readonly string[],
  ctx: { readonly days: readonly string[]; readonly traineeByKey: ReadonlyMap<string, string> },
): { records: AttendanceRecord[]; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const missing = ATTENDANCE_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return { records: [], problems: missing.map((c) => problem('COLUMN_MISSING', {}, { row: 1, field: c })) };
  const records: AttendanceRecord[] = [];
  const seen = new Map<string, number>();
  const days = new Set(ctx.days);
  for (const r of rows) {
    const person = (r.cells.get('person') ?? '').trim();
    const day = (r.cells.get('day') ?? '').trim();
    const presentText = (r.cells.get('present') ?? '').trim().toLowerCase();
    let ok = true;
    const traineeId = ctx.traineeByKey.get(person);
    if (!person) {
      problems.push(problem('REQUIRED', {}, { row: r.row, field: 'person' }));
      ok = false;
    } else if (!traineeId) {
      problems.push(problem('NOT_A_TRAINEE', { person }, { row: r.row, field: 'person' }));
      ok = false;
    }
    if (!days.has(day)) {
      problems.push(
        problem('NOT_A_TRAINING_DAY', { from: ctx.days[0] ?? '', to: ctx.days[ctx.days.length - 1] ?? '' }, { row: r.row, field: 'day' }),
      );
      ok = false;
    }
    const present = YES.has(presentText) ? true : NO.has(presentText) ? false : undefined;
    if (present === undefined) {
      problems.push(problem('NOT_YES_NO', { main: 'yes/no', also: '1/0, po/jo, da/ne' }, { row: r.row, field: 'present' }));
      ok = false;
    }
    if (!ok || !traineeId || present === undefined) continue;
    const key = `${traineeId}|${day}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problem('ATTENDANCE_REPEATED', { person, day, first }, { row: r.row, field: 'person' }));
      continue;
    }
    seen.set(key, r.row);
    records.push({ traineeId, day, present });
  }
  return { records, problems };
}

export interface KkrAttendance {
  readonly municipalityId: string;
  readonly members: number;
  /** members present on at least one day */
  readonly attended: number;
  /** the letter: at least half the members attend the regional training */
  readonly required: number;
  readonly meetsHalf: boolean;
}

/** Per municipality: did at least half of its KKR members attend? (5 members → 3 required: 5 / 2 = 2.5, rounded up.) */
export function kkrHalfAttendance(
  membersByMunicipality: ReadonlyMap<string, number>,
  attendedByMunicipality: ReadonlyMap<string, number>,
): KkrAttendance[] {
  return [...membersByMunicipality].map(([municipalityId, members]) => {
    const attended = attendedByMunicipality.get(municipalityId) ?? 0;
    const required = Math.ceil(members / 2);
    return { municipalityId, members, attended, required, meetsHalf: members > 0 && attended >= required };
  });
}
