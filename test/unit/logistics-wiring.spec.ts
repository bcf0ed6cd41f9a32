import { describe, expect, it } from '@jest/globals';
import type { Tx } from '../../src/common/prisma/transaction.js';
import type { KitHandoverService } from '../../src/equipment/kit-handover.service.js';
import type { Clock } from '../../src/recruitment/clock.js';
import { computeFlags } from '../../src/recruitment/domain/deadline-flags.js';
import type { ReplacementEvent } from '../../src/recruitment/recruitment.hooks.js';
import type { TrainingEventService } from '../../src/training/training-event.service.js';
import type { TrainingPlanService } from '../../src/training/training-plan.service.js';
import type { TrainingSessionService } from '../../src/training/training-session.service.js';
import { wordNotes } from '../../src/recruitment/replacement-notes.js';
import { EquipmentReplacementHook, TrainingReplacementHook } from '../../src/wiring/replacement-hooks.js';
import { TrainingNoticesFromEvents } from '../../src/wiring/training-notices.lookup.js';

/** The adapters of src/wiring with fake services: notice instants and the notes' wording. */

const tx = {} as Tx;
const event: ReplacementEvent = {
  replacementId: 'r1',
  competitionId: 'c1',
  municipalityId: 'm1',
  leaverStaffId: 'leaver',
  replacementStaffId: 'new',
  cutoverDate: '2023-10-26',
  reason: 'Moved abroad',
  actor: { userId: 'u1', email: 'u@example.org' },
};
const timeline = { kkrConfirmationDue: '2023-10-03', finalListDue: '2023-10-12', publicationBy: '2023-10-13' };

describe('TrainingNoticesFromEvents', () => {
  const lookup = (rows: { noticeDate: string | null; startDate: string }[]) =>
    new TrainingNoticesFromEvents({
      kkrNotices: (from: string, to: string) => {
        expect([from, to]).toEqual(['2023-10-06', '2023-10-20']);
        return Promise.resolve(rows.map((r, i) => ({ eventId: `e${i}`, municipalityId: `m${i}`, ...r })));
      },
    } as unknown as TrainingEventService);

  it.each([
    // notice date, flagged (training on 6 Oct 2023; the letter: at least two days before)
    ['2023-10-03', false],
    ['2023-10-04', false],
    ['2023-10-05', true],
    ['2023-10-06', true],
    ['2023-10-07', true],
  ])('a notice dated %s is late: %s (the same rule as the training event warning)', async (noticeDate, late) => {
    const notices = await lookup([{ noticeDate, startDate: '2023-10-06' }]).notices({ id: 'c', from: '2023-10-06', to: '2023-10-20' });
    const flags = computeFlags(timeline, [], notices, new Date('2023-10-10T00:00:00Z'));
    expect(flags.length === 1).toBe(late);
  });

  it('flags a missing notice from the end of day start − 2 (Kosovo time) on, and reports that instant as due', async () => {
    const notices = await lookup([{ noticeDate: null, startDate: '2023-10-06' }]).notices({
      id: 'c',
      from: '2023-10-06',
      to: '2023-10-20',
    });
    expect(computeFlags(timeline, [], notices, new Date('2023-10-04T21:59:59Z'))).toEqual([]);
    expect(computeFlags(timeline, [], notices, new Date('2023-10-04T22:00:00Z'))).toEqual([
      {
        municipalityId: 'm0',
        kind: 'TRAINING_NOTICE_LATE',
        subject: 'e0',
        dueAt: new Date('2023-10-04T22:00:00Z'),
        doneAt: null,
        notice: { code: 'TRAINING_NOTICE_LATE', params: { state: 'open' } },
      },
    ]);
  });

  it('keeps the day rule across the end of summer time (training on Mon 30 Oct 2023)', async () => {
    const notices = await lookup([
      { noticeDate: '2023-10-28', startDate: '2023-10-30' },
      { noticeDate: '2023-10-29', startDate: '2023-10-30' },
    ]).notices({ id: 'c', from: '2023-10-06', to: '2023-10-20' });
    expect(computeFlags(timeline, [], notices, new Date('2023-11-01T00:00:00Z')).map((f) => f.subject)).toEqual(['e1']);
  });
});

