import type { Tx } from '../common/prisma/transaction.js';

/**
 * Told when a plan version is published, inside the publishing transaction (the messaging
 * module re-sends invitations to people whose session changed). Bound once in src/wiring.
 */
export interface PlanPublishedListener {
  /** Work done in `tx`; returns ids the listener hands to `dispatch` after the commit. */
  planPublished(tx: Tx, planId: string): Promise<string[]>;
  dispatch(ids: readonly string[]): Promise<void>;
}

export const PLAN_PUBLISHED_LISTENER = Symbol('PLAN_PUBLISHED_LISTENER');
