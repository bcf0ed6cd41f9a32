import { Injectable } from '@nestjs/common';
import type { TrainingSession } from './domain/distribution-planner.js';

/**
 * Where the distribution plan learns at which training session (date, venue, room, shift)
 * each person gets their kit. The training module (issue #6 part A) provides the real one;
 * bind it with `{ provide: TRAINING_SESSION_LOOKUP, useExisting: <its service> }`.
 */
export const TRAINING_SESSION_LOOKUP = Symbol('TRAINING_SESSION_LOOKUP');

export interface TrainingSessionLookup {
  /** Sessions by staff id; people without a planned session are left out of the map. */
  sessionsFor(municipalityId: string, staffIds: readonly string[]): Promise<Map<string, TrainingSession>>;
}

/** Until the training plan is wired in: no one has a session ("session not planned yet"). */
@Injectable()
export class NoTrainingSessions implements TrainingSessionLookup {
  sessionsFor(): Promise<Map<string, TrainingSession>> {
    return Promise.resolve(new Map());
  }
}
