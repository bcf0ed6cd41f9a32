import { dayBefore, type AssignmentPeriod } from './assignment-rules.js';

/**
 * Handing an EA over mid-census: the current period ends the day before the cut-over and a
 * new one opens on the cut-over day until the old end (open stays open). The cut-over must
 * fall after the first day (else the old period would be empty) and on or before the last.
 */
export type TransferPlan =
  | { readonly ok: true; readonly closed: AssignmentPeriod; readonly opened: AssignmentPeriod }
  | { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string>> };

export function planTransfer(current: AssignmentPeriod, cutover: string): TransferPlan {
  if (cutover <= current.validFrom) return { ok: false, code: 'CUTOVER_NOT_AFTER_START', params: { startDay: current.validFrom } };
  if (current.validTo !== null && cutover > current.validTo)
    return { ok: false, code: 'CUTOVER_AFTER_END', params: { endDay: current.validTo } };
  return {
    ok: true,
    closed: { validFrom: current.validFrom, validTo: dayBefore(cutover) },
    opened: { validFrom: cutover, validTo: current.validTo },
  };
}
