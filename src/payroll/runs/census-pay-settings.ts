import { z } from 'zod';
import { PREP_ATTENDANCE_RULES } from '../domain/compute-pay.js';

/**
 * The census settings a pay run obeys (`Census.settings`, JSON). Only these keys are read here;
 * other keys belong to other features and are ignored.
 *  - `preparatoryAttendance`: 'NONE' (default: pay the preparatory amount regardless, as before
 *    attendance was recorded), 'REQUIRE_ANY' (nothing without a day present at the enumerator
 *    training) or 'PRORATE' (days present over the training's days).
 *  - `statementEmail`: after approval, e-mail each person their statement (default false).
 */
export const CensusPaySettings = z.object({
  preparatoryAttendance: z.enum(PREP_ATTENDANCE_RULES).default('NONE'),
  statementEmail: z.boolean().default(false),
});
export type CensusPaySettings = z.output<typeof CensusPaySettings>;

export const DEFAULT_PAY_SETTINGS: CensusPaySettings = CensusPaySettings.parse({});

/** A census whose settings do not parse: the run cannot know its rules. */
export class CensusSettingsError extends Error {
  override name = 'CensusSettingsError';
}

/** A run with its census, as `PayRunRepository.runCensus` reads it. */
export interface RunCensus {
  readonly censusId: string | null;
  readonly census: { readonly code: string; readonly settings: unknown } | null;
}

/** The settings of the run's census; the defaults when the run names no census (or is gone). */
export function paySettingsOf(run: RunCensus | null): CensusPaySettings & { censusId: string | null } {
  if (!run?.census) return { ...DEFAULT_PAY_SETTINGS, censusId: null };
  const raw = run.census.settings;
  const parsed = CensusPaySettings.safeParse(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
  if (!parsed.success)
    throw new CensusSettingsError(
      `settings of census ${run.census.code}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { ...parsed.data, censusId: run.censusId };
}
