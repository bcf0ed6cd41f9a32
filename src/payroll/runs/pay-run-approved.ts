import type { Tx } from '../../common/prisma/transaction.js';

/**
 * Told when a pay run is approved, inside the approving transaction (messaging writes the
 * statement e-mails of the run's census when it asked for them). Bound once in src/wiring.
 */
export interface PayRunApprovedListener {
  /** Work done in `tx`; returns ids handed to `dispatch` after the commit. */
  runApproved(tx: Tx, runId: string, approvedById: string): Promise<string[]>;
  dispatch(ids: readonly string[]): Promise<void>;
}

export const PAY_RUN_APPROVED_LISTENER = Symbol('PAY_RUN_APPROVED_LISTENER');
