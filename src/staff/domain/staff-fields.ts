import { z } from 'zod';
import { Community, Language, StaffKind, StaffStatus } from '../../generated/prisma/enums.js';
import { validateIban } from './iban.js';

/**
 * Field rules for supervisors and enumerators, shared by the HTTP API and the bulk import so
 * that both accept and refuse exactly the same values. A rule's own message is a problem code
 * (`problem.<code>` in messages/ words it for the clerk); the others follow zod's issue codes.
 */

/** Personal number: Kosovo's is 10 digits; foreign documents may carry letters (5–20). */
export const NATIONAL_ID = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5,20}$/, 'NOT_NATIONAL_ID')
  .transform((s) => s.toUpperCase());

/** Any script (Latin with ë ç č ć đ š ž, Serbian Cyrillic, Turkish ı ğ ş), spaces, hyphen, apostrophe, dot. */
export const FULL_NAME = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2)
      .max(200)
      .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u, 'NAME_CHARACTERS'),
  );

export const PHONE = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()/-]{5,24}$/, 'NOT_PHONE');

export const EMAIL = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const IBAN = z.string().transform((s, ctx) => {
  const r = validateIban(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code, params: r.params });
    return z.NEVER;
  }
  return r.iban;
});

const enumOf = <T extends Record<string, string>>(e: T) =>
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(e));

export const COMMUNITY = enumOf(Community);
export const LANGUAGE = enumOf(Language);
export const STAFF_KIND = enumOf(StaffKind);
export const STAFF_STATUS = enumOf(StaffStatus);

export { DATE_ONLY } from '../../common/dates/date-only.js';

export const TEAM_CODE = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'NOT_TEAM_CODE')
  .transform((s) => s.toUpperCase());

/** Engagement end must not be before its start (both inclusive dates, YYYY-MM-DD): the problem code, or null. */
export function engagementProblem(start: string | null | undefined, end: string | null | undefined): string | null {
  if (start && end && end < start) return 'ENGAGEMENT_END_BEFORE_START';
  return null;
}
