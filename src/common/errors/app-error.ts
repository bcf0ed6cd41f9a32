import type { NoticeParam } from '../text/notice.js';
import type { ErrorCode } from './error-codes.js';

/**
 * A field-level problem: `row` is the 1-based line of the source file where there is one.
 * The domain says what is wrong as a stable `code` with `params` (`problem.<code>` in
 * messages/); the edge words it as `reason` in the reader's language (wordDetails).
 */
export interface CodedDetail {
  readonly row?: number;
  readonly field?: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, NoticeParam>>;
}

export type ErrorDetail = CodedDetail;

/** A detail as the API answers it: code and params kept, `reason` worded for the reader. */
export interface WireDetail {
  readonly row?: number;
  readonly field?: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, NoticeParam>>;
  readonly reason: string;
}

/** A problem with a field or a row: `problem('REQUIRED', {}, { row: 3, field: 'iban' })`. */
export const problem = (
  code: string,
  params: Readonly<Record<string, NoticeParam>> = {},
  at: { readonly row?: number; readonly field?: string } = {},
): CodedDetail => ({ ...at, code, params });

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
