import type { CountIn } from '../domain/compute-pay.js';
import type { Day, Window } from '../domain/days.js';

/** A person in scope with what their pay depends on. */
export interface PersonRecord {
  readonly staffId: string;
  readonly kind: 'SUPERVISOR' | 'ENUMERATOR';
  readonly municipalityId: string;
  readonly engagementStart: Day | null;
  readonly engagementEnd: Day | null;
  /** the confirmed IBAN in force and its bank-account version */
  readonly iban: string | null;
  readonly ibanVersion: number | null;
  /** a requested IBAN awaits confirmation by a second finance user */
  readonly ibanAwaiting: boolean;
  readonly fullName: string;
  readonly hasAssignment: boolean;
  readonly counts: CountIn[];
  /** days covered by signed contracts in the run's census; null when the run does not gate pay on contracts */
  readonly contracts: Window[] | null;
  /** the person's contract number (signed before unsigned, newest first), for statements and the bank reference */
  readonly contractNumber: string | null;
}
