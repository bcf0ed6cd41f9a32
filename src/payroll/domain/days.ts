/**
 * Calendar days as integers (days since 1970-01-01, UTC), so periods compare and count
 * without time zones. Windows are inclusive on both ends.
 */
export type Day = number;

export interface Window {
  readonly from: Day;
  readonly to: Day;
}

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`not a date YYYY-MM-DD: ${iso}`);
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const d = ms / MS_PER_DAY;
  if (isoDay(d) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}

export function dayOf(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Day → "YYYY-MM-DD" with integer arithmetic (H. Hinnant's civil_from_days) instead of a Date
 * per call: pay runs format a few dates for each of a million people, and the Date round
 * trip dominated the whole computation. Years outside 0–9999 keep the Date form.
 */
export function isoDay(d: Day): string {
  const z = d + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dd = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

export function daysIn(w: Window): number {
  return w.to - w.from + 1;
}

/** Days of `w` covered by the engagement [start, end]; 0 when they do not meet. */
export function overlapDays(w: Window, start: Day, end: Day): number {
  const from = Math.max(w.from, start);
  const to = Math.min(w.to, end);
  return to < from ? 0 : to - from + 1;
}
