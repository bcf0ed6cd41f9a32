import { Role } from '../../generated/prisma/enums.js';

/**
 * Bank details under four eyes (issue 13, item 5). Pure rules; the service loads, locks and
 * persists.
 *  - Only FINANCE and ADMIN may give a person an IBAN or change it; every IBAN, the first
 *    included, starts as a PENDING version and is paid only once a second FINANCE/ADMIN user
 *    (not the requester) confirms it. Until then runs pay the previous confirmed version, or
 *    block the person ("bank details awaiting confirmation") when there is none.
 *  - One pending change per person at a time: it is confirmed or rejected before the next.
 *  - The requester may withdraw (reject) their own request; confirming needs someone else.
 *  - An IBAN is never removed through the API or an import: a person who changes bank gets
 *    a new version; one who leaves gets status LEFT.
 */
export const IBAN_ROLES: readonly Role[] = [Role.ADMIN, Role.FINANCE];

export const mayChangeIban = (role: Role): boolean => IBAN_ROLES.includes(role);

export interface BankState {
  /** the confirmed IBAN in force and its version */
  readonly iban: string | null;
  readonly version: number | null;
  readonly pending: { readonly id: string; readonly version: number; readonly iban: string } | null;
  /** highest version number used so far (requests of every status), 0 when none */
  readonly lastVersion: number;
}

export type ChangeRequest =
  | { readonly kind: 'request'; readonly version: number }
  /** the IBAN asked for is already in force, or already awaiting confirmation */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'pending-exists'; readonly version: number };

/** What asking for `iban` (electronic form, validated) means for a person in state `s`. */
export function changeRequest(s: BankState, iban: string): ChangeRequest {
  if (s.pending !== null) return s.pending.iban === iban ? { kind: 'unchanged' } : { kind: 'pending-exists', version: s.pending.version };
  if (s.iban === iban) return { kind: 'unchanged' };
  return { kind: 'request', version: s.lastVersion + 1 };
}

export type Decision = 'confirm' | 'reject';

export type DecisionProblem = 'not-pending' | 'same-person';

/** Whether `deciderId` may take `decision` on a change requested by `requestedById`. */
export function decisionProblem(
  change: { readonly status: 'PENDING' | 'CONFIRMED' | 'REJECTED'; readonly requestedById: string | null },
  deciderId: string,
  decision: Decision,
): DecisionProblem | null {
  if (change.status !== 'PENDING') return 'not-pending';
  if (decision === 'confirm' && change.requestedById === deciderId) return 'same-person';
  return null;
}
