import { z } from 'zod';
import { type CodedDetail, problem } from '../../common/errors/app-error.js';
import { DATE_ONLY } from '../../common/dates/date-only.js';
import { wallTimeToInstant, zoneOffsetMs } from '../../common/dates/zoned-time.js';

/**
 * The calendar of one census: every dated stage, as data (versioned, never compiled in).
 * Dates are calendar days `YYYY-MM-DD` in the census's time zone; the application deadline is
 * an instant (only applications in the system before it count).
 */
/** The stages a competition's timeline copies from its census (the same names on both). */
export const COMPETITION_STAGES = [
  'vacancyAnnounced',
  'kkrConfirmationDue',
  'shortlistSentBy',
  'finalListDue',
  'publicationBy',
  'kkrTraining',
  'supervisorTrainingFrom',
  'supervisorTrainingTo',
  'enumeratorTrainingFrom',
  'enumeratorTrainingTo',
  'listingFrom',
  'listingTo',
  'fieldworkFrom',
  'fieldworkTo',
  'engagementStart',
  'engagementEnd',
] as const;

export const DAY_STAGES = [...COMPETITION_STAGES, 'prepFrom', 'prepTo', 'interviewFrom', 'interviewTo'] as const;
export type DayStage = (typeof DAY_STAGES)[number];

export interface PayMonth {
  readonly from: string;
  readonly to: string;
}

export type CensusCalendar = { readonly [K in DayStage]: string } & {
  /** ISO instant */
  readonly applicationDeadline: string;
  /** supervisors' pay months, inclusive, in order */
  readonly payMonths: readonly PayMonth[];
};

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

const payMonths = z
  .array(z.strictObject({ from: DATE_ONLY, to: DATE_ONLY }))
  .min(1)
  .max(24);

/** The whole calendar (create); every stage is required. */
export const calendarSchema = z.strictObject({
  applicationDeadline: instant,
  payMonths,
  ...(Object.fromEntries(DAY_STAGES.map((f) => [f, DATE_ONLY])) as { [K in DayStage]: typeof DATE_ONLY }),
});

/** Some stages (a change): the rest are taken from the current version. */
export const calendarChangeSchema = calendarSchema.partial();

export type CalendarProblem = CodedDetail;

/** Pairs that must be in order (first ≤ second); each problem is reported on the second field. */
const ORDER: readonly (readonly [DayStage, DayStage])[] = [
  ['vacancyAnnounced', 'kkrConfirmationDue'],
  ['vacancyAnnounced', 'shortlistSentBy'],
  ['shortlistSentBy', 'finalListDue'],
  ['finalListDue', 'publicationBy'],
  ['supervisorTrainingFrom', 'supervisorTrainingTo'],
  ['enumeratorTrainingFrom', 'enumeratorTrainingTo'],
  ['listingFrom', 'listingTo'],
  ['fieldworkFrom', 'fieldworkTo'],
  ['engagementStart', 'engagementEnd'],
  ['prepFrom', 'prepTo'],
  ['interviewFrom', 'interviewTo'],
  ['enumeratorTrainingTo', 'fieldworkFrom'],
  ['listingTo', 'fieldworkFrom'],
];

/** Every ordering problem of a calendar (empty when it is in order). */
export function calendarProblems(c: CensusCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  for (const [a, b] of ORDER) if (c[b] < c[a]) problems.push(problem('DATE_BEFORE_OTHER', { other: a, otherDay: c[a] }, { field: b }));
  const deadlineDay = c.applicationDeadline.slice(0, 10);
  if (deadlineDay < c.vacancyAnnounced)
    problems.push(
      problem('DATE_BEFORE_OTHER', { other: 'vacancyAnnounced', otherDay: c.vacancyAnnounced }, { field: 'applicationDeadline' }),
    );
  if (deadlineDay > c.shortlistSentBy)
    problems.push(problem('DATE_AFTER_OTHER', { other: 'shortlistSentBy', otherDay: c.shortlistSentBy }, { field: 'applicationDeadline' }));
  c.payMonths.forEach((m, i) => {
    if (m.to < m.from) problems.push(problem('DATE_BEFORE_OTHER', { other: 'from', otherDay: m.from }, { field: `payMonths.${i}.to` }));
    const prev = c.payMonths[i - 1];
    if (prev && m.from <= prev.to) problems.push(problem('PAY_MONTH_OVERLAP', { previousDay: prev.to }, { field: `payMonths.${i}.from` }));
  });
  return problems;
}

/** `YYYY-MM-DD` moved by whole days (calendar arithmetic in UTC, so no zone can shift a day). */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * An instant moved by whole days keeping its wall-clock time in `zone` (the end of a day in
 * summer time stays the end of a day in winter time).
 */
export function shiftInstant(iso: string, days: number, zone: string): string {
  const ms = Date.parse(iso);
  const wall = new Date(ms + zoneOffsetMs(ms, zone)).toISOString();
  const seconds = Number(wall.slice(17, 19)) * 1000 + Number(wall.slice(20, 23));
  return new Date(wallTimeToInstant(shiftDay(wall.slice(0, 10), days), wall.slice(11, 16), zone).getTime() + seconds).toISOString();
}

/**
 * The same calendar `days` later (earlier when negative); the deadline keeps its wall-clock
 * time in the census's zone.
 */
export function shiftCalendar(c: CensusCalendar, days: number, zone: string): CensusCalendar {
  const out: Record<string, unknown> = {
    applicationDeadline: shiftInstant(c.applicationDeadline, days, zone),
    payMonths: c.payMonths.map((m) => ({ from: shiftDay(m.from, days), to: shiftDay(m.to, days) })),
  };
  for (const f of DAY_STAGES) out[f] = shiftDay(c[f], days);
  return out as CensusCalendar;
}

/** Which stages differ between two versions (for the audit trail and the version list). */
export function changedStages(before: CensusCalendar, after: CensusCalendar): string[] {
  const changed: string[] = DAY_STAGES.filter((f) => before[f] !== after[f]);
  if (before.applicationDeadline !== after.applicationDeadline) changed.push('applicationDeadline');
  if (JSON.stringify(before.payMonths) !== JSON.stringify(after.payMonths)) changed.push('payMonths');
  return changed.sort();
}
