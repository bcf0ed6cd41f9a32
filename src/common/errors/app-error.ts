import type { ErrorCode } from './error-codes.js';

/** A field-level problem: `row` is the 1-based line of the source file where there is one. */
export interface ErrorDetail {
  readonly row?: number;
  readonly field?: string;
  readonly reason: string;
}

/** The one exception type of the domain and services; the filter turns it into the error body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: ErrorCode, what: string): AppError => new AppError(code, `${what} not found`);
