import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { isLocale, readerLocale } from './catalogue.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

type ReaderRequest = Pick<Request, 'headers'> & { readonly principal?: { readonly locale?: string | null } };

/**
 * The caller's language: the first language of Accept-Language that terren speaks, else the
 * language the signed-in user chose (PATCH /auth/me), else Albanian.
 */
export function requestLocale(req: ReaderRequest): Locale {
  const saved = req.principal?.locale;
  return readerLocale(req.headers['accept-language'], saved && isLocale(saved) ? saved : DEFAULT_LOCALE);
}

/** The caller's language (requestLocale), as the error filter finds it. */
export const ReaderLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale =>
  requestLocale(ctx.switchToHttp().getRequest<ReaderRequest>()),
);
