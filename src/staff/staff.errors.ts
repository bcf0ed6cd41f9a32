import { AppError, problem } from '../common/errors/app-error.js';
import type { ErrorCode } from '../common/errors/error-codes.js';
import { isUniqueViolation } from '../common/prisma/prisma-errors.js';
import type { Problem } from './domain/eligibility.js';

/**
 * Turn rule problems into one error carrying all of them: MUNICIPALITY_MISMATCH when any
 * problem is about another municipality, else `invalidCode`.
 */
export function assertNoProblems(problems: readonly (Problem | null)[], invalidCode: ErrorCode, message: string): void {
  const found = problems.filter((p): p is Problem => p !== null);
  if (found.length === 0) return;
  const code: ErrorCode = found.some((p) => p.kind === 'mismatch') ? 'MUNICIPALITY_MISMATCH' : invalidCode;
  throw new AppError(
    code,
    message,
    found.map((p) => problem(p.code, p.params, { field: p.field })),
  );
}

/**
 * A unique index lost to a concurrent request after our own check passed: answer like the
 * check would have (409 naming the field) instead of the filter's generic UNIQUE_VIOLATION.
 */
export async function uniqueAs<T>(field: string, problemCode: string, message: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('UNIQUE_VIOLATION', message, [problem(problemCode, {}, { field })]);
    throw err;
  }
}
