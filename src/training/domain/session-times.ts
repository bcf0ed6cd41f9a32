import { z } from 'zod';
import { CLOCK_TIME, minutesOf } from '../../common/dates/zoned-time.js';

const slot = z
  .object({ start: CLOCK_TIME, end: CLOCK_TIME })
  .refine((s) => minutesOf(s.start) < minutesOf(s.end), { message: 'END_NOT_AFTER_START', path: ['end'] });

/**
 * Clock times of an event's shifts in the census time zone. The morning shift ends before the
 * afternoon one starts: both use the same rooms.
 */
export const SHIFT_TIMES = z
  .object({ MORNING: slot, AFTERNOON: slot })
  .refine((t) => minutesOf(t.MORNING.end) <= minutesOf(t.AFTERNOON.start), {
    message: 'SHIFTS_OVERLAP',
    path: ['AFTERNOON', 'start'],
  });
export type ShiftTimes = z.output<typeof SHIFT_TIMES>;

export const DEFAULT_SHIFT_TIMES: ShiftTimes = { MORNING: { start: '09:00', end: '13:00' }, AFTERNOON: { start: '14:00', end: '18:00' } };

/** Start and end of a class's shift; a class without a shift (one shift in use) takes the morning times. */
export function shiftTimesOf(stored: unknown, shift: 'MORNING' | 'AFTERNOON' | null): { start: string; end: string } {
  const parsed = SHIFT_TIMES.safeParse(stored);
  const times = parsed.success ? parsed.data : DEFAULT_SHIFT_TIMES;
  return times[shift ?? 'MORNING'];
}

/** Where and when one person is trained, as an invitation states it (stored with the message). */
export interface SessionSnapshot {
  readonly eventId: string;
  readonly eventKind: 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';
  readonly classKey: string;
  readonly roomId: string;
  readonly venueName: string;
  readonly address: string;
  readonly roomName: string;
  readonly floor: string | null;
  readonly directions: string | null;
  readonly startDate: string;
  readonly endDate: string;
  /** wall-clock `HH:MM` in `timeZone` */
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: string;
}
