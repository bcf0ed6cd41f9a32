import { z } from 'zod';

/** A wall-clock time `HH:MM` (24 h). */
export const CLOCK_TIME = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'NOT_CLOCK_TIME');

/** Minutes since midnight of `HH:MM`. */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (e.g. +7 200 000 for CEST). */
export function zoneOffsetMs(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the clocks of `zone` show `date` `time` (e.g. 2030-10-16 09:00 in
 * Europe/Belgrade → 2030-10-16T07:00:00Z). A time skipped by a DST change resolves to the
 * instant one hour later; a repeated one to its first occurrence.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The zone's offsets a day before and after cover any change on that day.
  const candidates = [wall - zoneOffsetMs(wall - 86_400_000, zone), wall - zoneOffsetMs(wall + 86_400_000, zone)];
  const valid = candidates.filter((c) => zoneOffsetMs(c, zone) === wall - c);
  // Repeated hour: the earlier instant; skipped hour: none is valid, the offset before the change moves it past the gap.
  return new Date(valid.length ? Math.min(...valid) : (candidates[0] as number));
}
