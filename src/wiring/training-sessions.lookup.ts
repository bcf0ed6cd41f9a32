import { Injectable } from '@nestjs/common';
import type { TrainingSession } from '../equipment/domain/distribution-planner.js';
import type { TrainingSessionLookup } from '../equipment/training-session.lookup.js';
import { TrainingSessionService } from '../training/training-session.service.js';

/**
 * Equipment's TRAINING_SESSION_LOOKUP from the training room plans in force (pinned plans of
 * the SUPERVISORS / ENUMERATORS events): one batched read per municipality, not one per person.
 * People in no pinned plan, or in a class without a room, have no session.
 */
@Injectable()
export class TrainingSessionsFromPlans implements TrainingSessionLookup {
  constructor(private readonly training: TrainingSessionService) {}

  async sessionsFor(municipalityId: string, staffIds: readonly string[]): Promise<Map<string, TrainingSession>> {
    const found = await this.training.sessionsFor(municipalityId, staffIds);
    const out = new Map<string, TrainingSession>();
    for (const [staffId, s] of found)
      out.set(staffId, { startDate: s.startDate, endDate: s.endDate, venueName: s.venueName, roomName: s.roomName, shift: s.shift });
    return out;
  }
}
