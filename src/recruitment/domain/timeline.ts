import { zoneOffsetMs } from '../../common/dates/zoned-time.js';

/**
 * The census timeline of one competition. Defaults are the dates of the ASK letter of
 * 26 Sep 2023 (BRIEF.md points 2, 6, 9); every date is configurable per competition.
 * Where the letter is silent the product chooses (marked "product default").
 */
export interface Timeline {
  readonly vacancyAnnounced: string;
  /** ISO instant; only applications in the system before it count (the server clock decides) */
  readonly applicationDeadline: string;
  /** product default: one week after the letter */
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
  /** contract dates of enumerators hired from the competition (letter point 4: mid-October to mid-December) */
  readonly engagementStart: string;
  readonly engagementEnd: string;
}

/** The time zone in which date-only deadlines end (Kosovo uses Central European time). */
export const DEADLINE_TIME_ZONE = 'Europe/Belgrade';

export const DEFAULT_TIMELINE: Timeline = {
  vacancyAnnounced: '2023-09-26',
  // product default: end of 3 Oct 2023 in Kosovo (CEST, UTC+2)
  applicationDeadline: '2023-10-03T22:00:00.000Z',
  kkrConfirmationDue: '2023-10-03',
  shortlistSentBy: '2023-10-06',
  finalListDue: '2023-10-12',
  publicationBy: '2023-10-13',
  kkrTraining: '2023-10-06',
  supervisorTrainingFrom: '2023-10-09',
  supervisorTrainingTo: '2023-10-13',
  enumeratorTrainingFrom: '2023-10-16',
  enumeratorTrainingTo: '2023-10-20',
  listingFrom: '2023-10-23',
  listingTo: '2023-10-27',
  fieldworkFrom: '2023-11-01',
  fieldworkTo: '2023-12-15',
  engagementStart: '2023-10-15',
  engagementEnd: '2023-12-15',
};

export const DATE_FIELDS = [
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
] as const satisfies readonly (keyof Timeline)[];

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

export function timelineProblems(t: Timeline): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  for (const [a, b] of ORDER) if (t[b] < t[a]) problems.push({ field: b, reason: `must not be before ${a} (${t[a]})` });
  if (t.applicationDeadline.slice(0, 10) < t.vacancyAnnounced)
    problems.push({ field: 'applicationDeadline', reason: `must not be before vacancyAnnounced (${t.vacancyAnnounced})` });
  if (t.applicationDeadline.slice(0, 10) > t.shortlistSentBy)
    problems.push({ field: 'applicationDeadline', reason: `must not be after shortlistSentBy (${t.shortlistSentBy})` });
  return problems;
}

/**
 * A date-only deadline ("by 12 Oct") ends at midnight after that day in Kosovo: the first
 * instant at which it has passed. 2023-10-12 → 2023-10-12T22:00:00Z (CEST, UTC+2).
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
