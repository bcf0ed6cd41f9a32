import type { TrainingSession } from './domain/distribution-planner.js';

/**
 * Where the distribution plan learns at which training session (date, venue, room, shift)
 * each person gets their kit. Bound (required) by the WiringModule (src/wiring) to
 * TrainingSessionsFromPlans, which reads the training module's plans in force.
 */
export const TRAINING_SESSION_LOOKUP = Symbol('TRAINING_SESSION_LOOKUP');

export interface TrainingSessionLookup {
  /** Sessions by staff id; people without a planned session are left out of the map. */
  sessionsFor(municipalityId: string, staffIds: readonly string[]): Promise<Map<string, TrainingSession>>;
}
