import { z } from 'zod';

/**
 * Per-census switches. Every key is optional: a missing key means the product default
 * (no contract gate, no statement e-mail, preparatory pay not tied to attendance, no
 * eligibility rules). Other modules read them through `CensusLookup.settings(censusId)`.
 */
export const CensusSettings = z.strictObject({
  /** pay only people with a signed contract covering the paid period */
  contractGate: z.boolean().optional(),
  /** e-mail each person their pay statement */
  statementEmail: z.boolean().optional(),
  /** how training attendance affects the preparatory amount */
  preparatoryAttendance: z.enum(['NONE', 'REQUIRE_ANY', 'PRORATE']).optional(),
  /** eligibility rules checked at application time (owned by the eligibility rules) */
  eligibility: z.looseObject({}).optional(),
});
export type CensusSettings = z.infer<typeof CensusSettings>;

/** Stored settings as the rules read them; an unreadable stored value reads as no settings. */
export function readSettings(stored: unknown): CensusSettings {
  const r = CensusSettings.safeParse(stored ?? {});
  return r.success ? r.data : {};
}
