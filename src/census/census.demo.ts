import type { PrismaClient } from '../generated/prisma/client.js';
import type { CensusCalendar } from './domain/calendar.js';

/**
 * The calendar of the ASK letter of 26 Sep 2023 (BRIEF.md points 2, 4, 6, 9): seed data of
 * the demo census `xk-2023` and of tests, never a default of the code. Where the letter is
 * silent the demo chooses: the application deadline is the end of 3 Oct in Kosovo, the KKR
 * confirmation is due the same day.
 */
export const LETTER_2023_CALENDAR: CensusCalendar = {
  vacancyAnnounced: '2023-09-26',
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
  payMonths: [
    { from: '2023-10-15', to: '2023-11-14' },
    { from: '2023-11-15', to: '2023-12-15' },
  ],
  prepFrom: '2023-10-16',
  prepTo: '2023-10-30',
  interviewFrom: '2023-11-01',
  interviewTo: '2023-12-15',
};

export const DEMO_CENSUS = {
  code: 'xk-2023',
  name: 'Kosovo population and housing census 2023 (demo)',
  country: 'XK',
  languages: ['sq', 'sr-Cyrl', 'sr-Latn', 'en'],
  timeZone: 'Europe/Belgrade',
  referenceDate: '2023-11-01',
} as const;

/** The demo census with the letter's calendar as version 1. Idempotent: keyed by code. */
export async function seedDemoCensus(prisma: PrismaClient): Promise<{ id: string; settings: unknown; referenceDate: Date }> {
  const { referenceDate, languages, ...rest } = DEMO_CENSUS;
  const census = await prisma.census.upsert({
    where: { code: DEMO_CENSUS.code },
    create: { ...rest, languages: [...languages], referenceDate: new Date(`${referenceDate}T00:00:00.000Z`) },
    update: {},
    select: { id: true, settings: true, referenceDate: true },
  });
  if ((await prisma.censusCalendar.count({ where: { censusId: census.id } })) === 0)
    await prisma.censusCalendar.create({
      data: {
        censusId: census.id,
        version: 1,
        stages: { ...LETTER_2023_CALENDAR, payMonths: LETTER_2023_CALENDAR.payMonths.map((m) => ({ ...m })) },
        reason: 'the letter of 26 Sep 2023 (demo)',
      },
    });
  return census;
}
