import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Prisma } from '../../generated/prisma/client.js';
import { messageCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locales.js';
import { requestLocale } from '../i18n/reader-locale.js';
import { wordDetails } from '../i18n/word-notice.js';
import { AppError, type ErrorDetail, type WireDetail } from './app-error.js';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/** The one error body of the API. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: readonly WireDetail[] };
  readonly requestId?: string;
}

const HTTP_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Express's body parser rejects invalid JSON; Nest wraps that in a BadRequestException. */
export function isJsonParseFailure(e: unknown): boolean {
  const err = e as { type?: unknown; cause?: unknown } | undefined;
  return (
    err?.type === 'entity.parse.failed' ||
    (e instanceof HttpException && (err?.cause as { type?: unknown } | undefined)?.type === 'entity.parse.failed')
  );
}

/** Map any thrown value to (status, body). Exported for tests. */
interface MappedError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly ErrorDetail[];
}

export function toErrorBody(exception: unknown): { status: number; body: MappedError; log: boolean } {
  if (exception instanceof AppError) {
    const details = exception.details.length ? { details: exception.details } : {};
    return { status: ERROR_STATUS[exception.code], body: { code: exception.code, message: exception.message, ...details }, log: false };
  }
  if (exception instanceof Prisma.PrismaClientKnownRequestError) {
    switch (exception.code) {
      case 'P2002': {
        const target = (exception.meta as { target?: unknown } | undefined)?.target;
        const fields = Array.isArray(target) ? target.join(', ') : undefined;
        return {
          status: 409,
          body: {
            code: 'UNIQUE_VIOLATION',
            message: fields ? `a record with the same ${fields} already exists` : 'a record with the same key already exists',
          },
          log: false,
        };
      }
      case 'P2025':
        return { status: 404, body: { code: 'NOT_FOUND', message: 'record not found' }, log: false };
      case 'P2034':
        return {
          status: 409,
          body: { code: 'SERIALIZATION_CONFLICT', message: 'a concurrent change conflicted with this one; retry' },
          log: false,
        };
      default:
        return { status: 500, body: { code: 'INTERNAL', message: 'internal error' }, log: true };
    }
  }
  if (isJsonParseFailure(exception)) {
    return { status: 400, body: { code: 'VALIDATION_FAILED', message: 'malformed JSON body' }, log: false };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    const res = exception.getResponse();
    const message =
      typeof res === 'string'
        ? res
        : typeof (res as { message?: unknown }).message === 'string'
          ? (res as { message: string }).message
          : exception.message;
    return { status, body: { code, message }, log: status >= 500 };
  }
  // body-parser errors (malformed JSON, too large) carry a status and a type.
  const e = exception as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status === 'number' && typeof e.type === 'string') {
    if (e.type === 'entity.too.large')
      return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'request body too large' }, log: false };
    if (e.type === 'entity.parse.failed')
      return { status: 400, body: { code: 'VALIDATION_FAILED', message: 'malformed JSON body' }, log: false };
    if (e.status >= 400 && e.status < 500)
      return { status: e.status, body: { code: HTTP_CODES[e.status] ?? 'VALIDATION_FAILED', message: String(e.message) }, log: false };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'internal error' }, log: true };
}

/**
 * The error's message in the reader's language (Accept-Language; Albanian by default): the
 * catalogue's sentence for its code (`error.<CODE>` in messages/). English readers get the
 * domain's own sentence, which may say more (the stage and its date, the number of rows); the
 * details name the fields and rows in every language.
 */
export function errorMessage(code: ErrorCode, english: string, locale: Locale): string {
  return locale === 'en' ? english : messageCatalogue().format(locale, `error.${code}`);
}

@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const mapped = toErrorBody(exception);
    // Malformed JSON on an import route is IMPORT_FORMAT, decided by the route's declaration
    // (src/common/tabular/import-route.ts) in the body reader, not here.
    const { status, log, body } = mapped;
    const locale = requestLocale(req);
    res.setHeader('Content-Language', locale);
    res.vary('Accept-Language');
    if (log) {
      // The cause goes to the log (never to the client); Prisma messages hold no row data.
      this.logger.error({ err: exception, requestId: req.id, route: req.route?.path }, 'unhandled error');
    }
    const requestId = req.id === undefined ? {} : { requestId: String(req.id) };
    const details = body.details ? { details: wordDetails(locale, body.details) } : {};
    res.status(status).json({
      error: { code: body.code, message: errorMessage(body.code, body.message, locale), ...details },
      ...requestId,
    } satisfies ErrorBody);
  }
}
