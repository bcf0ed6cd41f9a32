/**
 * What a presented refresh cookie is worth. Pure: the caller loads the link and the user and
 * passes the clock.
 *
 * - ROTATE: valid and current: a new access token and a new link (the old one is marked rotated).
 * - GRACE: rotated moments ago: another tab or a retried request raced the rotation; it gets an
 *   access token but no new link (the browser already holds the newer cookie).
 * - REUSED: rotated long ago and presented again: someone else holds an old cookie, so the whole
 *   family is revoked.
 * - ENDED: revoked, idle too long, past the family's end, or the user was deactivated or had
 *   their tokens revoked since the family began.
 */
export type RefreshVerdict = 'ROTATE' | 'GRACE' | 'REUSED' | 'ENDED';

export interface RefreshLink {
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly idleExpiresAt: Date;
  readonly familyExpiresAt: Date;
  readonly tokenVersion: number;
}

export interface RefreshUser {
  readonly active: boolean;
  readonly tokenVersion: number;
}

/** How long after a rotation the previous cookie still buys an access token. */
export const ROTATION_GRACE_MS = 30_000;

export function judgeRefresh(link: RefreshLink, user: RefreshUser | null, now: Date): RefreshVerdict {
  if (link.revokedAt !== null) return 'ENDED';
  if (!user || !user.active || user.tokenVersion !== link.tokenVersion) return 'ENDED';
  const t = now.getTime();
  if (t >= link.familyExpiresAt.getTime()) return 'ENDED';
  if (link.rotatedAt !== null) return t - link.rotatedAt.getTime() <= ROTATION_GRACE_MS ? 'GRACE' : 'REUSED';
  if (t >= link.idleExpiresAt.getTime()) return 'ENDED';
  return 'ROTATE';
}

/** The idle window slides with each rotation but never past the family's end. */
export function nextIdleExpiry(now: Date, idleMs: number, familyExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + idleMs, familyExpiresAt.getTime()));
}

/** `<link id>.<secret>`: a uuid and 43 base64url characters (256 bits). */
const COOKIE_VALUE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/i;

export function parseRefreshValue(value: string | undefined): { id: string; secret: string } | null {
  const m = value ? COOKIE_VALUE.exec(value) : null;
  return m?.[1] && m[2] ? { id: m[1].toLowerCase(), secret: m[2] } : null;
}

/** One cookie's value from a Cookie header (RFC 6265 §5.4), or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name)
      return part
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return undefined;
}
