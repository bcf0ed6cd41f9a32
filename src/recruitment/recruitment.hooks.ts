import type { Tx } from '../common/prisma/transaction.js';
import type { NoticeParam } from '../common/text/notice.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { TrainingNotice } from './domain/deadline-flags.js';

/**
 * Extension points for the modules built after this one, bound (required) by
 * LogisticsWiringModule (src/wiring/logistics-wiring.module.ts).
 *
 * REPLACEMENT_HOOKS: `ReplacementHook[]`, each called inside the replacement transaction after
 * the staff records and EA assignments have changed. A hook writes with `tx` (so everything
 * commits or rolls back together) and throws to refuse the replacement (the whole replacement
 * rolls back). What it did comes back as notes, stored on the replacement and returned to the
 * caller. Equipment: return the leaver's kit and re-issue it to the replacement; training:
 * re-plan the replacement into a class if training is still ahead. Without the wiring: no hooks.
 */
export const REPLACEMENT_HOOKS = Symbol('REPLACEMENT_HOOKS');

export interface ReplacementEvent {
  readonly replacementId: string;
  readonly competitionId: string;
  readonly municipalityId: string;
  readonly leaverStaffId: string;
  readonly replacementStaffId: string;
  /** first day the replacement works (YYYY-MM-DD); the leaver's last day is the day before */
  readonly cutoverDate: string;
  readonly reason: string;
  readonly actor: AuditActor;
}

/**
 * What a hook did, as a notice code with parameters (`notice.<code>` in messages/), worded for
 * the reader at the edge. Stored on the replacement as written here.
 */
export interface ReplacementNote {
  /** e.g. 'equipment', 'training' */
  readonly source: string;
  readonly code: string;
  readonly params: Readonly<Record<string, NoticeParam>>;
}

export interface ReplacementHook {
  onReplacement(tx: Tx, event: ReplacementEvent): Promise<ReplacementNote[]>;
}

/**
 * TRAINING_NOTICE_LOOKUP: the training sessions of a competition's period with when their room
 * notice went out, for the deadline checks ("trainings whose room notice is later than two days
 * before"). Bound (required) to TrainingNoticesFromEvents in src/wiring.
 */
export const TRAINING_NOTICE_LOOKUP = Symbol('TRAINING_NOTICE_LOOKUP');

export interface TrainingNoticeLookup {
  notices(competition: { readonly id: string; readonly from: string; readonly to: string }): Promise<TrainingNotice[]>;
}
