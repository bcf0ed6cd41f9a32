import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/transaction.js';
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
    if (held.length === 0) return [{ source: 'equipment', code: 'KIT_NONE_HELD', params: {} }];
    const r = await this.distribution.transferKit(tx, scope, e.leaverStaffId, e.replacementStaffId, e.cutoverDate, e.actor);
    const returned = (r.returned?.items ?? []).map((i) => i.serial);
    const issued = r.issued.items.map((i) => i.serial);
    const fromStore = r.issued.items.filter((i) => !i.fromLeaver).map((i) => i.serial);
    return [
      {
        source: 'equipment',
        code: 'KIT_TRANSFERRED',
        params: {
          day: e.cutoverDate,
          returned: returned.join(', '),
          issuedCount: issued.length,
          issued: issued.join(', '),
          storeCount: fromStore.length,
          fromStore: fromStore.join(', '),
          lackingCount: r.lacking.length,
          lacking: r.lacking.join(', '),
        },
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
    if (replanned.length === 0) return [{ source: 'training', code: 'TRAINING_NOTHING_REPLANNED', params: {} }];
    const placed = await this.sessions.sessionsFor(e.municipalityId, [e.replacementStaffId], tx);
    const here = placed.get(e.replacementStaffId);
    return replanned.map((r): ReplacementNote => {
      const placedHere = here?.planId === r.planId ? here : undefined;
      // The note goes to the municipality's user: name only its own people (an event-wide plan
      // may also move trainees of other municipalities, counted).
      const own = r.moves.filter((m) => m.municipalityId === e.municipalityId);
      return {
        source: 'training',
        code: 'TRAINING_REPLANNED',
        params: {
          fromPlan: r.fromPlanId,
          plan: r.planId,
          placed: placedHere ? 'yes' : 'no',
          classKey: placedHere?.classKey ?? '',
          venue: placedHere?.venueName ?? '',
          room: placedHere?.roomName ?? '',
          shift: placedHere?.shift ?? 'NONE',
          movedCount: own.length,
          moved: own.map((m) => `${m.fullName ?? m.traineeId} ${m.fromClassKey ?? '–'} → ${m.toClassKey}`).join('; '),
          elsewhere: r.moves.length - own.length,
        },
      };
    });
  }
}
