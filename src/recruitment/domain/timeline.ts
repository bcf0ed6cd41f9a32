import { type CodedDetail, problem } from '../../common/errors/app-error.js';
import { zoneOffsetMs } from '../../common/dates/zoned-time.js';
import { COMPETITION_STAGES, type CensusCalendar } from '../../census/domain/calendar.js';

/**
 * The timeline of one competition: copied from its census's calendar when the competition is
 * created (src/census/domain/calendar.ts); a date given at creation or changed later overrides
 * the calendar for this competition only.
 */
export interface Timeline {
  readonly vacancyAnnounced: string;
  /** ISO instant; only applications in the system before it count (the server clock decides) */
  readonly applicationDeadline: string;
  readonly kkrConfirmationDue: string;
  readonly shortlistSentBy: string;
  readonly finalListDue: string;
  readonly publicationBy: string;
  readonly kkrTraining: string;
  readonly supervisorTrainingFrom: string;
  readonly supervisorTrainingTo: string;
  readonly enumeratorTrainingFrom: string;
  readonly enumeratorTrainingTo: string;
  readonly listingFrom: string;
  readonly listingTo: string;
  readonly fieldworkFrom: string;
  readonly fieldworkTo: string;
  /** contract dates of enumerators hired from the competition  */
  readonly engagementStart: string;
  readonly engagementEnd: string;
}

/**
 * The zone of competitions from before censuses were records (Kosovo, Central European
 * time); a competition of a census uses its census's time zone.
 */
export const DEADLINE_TIME_ZONE = 'Europe/Belgrade';

/** A competition's day-dated fields: the census calendar's competition stages. */
export const DATE_FIELDS = COMPETITION_STAGES satisfies readonly (keyof Timeline)[];

/** Pairs that must be in order (first ≤ second), each problem reported on the second field. */
const ORDER: readonly (readonly [keyof Timeline, keyof Timeline])[] = [
  ['vacancyAnnounced', 'shortlistSentBy'],
  ['shortlistSentBy', 'finalListDue'],
  ['finalListDue', 'publicationBy'],
  ['supervisorTrainingFrom', 'supervisorTrainingTo'],
  ['enumeratorTrainingFrom', 'enumeratorTrainingTo'],
  ['listingFrom', 'listingTo'],
  ['fieldworkFrom', 'fieldworkTo'],
  ['engagementStart', 'engagementEnd'],
];

export function timelineProblems(t: Timeline): CodedDetail[] {
  const problems: CodedDetail[] = [];
  for (const [a, b] of ORDER) if (t[b] < t[a]) problems.push(problem('DATE_BEFORE_OTHER', { other: a, otherDay: t[a] }, { field: b }));
  if (t.applicationDeadline.slice(0, 10) < t.vacancyAnnounced)
    problems.push(
      problem('DATE_BEFORE_OTHER', { other: 'vacancyAnnounced', otherDay: t.vacancyAnnounced }, { field: 'applicationDeadline' }),
    );
  if (t.applicationDeadline.slice(0, 10) > t.shortlistSentBy)
    problems.push(problem('DATE_AFTER_OTHER', { other: 'shortlistSentBy', otherDay: t.shortlistSentBy }, { field: 'applicationDeadline' }));
  return problems;
}

/**
 * A date-only deadline ("by 12 Oct") ends at midnight after that day in Kosovo: the first
 * instant at which it has passed: 12 Oct in Europe/Belgrade (CEST, UTC+2) → 12 Oct 22:00Z.
 */
export function deadlinePassesAt(date: string, zone: string = DEADLINE_TIME_ZONE): Date {
  const nextMidnightUtc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  // The offset at the guessed instant; correct once more in case the guess crossed a DST change.
  let at = nextMidnightUtc - zoneOffsetMs(nextMidnightUtc, zone);
  at = nextMidnightUtc - zoneOffsetMs(at, zone);
  return new Date(at);
}

/** Applications count only when they reach the system strictly before the deadline instant. */
export function applicationsOpen(deadline: Date, now: Date): boolean {
  return now.getTime() < deadline.getTime();
}

/** A competition's timeline as its census's calendar gives it. */
export function timelineOfCalendar(c: CensusCalendar): Timeline {
  const t: Record<string, string> = { applicationDeadline: c.applicationDeadline };
  for (const f of DATE_FIELDS) t[f] = c[f];
  return t as unknown as Timeline;
}
