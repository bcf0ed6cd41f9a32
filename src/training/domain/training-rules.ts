import { notice, type Notice } from '../../common/text/notice.js';
import type { DateRange } from './plan-rooms.js';

/**
 * Training rules of the ASK letter of 26 Sep 2023 (point 7 and 9) that are not room placement:
 * the default events, the class-size range, the KKR notice rule and the "at least half of each
 * KKR attends" rule. Pure.
 */

export type TrainingEventKindName = 'KKR_REGIONAL' | 'SUPERVISORS' | 'ENUMERATORS';

/** Letter point 7: classes of no more than 25–30; the default is the upper end. */
export const MIN_CLASS_SIZE = 25;
export const MAX_CLASS_SIZE = 30;

/** Letter point 9: the regional KKR room is notified at least two days before the training. */
export const KKR_NOTICE_DAYS = 2;

/** A training of the calendar; its name is worded from its kind wherever it is shown. */
export interface DefaultEvent {
  readonly kind: TrainingEventKindName;
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * The three trainings of a census as its calendar dates them (letter point 9: the KKR
 * training is one event per region on the same day).
 */
export function eventsOfCalendar(c: {
  readonly kkrTraining: string;
  readonly supervisorTrainingFrom: string;
  readonly supervisorTrainingTo: string;
  readonly enumeratorTrainingFrom: string;
  readonly enumeratorTrainingTo: string;
}) {
  return {
    kkr: { kind: 'KKR_REGIONAL', startDate: c.kkrTraining, endDate: c.kkrTraining },
    supervisors: {
      kind: 'SUPERVISORS',
      startDate: c.supervisorTrainingFrom,
      endDate: c.supervisorTrainingTo,
    },
    enumerators: {
      kind: 'ENUMERATORS',
      startDate: c.enumeratorTrainingFrom,
      endDate: c.enumeratorTrainingTo,
    },
  } as const satisfies Record<string, DefaultEvent>;
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string): number => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

/**
 * Why the host room notice is late, as a code, else null: no host room set (`KKR_NO_HOST_ROOM`),
 * not notified yet (`KKR_NOTICE_NOT_SENT`), or notified on `day`, `daysBefore` days before the
 * training (`when` BEFORE) or after it (`when` AFTER) (`KKR_NOTICE_LATE`); `days` is the rule's minimum.
 */
export function noticeWarning(event: DateRange, noticeDate: string | null, hostRoomSet: boolean): Notice | null {
  if (!hostRoomSet) return notice('KKR_NO_HOST_ROOM');
  if (noticeDate === null) return notice('KKR_NOTICE_NOT_SENT', { days: KKR_NOTICE_DAYS, from: event.from });
  const daysBefore = dayNumber(event.from) - dayNumber(noticeDate);
  if (daysBefore < KKR_NOTICE_DAYS)
    return notice('KKR_NOTICE_LATE', {
      day: noticeDate,
      when: daysBefore < 0 ? 'AFTER' : 'BEFORE',
      daysBefore: Math.max(daysBefore, 0),
      days: KKR_NOTICE_DAYS,
      from: event.from,
    });
  return null;
}

export interface KkrAttendance {
  /** the municipality's code, worded to its name at the edge */
  readonly municipality: string;
  readonly members: number;
  readonly planned: number;
}

/** Letter point 9: at least half of each KKR attends (everyone is planned by default). */
export function kkrAttendanceWarnings(rows: readonly KkrAttendance[]): Notice[] {
  const out: Notice[] = [];
  for (const r of rows) {
    if (r.members === 0) out.push(notice('KKR_NO_MEMBERS', { municipality: r.municipality }));
    else if (r.planned * 2 < r.members)
      out.push(notice('KKR_ATTENDANCE_LOW', { municipality: r.municipality, planned: r.planned, members: r.members }));
  }
  return out;
}

export function checkClassSize(n: number): Notice | null {
  return Number.isInteger(n) && n >= MIN_CLASS_SIZE && n <= MAX_CLASS_SIZE
    ? null
    : notice('CLASS_SIZE_RANGE', { min: MIN_CLASS_SIZE, max: MAX_CLASS_SIZE });
}
