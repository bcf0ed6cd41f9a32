/**
 * The life of a pay run as types (CONVENTIONS "lifecycles as types"). The database keeps the
 * status column and makes the moves ({@link PAY_RUN_TRANSITIONS}: the only list of them); the
 * checks keep the rules: only a computed run can be approved, only a computed or failed one
 * recomputed.
 *
 *   QUEUED ──▶ COMPUTING ──▶ COMPUTED ──▶ APPROVED (immutable)
 *     ▲            │  ▲           │
 *     │            ▼  └─(retry)   │
 *     └──────── FAILED ◀──────────┘ recompute: COMPUTED/FAILED → QUEUED
 *
 * Pure: times come in as parameters.
 */

interface RunBase {
  readonly id: string;
  /** null = national run */
  readonly municipalityId: string | null;
  readonly createdById: string;
}

export interface QueuedPayRun extends RunBase {
  readonly status: 'QUEUED';
}
export interface ComputingPayRun extends RunBase {
  readonly status: 'COMPUTING';
}
export interface ComputedPayRun extends RunBase {
  readonly status: 'COMPUTED';
  /** when the data the computation used was read (the baseline of paid lines) */
  readonly computedAt: Date;
}
export interface FailedPayRun extends RunBase {
  readonly status: 'FAILED';
  readonly failedReason: string;
}
export interface ApprovedPayRun extends RunBase {
  readonly status: 'APPROVED';
  readonly computedAt: Date;
  readonly approvedById: string;
  readonly approvedAt: Date;
}

export type PayRunState = QueuedPayRun | ComputingPayRun | ComputedPayRun | FailedPayRun | ApprovedPayRun;
export type PayRunStatus = PayRunState['status'];

export interface Approver {
  readonly userId: string;
}

/** Why a transition is refused; `code` is the API error code. */
export interface Refusal {
  readonly code: 'PAY_RUN_FOUR_EYES' | 'PAY_RUN_LOCKED' | 'PAY_RUN_NOT_COMPUTED' | 'PAY_RUN_STALE';
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly run: T } | { readonly ok: false; readonly refusal: Refusal };

/** A national run overlaps every run; a municipal run overlaps national runs and its own municipality's. */
export function scopesOverlap(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * May `by` approve `run` now? Four eyes: never the user who created the run. Stale: when a run
 * overlapping this one was approved after this one read its data, the lines it treats as
 * already paid are out of date, and approving it could pay something twice: recompute first.
 */
export function checkApproval(run: PayRunState, by: Approver, overlappingApprovedSince: number): Checked<ComputedPayRun> {
  switch (run.status) {
    case 'APPROVED':
      return { ok: false, refusal: { code: 'PAY_RUN_LOCKED', message: 'the run is already approved; approved runs cannot change' } };
    case 'QUEUED':
    case 'COMPUTING':
    case 'FAILED':
      return {
        ok: false,
        refusal: { code: 'PAY_RUN_NOT_COMPUTED', message: `only a computed run can be approved (status ${run.status})` },
      };
    case 'COMPUTED':
      if (run.createdById === by.userId)
        return {
          ok: false,
          refusal: {
            code: 'PAY_RUN_FOUR_EYES',
            message: 'four eyes: the user who created a run cannot approve it; ask a second finance user',
          },
        };
      if (overlappingApprovedSince > 0)
        return {
          ok: false,
          refusal: {
            code: 'PAY_RUN_STALE',
            message: 'another run overlapping this one was approved after it was computed; recompute it before approval',
          },
        };
      return { ok: true, run };
  }
}

/** Only runs that are not approved and not in progress can be computed again. */
export function checkRecompute(run: PayRunState): Checked<ComputedPayRun | FailedPayRun> {
  switch (run.status) {
    case 'APPROVED':
      return {
        ok: false,
        refusal: { code: 'PAY_RUN_LOCKED', message: 'the run is approved; approved runs cannot change (create a new run for differences)' },
      };
    case 'QUEUED':
    case 'COMPUTING':
      return { ok: false, refusal: { code: 'PAY_RUN_NOT_COMPUTED', message: `the run is still being computed (status ${run.status})` } };
    case 'COMPUTED':
    case 'FAILED':
      return { ok: true, run };
  }
}

/**
 * The transitions the database makes, each one conditional UPDATE of PayRun in
 * PayRunRepository: the statuses it leaves from (its WHERE) and the status it sets. The
 * repository takes both from here, so this table is the one statement of which moves exist;
 * the checks above say why a move asked for through the API is refused.
 */
export const PAY_RUN_TRANSITIONS = {
  /** a worker takes the run; a retried attempt finds it COMPUTING already */
  claim: { from: ['QUEUED', 'COMPUTING'], to: 'COMPUTING' },
  /** every partition written: the run gets its totals */
  complete: { from: ['COMPUTING'], to: 'COMPUTED' },
  /** the last attempt gave up */
  fail: { from: ['QUEUED', 'COMPUTING'], to: 'FAILED' },
  /** {@link checkRecompute}: back to the queue, the previous result cleared */
  requeue: { from: ['COMPUTED', 'FAILED'], to: 'QUEUED' },
  /** {@link checkApproval}: four eyes, once; approved runs never change */
  approve: { from: ['COMPUTED'], to: 'APPROVED' },
} as const satisfies Record<string, { readonly from: readonly PayRunStatus[]; readonly to: PayRunStatus }>;

export type PayRunTransition = keyof typeof PAY_RUN_TRANSITIONS;

/** Statuses a transition leaves from, as a mutable list for a query's `in`. */
export const fromStatuses = (t: PayRunTransition): PayRunStatus[] => [...PAY_RUN_TRANSITIONS[t].from];

export function isComputable(run: PayRunState): run is QueuedPayRun | ComputingPayRun {
  return (PAY_RUN_TRANSITIONS.claim.from as readonly PayRunStatus[]).includes(run.status);
}
