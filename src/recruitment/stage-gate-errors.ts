import { AppError } from '../common/errors/app-error.js';
import type { Gate } from './domain/stage-gates.js';

/** A refused stage gate as the error body: the code, and the stage with its date as the detail. */
export function gateError(g: Gate): AppError {
  if (g.ok) throw new Error('gateError called with an open gate');
  return new AppError(g.code, g.message, [{ field: g.stage, reason: g.date ?? 'not yet' }]);
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
