import { describe, expect, it } from '@jest/globals';
import { type CommissionState, computeFlags } from '../../src/recruitment/domain/deadline-flags.js';
import { LETTER_2023_CALENDAR } from '../../src/census/census.demo.js';
import { applicationsOpen, deadlinePassesAt, timelineOfCalendar, timelineProblems } from '../../src/recruitment/domain/timeline.js';

const DEFAULT_TIMELINE = timelineOfCalendar(LETTER_2023_CALENDAR);

const second = 1000;

describe('timeline', () => {
  it('takes the letter’s calendar (demo seed) as a competition timeline, in order', () => {
    expect(DEFAULT_TIMELINE).toMatchObject({
      vacancyAnnounced: '2023-09-26',
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
    });
    expect(timelineProblems(DEFAULT_TIMELINE)).toEqual([]);
  });

  it('names dates out of order', () => {
    expect(timelineProblems({ ...DEFAULT_TIMELINE, publicationBy: '2023-10-11', listingTo: '2023-10-22' })).toEqual([
      { field: 'publicationBy', code: 'DATE_BEFORE_OTHER', params: { other: 'finalListDue', otherDay: '2023-10-12' } },
      { field: 'listingTo', code: 'DATE_BEFORE_OTHER', params: { other: 'listingFrom', otherDay: '2023-10-23' } },
    ]);
  });

  it('ends a date-only deadline at midnight in Kosovo (CEST in October, CET in December)', () => {
    expect(deadlinePassesAt('2023-10-12').toISOString()).toBe('2023-10-12T22:00:00.000Z');
    expect(deadlinePassesAt('2023-12-15').toISOString()).toBe('2023-12-15T23:00:00.000Z');
    // DST ends in the night of 28 to 29 Oct 2023: midnight after 28 Oct is still CEST.
    expect(deadlinePassesAt('2023-10-28').toISOString()).toBe('2023-10-28T22:00:00.000Z');
    expect(deadlinePassesAt('2023-10-29').toISOString()).toBe('2023-10-29T23:00:00.000Z');
  });

  it('accepts an application one second before the deadline and refuses it at and after', () => {
    const deadline = new Date('2023-10-03T22:00:00.000Z');
    expect(applicationsOpen(deadline, new Date(deadline.getTime() - second))).toBe(true);
    expect(applicationsOpen(deadline, deadline)).toBe(false);
    expect(applicationsOpen(deadline, new Date(deadline.getTime() + second))).toBe(false);
  });
});

describe('computeFlags', () => {
  const timeline = { kkrConfirmationDue: '2023-10-03', finalListDue: '2023-10-12', publicationBy: '2023-10-13' };
  const finalDue = new Date('2023-10-12T22:00:00.000Z');
  const state = (o: Partial<CommissionState> = {}): CommissionState => ({
    municipalityId: 'm1',
    kkrConfirmedAt: new Date('2023-10-01T10:00:00Z'),
    hasTargets: true,
    finalisedAt: null,
    publishedAt: null,
    ...o,
  });
  const kinds = (now: Date, s: CommissionState[], trainings: Parameters<typeof computeFlags>[2] = []) =>
    computeFlags(timeline, s, trainings, now).map((f) => `${f.municipalityId}:${f.kind}${f.doneAt ? ':late' : ''}`);

  it('flags a list not finalised from the first second after the deadline, not a second before', () => {
    expect(kinds(new Date(finalDue.getTime() - second), [state()])).toEqual([]);
    expect(kinds(finalDue, [state()])).toEqual(['m1:FINAL_LIST_LATE']);
    expect(kinds(new Date(finalDue.getTime() + second), [state()])).toEqual(['m1:FINAL_LIST_LATE']);
  });

  it('keeps a flag for work done late and none for work done on time', () => {
    const now = new Date('2023-11-01T00:00:00Z');
    expect(
      kinds(now, [
        state({ finalisedAt: new Date(finalDue.getTime() - second), publishedAt: new Date('2023-10-13T21:59:59Z') }),
        state({ municipalityId: 'm2', finalisedAt: finalDue, publishedAt: new Date('2023-10-13T22:00:00Z') }),
      ]),
    ).toEqual(['m2:FINAL_LIST_LATE:late', 'm2:PUBLICATION_LATE:late']);
  });

  it('flags unconfirmed KKR lists everywhere, final lists only where there are targets', () => {
    const now = new Date('2023-10-20T00:00:00Z');
    expect(kinds(now, [state({ kkrConfirmedAt: null, hasTargets: false })])).toEqual(['m1:KKR_NOT_CONFIRMED']);
  });

  it('says what is late as a code with the due day and whether the step is done, no sentence', () => {
    const now = new Date('2023-11-01T00:00:00Z');
    const flags = computeFlags(timeline, [state({ kkrConfirmedAt: null, finalisedAt: finalDue })], [], now);
    expect(flags.map((f) => f.notice)).toEqual([
      { code: 'KKR_NOT_CONFIRMED', params: { due: timeline.kkrConfirmationDue, state: 'open' } },
      { code: 'FINAL_LIST_LATE', params: { due: timeline.finalListDue, state: 'done' } },
      { code: 'PUBLICATION_LATE', params: { due: timeline.publicationBy, state: 'open' } },
    ]);
  });

  it('flags trainings whose room notice came later than two days before, or not at all', () => {
    const startsAt = new Date('2023-10-16T07:00:00Z');
    const now = new Date('2023-10-15T00:00:00Z');
    const flags = computeFlags(
      timeline,
      [],
      [
        { municipalityId: 'm1', trainingRef: 'on-time', startsAt, roomNoticeAt: new Date('2023-10-14T06:59:59Z') },
        { municipalityId: 'm1', trainingRef: 'late', startsAt, roomNoticeAt: new Date('2023-10-14T07:00:00Z') },
        { municipalityId: 'm2', trainingRef: 'missing', startsAt, roomNoticeAt: null },
      ],
      now,
    );
    expect(flags.map((f) => [f.municipalityId, f.kind, f.subject, f.notice])).toEqual([
      ['m1', 'TRAINING_NOTICE_LATE', 'late', { code: 'TRAINING_NOTICE_LATE', params: { state: 'done' } }],
      ['m2', 'TRAINING_NOTICE_LATE', 'missing', { code: 'TRAINING_NOTICE_LATE', params: { state: 'open' } }],
    ]);
  });
});
