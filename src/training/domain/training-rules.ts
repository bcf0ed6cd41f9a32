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

export interface DefaultEvent {
  readonly kind: TrainingEventKindName;
  readonly name: string;
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
    kkr: { kind: 'KKR_REGIONAL', name: 'KKR members training', startDate: c.kkrTraining, endDate: c.kkrTraining },
    supervisors: {
      kind: 'SUPERVISORS',
      name: 'Supervisors training',
      startDate: c.supervisorTrainingFrom,
      endDate: c.supervisorTrainingTo,
    },
    enumerators: {
      kind: 'ENUMERATORS',
      name: 'Enumerators training',
      startDate: c.enumeratorTrainingFrom,
      endDate: c.enumeratorTrainingTo,
    },
  } as const satisfies Record<string, DefaultEvent>;
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string): number => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

/** Warning text when the host room was (or is not yet) notified in time, else null. */
export function noticeWarning(event: DateRange, noticeDate: string | null, hostRoomSet: boolean): string | null {
  if (!hostRoomSet) return 'no host room is set for this regional KKR training';
  if (noticeDate === null)
    return `the host room has not been notified to the participating municipalities; the letter asks for at least ${KKR_NOTICE_DAYS} days before ${event.from}`;
  const daysBefore = dayNumber(event.from) - dayNumber(noticeDate);
  if (daysBefore < KKR_NOTICE_DAYS)
    return `the host room was notified on ${noticeDate}, ${daysBefore < 0 ? 'after the training' : `${daysBefore} day${daysBefore === 1 ? '' : 's'} before`}; the letter asks for at least ${KKR_NOTICE_DAYS} days before ${event.from}`;
  return null;
}

export interface KkrAttendance {
  readonly municipalityName: string;
  readonly members: number;
  readonly planned: number;
}

/** Letter point 9: at least half of each KKR attends (everyone is planned by default). */
export function kkrAttendanceWarnings(rows: readonly KkrAttendance[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.members === 0) out.push(`${r.municipalityName}: no KKR members are recorded, so none are planned`);
    else if (r.planned * 2 < r.members)
      out.push(
        `${r.municipalityName}: only ${r.planned} of ${r.members} KKR members are planned; the letter asks at least half of each KKR to attend`,
      );
  }
  return out;
}

export function checkClassSize(n: number): string | null {
  return Number.isInteger(n) && n >= MIN_CLASS_SIZE && n <= MAX_CLASS_SIZE
    ? null
    : `must be a whole number from ${MIN_CLASS_SIZE} to ${MAX_CLASS_SIZE} (letter: classes of 25–30)`;
}
