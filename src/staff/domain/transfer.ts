import { dayBefore, type AssignmentPeriod } from './assignment-rules.js';

/**
 * Handing an EA over mid-census: the current period ends the day before the cut-over and a
 * new one opens on the cut-over day until the old end (open stays open). The cut-over must
 * fall after the first day (else the old period would be empty) and on or before the last.
 */
export type TransferPlan =
  | { readonly ok: true; readonly closed: AssignmentPeriod; readonly opened: AssignmentPeriod }
  | { readonly ok: false; readonly reason: string };

export function planTransfer(current: AssignmentPeriod, cutover: string): TransferPlan {
  if (cutover <= current.validFrom) return { ok: false, reason: `must be after the first day of the period (${current.validFrom})` };
  if (current.validTo !== null && cutover > current.validTo)
    return { ok: false, reason: `must be on or before the last day of the period (${current.validTo})` };
  return {
    ok: true,
    closed: { validFrom: current.validFrom, validTo: dayBefore(cutover) },
    opened: { validFrom: cutover, validTo: current.validTo },
  };
}
