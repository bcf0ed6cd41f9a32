import { notice, type Notice } from '../../common/text/notice.js';
import { DEADLINE_TIME_ZONE, deadlinePassesAt, type Timeline } from './timeline.js';

/**
 * Deadline checks (issue 3, "Deadlines and reminders"): which commissions have not confirmed
 * their members, not finalised or not published their final list on time, and which trainings
 * had their room notice later than two days before (letter point 9). A flag stays once raised
 * and records when the step was finally done (`doneAt`), so late work remains visible.
 */
export type FlagKind = 'KKR_NOT_CONFIRMED' | 'FINAL_LIST_LATE' | 'PUBLICATION_LATE' | 'TRAINING_NOTICE_LATE';

export interface CommissionState {
  readonly municipalityId: string;
  /** first confirmation of the KKR member list, if any */
  readonly kkrConfirmedAt: Date | null;
  /** the municipality has enumerator targets in this competition (finalise/publish apply) */
  readonly hasTargets: boolean;
  readonly finalisedAt: Date | null;
  readonly publishedAt: Date | null;
}

export interface TrainingNotice {
  readonly municipalityId: string;
  /** stable reference of the training session (from the training module) */
  readonly trainingRef: string;
  readonly startsAt: Date;
  /** when participants were told the room; null = not yet */
  readonly roomNoticeAt: Date | null;
}

export interface Flag {
  readonly municipalityId: string;
  readonly kind: FlagKind;
  /** '' for commission flags; the training reference for training flags */
  readonly subject: string;
  readonly dueAt: Date;
  readonly doneAt: Date | null;
  /**
   * What the flag says, as a code (`flag.<kind>` in messages/): the kind, the due day of a
   * commission step (`due`, YYYY-MM-DD) and whether the step was done late or not at all
   * (`state`: done | open).
   */
  readonly notice: Notice;
}

const TWO_DAYS_MS = 2 * 86_400_000;

function late(dueAt: Date, doneAt: Date | null, now: Date): boolean {
  if (doneAt !== null) return doneAt.getTime() >= dueAt.getTime();
  return now.getTime() >= dueAt.getTime();
}

export function computeFlags(
  timeline: Pick<Timeline, 'kkrConfirmationDue' | 'finalListDue' | 'publicationBy'>,
  states: readonly CommissionState[],
  trainings: readonly TrainingNotice[],
  now: Date,
  /** the census's time zone: a date-only deadline ends at midnight there */
  zone: string = DEADLINE_TIME_ZONE,
): Flag[] {
  const flags: Flag[] = [];
  const confirmDue = deadlinePassesAt(timeline.kkrConfirmationDue, zone);
  const finalDue = deadlinePassesAt(timeline.finalListDue, zone);
  const publishDue = deadlinePassesAt(timeline.publicationBy, zone);
  const add = (s: CommissionState, kind: FlagKind, dueAt: Date, doneAt: Date | null, by: string) => {
    if (!late(dueAt, doneAt, now)) return;
    flags.push({
      municipalityId: s.municipalityId,
      kind,
      subject: '',
      dueAt,
      doneAt,
      notice: notice(kind, { due: by, state: doneAt === null ? 'open' : 'done' }),
    });
  };
  for (const s of states) {
    add(s, 'KKR_NOT_CONFIRMED', confirmDue, s.kkrConfirmedAt, timeline.kkrConfirmationDue);
    if (!s.hasTargets) continue;
    add(s, 'FINAL_LIST_LATE', finalDue, s.finalisedAt, timeline.finalListDue);
    add(s, 'PUBLICATION_LATE', publishDue, s.publishedAt, timeline.publicationBy);
  }
  for (const t of trainings) {
    const dueAt = new Date(t.startsAt.getTime() - TWO_DAYS_MS);
    if (!late(dueAt, t.roomNoticeAt, now)) continue;
    flags.push({
      municipalityId: t.municipalityId,
      kind: 'TRAINING_NOTICE_LATE',
      subject: t.trainingRef,
      dueAt,
      doneAt: t.roomNoticeAt,
      notice: notice('TRAINING_NOTICE_LATE', { state: t.roomNoticeAt === null ? 'open' : 'done' }),
    });
  }
  return flags;
}
