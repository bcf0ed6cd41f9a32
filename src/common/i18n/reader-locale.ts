import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type Locale, negotiateLocale } from './locales.js';

/** The caller's language from Accept-Language (Albanian by default), as the error filter negotiates it. */
export const ReaderLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale =>
  negotiateLocale(ctx.switchToHttp().getRequest<Request>().headers['accept-language']),
);
