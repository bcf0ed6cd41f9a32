import { Module } from '@nestjs/common';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { TRAINING_SESSION_LOOKUP } from '../equipment/training-session.lookup.js';
import { RecruitmentModule } from '../recruitment/recruitment.module.js';
import { REPLACEMENT_HOOKS, TRAINING_NOTICE_LOOKUP, type ReplacementHook } from '../recruitment/recruitment.hooks.js';
import { TrainingModule } from '../training/training.module.js';
import { EquipmentReplacementHook, TrainingReplacementHook } from './replacement-hooks.js';
import { TrainingNoticesFromEvents } from './training-notices.lookup.js';
import { TrainingSessionsFromPlans } from './training-sessions.lookup.js';

/**
 * Wires training, equipment and recruitment together without the feature modules importing
 * each other: TRAINING_SESSION_LOOKUP for equipment, REPLACEMENT_HOOKS and
 * TRAINING_NOTICE_LOOKUP for recruitment. The consumers inject them as required (WiringModule
 * makes them visible; an unbound port stops the boot).
 */
@Module({
  imports: [TrainingModule, RecruitmentModule, EquipmentModule],
  providers: [
    TrainingSessionsFromPlans,
    TrainingNoticesFromEvents,
    EquipmentReplacementHook,
    TrainingReplacementHook,
    { provide: TRAINING_SESSION_LOOKUP, useExisting: TrainingSessionsFromPlans },
    { provide: TRAINING_NOTICE_LOOKUP, useExisting: TrainingNoticesFromEvents },
    {
      provide: REPLACEMENT_HOOKS,
      // Order: the kit first, then the training re-plan; a hook that throws rolls the replacement back.
      useFactory: (equipment: EquipmentReplacementHook, training: TrainingReplacementHook): ReplacementHook[] => [equipment, training],
      inject: [EquipmentReplacementHook, TrainingReplacementHook],
    },
  ],
  exports: [TRAINING_SESSION_LOOKUP, TRAINING_NOTICE_LOOKUP, REPLACEMENT_HOOKS],
})
export class LogisticsWiringModule {}
