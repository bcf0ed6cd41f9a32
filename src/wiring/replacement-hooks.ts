import { Injectable } from '@nestjs/common';
import { wordNotice } from '../common/i18n/word-notice.js';
import type { Tx } from '../common/prisma/transaction.js';
import { notice } from '../common/text/notice.js';
import { KitHandoverService } from '../equipment/kit-handover.service.js';
import { Clock } from '../recruitment/clock.js';
import type { ReplacementEvent, ReplacementHook, ReplacementNote } from '../recruitment/recruitment.hooks.js';
import { TrainingPlanService } from '../training/training-plan.service.js';
import { TrainingSessionService } from '../training/training-session.service.js';

const municipal = (municipalityId: string) => ({ kind: 'municipal' as const, municipalityIds: [municipalityId] });

/**
 * Equipment on a replacement: the leaver's kit is returned (every item GOOD; record damage
 * later with PATCH /equipment/items/:id) and re-issued to the replacement, completed from the
 * municipality's store, on the cut-over day, in the replacement's transaction.
 * A leaver who holds no kit is not a failure: nothing is returned or issued, and the note says
 * the replacement gets a kit at the handover of the next distribution plan version.
 */
@Injectable()
export class EquipmentReplacementHook implements ReplacementHook {
  constructor(private readonly distribution: KitHandoverService) {}

  async onReplacement(tx: Tx, e: ReplacementEvent): Promise<ReplacementNote[]> {
    const scope = municipal(e.municipalityId);
    const held = await this.distribution.heldSerials(tx, scope, e.leaverStaffId);
    if (held.length === 0)
      return [
        {
          source: 'equipment',
          message:
            'the leaver held no kit: nothing returned or issued; the replacement receives a kit at the handover of the next distribution plan version',
        },
      ];
    const r = await this.distribution.transferKit(tx, scope, e.leaverStaffId, e.replacementStaffId, e.cutoverDate, e.actor);
    const returned = (r.returned?.items ?? []).map((i) => i.serial).join(', ');
    const issued = r.issued.items.map((i) => `${i.serial}${i.fromLeaver ? '' : ' (from store)'}`).join(', ');
    const lacking = r.lacking.length ? `; no item in store for: ${r.lacking.join(', ')}` : '';
    return [
      {
        source: 'equipment',
        message: `kit returned by the leaver on ${e.cutoverDate}: ${returned}; issued to the replacement: ${issued || 'nothing'}${lacking}`,
      },
    ];
  }
}

/**
 * Training on a replacement: every pinned SUPERVISORS / ENUMERATORS plan covering the
 * municipality whose training starts after now (the recruitment clock) is re-planned and
 * published at once (the leaver, no longer ACTIVE, leaves; the replacement is placed, free
 * places first); the note says who moved.
 */
@Injectable()
export class TrainingReplacementHook implements ReplacementHook {
  constructor(
    private readonly plans: TrainingPlanService,
    private readonly sessions: TrainingSessionService,
    private readonly clock: Clock,
  ) {}

  async onReplacement(tx: Tx, e: ReplacementEvent): Promise<ReplacementNote[]> {
    const replanned = await this.plans.replanAfterStaffChange(tx, e.municipalityId, e.actor, this.clock.now());
    if (replanned.length === 0)
      return [{ source: 'training', message: 'no published training plan ahead covers the municipality: nothing re-planned' }];
    const placed = await this.sessions.sessionsFor(e.municipalityId, [e.replacementStaffId], tx);
    const here = placed.get(e.replacementStaffId);
    return replanned.map((r) => {
      const replacement =
        here?.planId === r.planId
          ? `the replacement placed in class ${here.classKey} (${here.venueName}, ${here.roomName}, ${here.shift?.toLowerCase() ?? 'no shift'})`
          : 'the replacement not placed in this plan';
      // The note goes to the municipality's user: name only its own people (an event-wide plan
      // may also move trainees of other municipalities, counted).
      const own = r.moves.filter((m) => m.municipalityId === e.municipalityId);
      // the note is English as a whole for now: the move reason (a code) is worded in English with it
      const elsewhere = r.moves.length - own.length;
      const moved =
        (own.length === 0
          ? 'nobody else moved'
          : `moved: ${own.map((m) => `${m.fullName ?? m.traineeId} ${m.fromClassKey ?? 'new'} → ${m.toClassKey} (${wordNotice('en', 'notice', notice(m.reason))})`).join('; ')}`) +
        (elsewhere > 0 ? `; ${elsewhere} trainee${elsewhere === 1 ? '' : 's'} of other municipalities moved` : '');
      return {
        source: 'training',
        message: `training plan re-planned and published (${r.fromPlanId} → ${r.planId}): the leaver removed; ${replacement}; ${moved}`,
      };
    });
  }
}