describe('EquipmentReplacementHook', () => {
  it('notes a leaver without kit and moves nothing', async () => {
    let transferred = false;
    const hook = new EquipmentReplacementHook({
      heldSerials: () => Promise.resolve([]),
      transferKit: () => {
        transferred = true;
        return Promise.reject(new Error('not expected'));
      },
    } as unknown as KitHandoverService);
    const notes = await hook.onReplacement(tx, event);
    expect(notes).toEqual([{ source: 'equipment', code: 'KIT_NONE_HELD', params: {} }]);
    expect(wordNotes('en', notes).map((n) => n.text)).toEqual([
      'the leaver held no kit: nothing returned or issued; the replacement receives a kit at the handover of the next distribution plan version',
    ]);
    expect(transferred).toBe(false);
  });

  it('transfers in the caller’s transaction and scope, and lists serials from the store and what is lacking', async () => {
    const calls: unknown[][] = [];
    const hook = new EquipmentReplacementHook({
      heldSerials: () => Promise.resolve(['TB-1', 'BG-1']),
      transferKit: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve({
          returned: { recordId: 'x', items: [{ serial: 'BG-1' }, { serial: 'TB-1' }] },
          issued: {
            recordId: 'y',
            items: [
              { serial: 'BG-1', typeCode: 'BAG', fromLeaver: true },
              { serial: 'TB-7', typeCode: 'TABLET', fromLeaver: false },
            ],
          },
          lacking: ['POWER_BANK'],
          date: '2023-10-26',
        });
      },
    } as unknown as KitHandoverService);
    const notes = await hook.onReplacement(tx, event);
    expect(notes.map((n) => [n.source, n.code])).toEqual([['equipment', 'KIT_TRANSFERRED']]);
    expect(wordNotes('en', notes).map((n) => n.text)).toEqual([
      'kit returned by the leaver on 26 October 2023: BG-1, TB-1; issued to the replacement: BG-1, TB-7 (from store: TB-7); no item in store for: POWER_BANK',
    ]);
    expect(calls).toEqual([[tx, { kind: 'municipal', municipalityIds: ['m1'] }, 'leaver', 'new', '2023-10-26', event.actor]]);
  });
});

describe('TrainingReplacementHook', () => {
  const clock = { now: () => new Date('2023-10-25T15:00:00Z') } as Clock;
  const training = (replanned: unknown[], sessions: Map<string, unknown>) => {
    const seen: unknown[][] = [];
    const service = {
      replanAfterStaffChange: (...args: unknown[]) => {
        seen.push(args);
        return Promise.resolve(replanned);
      },
      sessionsFor: () => Promise.resolve(sessions),
    } as unknown as TrainingPlanService & TrainingSessionService;
    return { service, seen };
  };

  it('re-plans with the recruitment clock and names only the municipality’s own movers', async () => {
    const { service, seen } = training(
      [
        {
          eventId: 'ev',
          fromPlanId: 'p1',
          planId: 'p2',
          moves: [
            {
              traineeId: 's1',
              municipalityId: 'm1',
              fromClassKey: 'A',
              toClassKey: 'B',
              reason: 'MOVE_CLASS_OVER_SIZE',
              fullName: 'Arta Krasniqi',
            },
            {
              traineeId: 's2',
              municipalityId: 'm9',
              fromClassKey: 'C',
              toClassKey: 'D',
              reason: 'MOVE_CLASS_CLOSED',
              fullName: 'Other Person',
            },
          ],
        },
      ],
      new Map([['new', { planId: 'p2', classKey: 'A', venueName: 'Shkolla', roomName: 'Salla 1', shift: 'AFTERNOON' }]]),
    );
    const notes = await new TrainingReplacementHook(service, service, clock).onReplacement(tx, event);
    expect(seen).toEqual([[tx, 'm1', event.actor, new Date('2023-10-25T15:00:00Z')]]);
    expect(notes.map((n) => [n.source, n.code])).toEqual([['training', 'TRAINING_REPLANNED']]);
    const [text] = wordNotes('en', notes).map((n) => n.text);
    expect(text).toBe(
      'training plan re-planned and published (p1 → p2): the leaver removed; the replacement placed in class A (Shkolla, Salla 1, afternoon); moved: Arta Krasniqi A → B; 1 trainee of other municipalities moved',
    );
    expect(text).not.toContain('Other Person');
    expect(wordNotes('sq', notes)[0]?.text).toContain('u zhvendosën: Arta Krasniqi A → B');
  });

  it('says so when no plan ahead was re-planned', async () => {
    const { service } = training([], new Map());
    expect(await new TrainingReplacementHook(service, service, clock).onReplacement(tx, event)).toEqual([
      { source: 'training', code: 'TRAINING_NOTHING_REPLANNED', params: {} },
    ]);
  });
});
