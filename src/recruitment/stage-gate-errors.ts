import { AppError, problem } from '../common/errors/app-error.js';
import type { Gate } from './domain/stage-gates.js';

/**
 * A refused stage gate as the error body: the code, and the stage with its date as the detail
 * (STAGE_DATE with `stage` and the ISO instant `date`; STAGE_NOT_YET with `stage` when the step
 * has not happened).
 */
export function gateError(g: Gate): AppError {
  if (g.ok) throw new Error('gateError called with an open gate');
  const detail =
    g.date === null
      ? problem('STAGE_NOT_YET', { stage: g.stage }, { field: g.stage })
      : problem('STAGE_DATE', { stage: g.stage, date: g.date }, { field: g.stage });
  return new AppError(g.code, g.message, [detail]);
}

/** The commission's stage row as the pure gates read it (no row: nothing has happened). */
export function stateOf(
  s:
    | { shortlistSentAt: Date | null; finalListStartedAt: Date | null; finalisedAt: Date | null; publishedAt: Date | null }
    | null
    | undefined,
) {
  return {
    shortlistSentAt: s?.shortlistSentAt ?? null,
    finalListStartedAt: s?.finalListStartedAt ?? null,
    finalisedAt: s?.finalisedAt ?? null,
    publishedAt: s?.publishedAt ?? null,
  };
}
