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

export function isoDay(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
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
