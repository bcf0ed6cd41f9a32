import { z } from 'zod';
import { Community, Language, StaffKind, StaffStatus } from '../../generated/prisma/enums.js';
import { validateIban } from './iban.js';

/**
 * Field rules for supervisors and enumerators, shared by the HTTP API and the bulk import so
 * that both accept and refuse exactly the same values. Messages say what is wrong, in words
 * a clerk can act on.
 */

/** Personal number: Kosovo's is 10 digits; foreign documents may carry letters (5–20). */
export const NATIONAL_ID = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5,20}$/, 'must be 5–20 letters or digits (no spaces)')
  .transform((s) => s.toUpperCase());

/** Any script (Latin with ë ç č ć đ š ž, Serbian Cyrillic, Turkish ı ğ ş), spaces, hyphen, apostrophe, dot. */
export const FULL_NAME = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2, 'must have at least 2 characters')
      .max(200, 'must have at most 200 characters')
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u, 'may contain only letters, spaces, hyphens, apostrophes and dots'),
  );

export const PHONE = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()/-]{5,24}$/, 'must be a phone number such as +383 44 123 456');

export const EMAIL = z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address').max(254));

export const IBAN = z.string().transform((s, ctx) => {
  const r = validateIban(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: `is not a valid IBAN: ${r.reason}` });
    return z.NEVER;
  }
  return r.iban;
});

const enumOf = <T extends Record<string, string>>(e: T, what: string) =>
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(e, { message: `must be one of ${Object.values(e).join(', ')} (${what})` }));

export const COMMUNITY = enumOf(Community, 'community');
export const LANGUAGE = enumOf(Language, 'language of work');
export const STAFF_KIND = enumOf(StaffKind, 'staff kind');
export const STAFF_STATUS = enumOf(StaffStatus, 'status');

export { DATE_ONLY } from '../../common/dates/date-only.js';

export const TEAM_CODE = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, "must be 1–32 letters, digits, '.', '-' or '_'")
  .transform((s) => s.toUpperCase());

/** Engagement end must not be before its start (both inclusive dates, YYYY-MM-DD). */
export function engagementProblem(start: string | null | undefined, end: string | null | undefined): string | null {
  if (start && end && end < start) return 'engagement end is before engagement start';
  return null;
}
