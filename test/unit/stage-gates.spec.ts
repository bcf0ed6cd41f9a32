import { describe, expect, it } from '@jest/globals';
import {
  applicationGate,
  finalListGate,
  publicationGate,
  reopenGate,
  shortlistChanges,
  shortlistGate,
  type StageState,
} from '../../src/recruitment/domain/stage-gates.js';

// A census of spring 2030: deadline 1 Mar 2030 at the end of the day in Kosovo (CET, UTC+1).
const deadline = new Date('2030-03-01T23:00:00.000Z');
const shortlistSentAt = new Date('2030-03-03T09:00:00.000Z');
const startedAt = new Date('2030-03-04T10:00:00.000Z');
const finalisedAt = new Date('2030-03-05T12:00:00.000Z');
const publishedAt = new Date('2030-03-06T08:00:00.000Z');
const at = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000);

const none: StageState = { shortlistSentAt: null, finalListStartedAt: null, finalisedAt: null, publishedAt: null };
const sent: StageState = { ...none, shortlistSentAt };
const started: StageState = { ...sent, finalListStartedAt: startedAt };
const finalised: StageState = { ...started, finalisedAt };
const published: StageState = { ...finalised, publishedAt };

const outcome = (g: ReturnType<typeof applicationGate>) => (g.ok ? 'ok' : `${g.code} ${g.stage} ${g.date ?? '-'}`);

describe('stage gates, a second before and after each date', () => {
  it.each([
    ['application a second before the deadline', at(deadline, -1), 'ok'],
    ['application at the deadline', deadline, `APPLICATION_DEADLINE_PASSED applicationDeadline ${deadline.toISOString()}`],
    [
      'application a second after the deadline',
      at(deadline, 1),
      `APPLICATION_DEADLINE_PASSED applicationDeadline ${deadline.toISOString()}`,
    ],
  ])('%s', (_label, now, expected) => {
    expect(outcome(applicationGate(deadline, now))).toBe(expected);
  });

  it.each([
    [
      'shortlist a second before the deadline',
      none,
      at(deadline, -1),
      `SHORTLIST_BEFORE_DEADLINE applicationDeadline ${deadline.toISOString()}`,
    ],
    ['shortlist at the deadline (it has passed)', none, deadline, 'ok'],
    ['shortlist a second after the deadline', none, at(deadline, 1), 'ok'],
    ['re-send before the commission started', sent, at(startedAt, -1), 'ok'],
    ['re-send after the commission started', started, at(startedAt, 1), `SHORTLIST_LOCKED finalListStarted ${startedAt.toISOString()}`],
    ['re-send after the final list', finalised, at(finalisedAt, 1), `SHORTLIST_LOCKED finalListDone ${finalisedAt.toISOString()}`],
    ['re-send after ADMIN reopened (start cleared)', { ...started, finalListStartedAt: null }, at(startedAt, 60), 'ok'],
  ])('%s', (_label, state, now, expected) => {
    expect(outcome(shortlistGate(deadline, state, now))).toBe(expected);
  });

  it.each([
    ['final list with no shortlist', none, at(deadline, 1), 'SHORTLIST_NOT_SENT shortlistSent -'],
    [
      'final list a second before the shortlist was sent',
      sent,
      at(shortlistSentAt, -1),
      `SHORTLIST_NOT_SENT shortlistSent ${shortlistSentAt.toISOString()}`,
    ],
    ['final list a second after the shortlist was sent', sent, at(shortlistSentAt, 1), 'ok'],
    ['final list once started', started, at(startedAt, 1), 'ok'],
    ['final list twice', finalised, at(finalisedAt, 1), `RECRUITMENT_STAGE finalListDone ${finalisedAt.toISOString()}`],
  ])('%s', (_label, state, now, expected) => {
    expect(outcome(finalListGate(state, now))).toBe(expected);
  });

  it.each([
    ['publication with no shortlist', none, at(deadline, 1), 'SHORTLIST_NOT_SENT shortlistSent -'],
    ['publication after the shortlist, before the final list', sent, at(shortlistSentAt, 1), 'FINAL_LIST_NOT_DONE finalListDone -'],
    [
      'publication a second before the final list',
      finalised,
      at(finalisedAt, -1),
      `FINAL_LIST_NOT_DONE finalListDone ${finalisedAt.toISOString()}`,
    ],
    ['publication a second after the final list', finalised, at(finalisedAt, 1), 'ok'],
    ['publication twice', published, at(publishedAt, 1), `RECRUITMENT_STAGE publication ${publishedAt.toISOString()}`],
  ])('%s', (_label, state, now, expected) => {
    expect(outcome(publicationGate(state, now))).toBe(expected);
  });

  it.each([
    ['reopen a started final list', started, 'ok'],
    ['reopen when nothing was started', sent, 'RECRUITMENT_STAGE finalListStarted -'],
    ['reopen after the final list', finalised, `RECRUITMENT_STAGE finalListDone ${finalisedAt.toISOString()}`],
  ])('%s', (_label, state, expected) => {
    expect(outcome(reopenGate(state))).toBe(expected);
  });
});

describe('shortlist changes between versions', () => {
  it('names who was added, removed and moved', () => {
    const v1 = [
      { applicationId: 'a', community: 'ALBANIAN', rank: 1 },
      { applicationId: 'b', community: 'ALBANIAN', rank: 2 },
      { applicationId: 'c', community: 'ALBANIAN', rank: 3 },
    ];
    const v2 = [
      { applicationId: 'b', community: 'ALBANIAN', rank: 1 },
      { applicationId: 'a', community: 'ALBANIAN', rank: 2 },
      { applicationId: 'd', community: 'ALBANIAN', rank: 3 },
    ];
    expect(shortlistChanges(v1, v2)).toEqual({
      added: ['d'],
      removed: ['c'],
      moved: [
        { applicationId: 'b', from: 2, to: 1 },
        { applicationId: 'a', from: 1, to: 2 },
      ],
    });
    expect(shortlistChanges([], v1)).toEqual({ added: ['a', 'b', 'c'], removed: [], moved: [] });
  });
});
