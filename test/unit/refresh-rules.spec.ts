import { describe, expect, it } from '@jest/globals';
import {
  cookieValue,
  judgeRefresh,
  nextIdleExpiry,
  parseRefreshValue,
  ROTATION_GRACE_MS,
  type RefreshLink,
} from '../../src/auth/domain/refresh-rules.js';

const now = new Date('2026-12-03T10:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const link = (over: Partial<RefreshLink> = {}): RefreshLink => ({
  rotatedAt: null,
  revokedAt: null,
  idleExpiresAt: at(60_000),
  familyExpiresAt: at(3_600_000),
  tokenVersion: 3,
  ...over,
});
const user = { active: true, tokenVersion: 3 };

describe('judgeRefresh', () => {
  it.each([
    ['a current link', link(), user, 'ROTATE'],
    ['one millisecond before the idle end', link({ idleExpiresAt: at(1) }), user, 'ROTATE'],
    ['at the idle end', link({ idleExpiresAt: at(0) }), user, 'ENDED'],
    ['at the family end', link({ familyExpiresAt: at(0) }), user, 'ENDED'],
    ['revoked', link({ revokedAt: at(-1) }), user, 'ENDED'],
    ['rotated just now (another tab)', link({ rotatedAt: at(-1_000) }), user, 'GRACE'],
    ['rotated at the edge of the grace period', link({ rotatedAt: at(-ROTATION_GRACE_MS) }), user, 'GRACE'],
    ['rotated after the grace period', link({ rotatedAt: at(-ROTATION_GRACE_MS - 1) }), user, 'REUSED'],
    ['rotated and revoked', link({ rotatedAt: at(-ROTATION_GRACE_MS - 1), revokedAt: at(-1) }), user, 'ENDED'],
    ['user deactivated', link(), { active: false, tokenVersion: 3 }, 'ENDED'],
    ['user tokens revoked since', link(), { active: true, tokenVersion: 4 }, 'ENDED'],
    ['user gone', link(), null, 'ENDED'],
    ['rotated but past the family end', link({ rotatedAt: at(-1_000), familyExpiresAt: at(-1) }), user, 'ENDED'],
  ] as const)('%s → %s', (_name, l, u, verdict) => {
    expect(judgeRefresh(l, u, now)).toBe(verdict);
  });

  it('slides the idle window up to the family end', () => {
    expect(nextIdleExpiry(now, 30 * 60_000, at(3_600_000))).toEqual(at(30 * 60_000));
    expect(nextIdleExpiry(now, 30 * 60_000, at(60_000))).toEqual(at(60_000));
  });
});

describe('the cookie', () => {
  const id = '0b6a8a52-5d0f-4a57-9a53-2f0c8d1e2b3c';
  const secret = 'A'.repeat(43);
  it('parses only `<uuid>.<43 base64url characters>`', () => {
    expect(parseRefreshValue(`${id}.${secret}`)).toEqual({ id, secret });
    expect(parseRefreshValue(`${id.toUpperCase()}.${secret}`)?.id).toBe(id);
    for (const bad of [undefined, '', id, `${id}.`, `${id}.${secret}x`, `${id}.${'A'.repeat(42)}=`, `x.${secret}`])
      expect(parseRefreshValue(bad)).toBeNull();
  });
  it('is read from a Cookie header among others', () => {
    expect(cookieValue(`a=1; terren_refresh=${id}.${secret}; b=2`, 'terren_refresh')).toBe(`${id}.${secret}`);
    expect(cookieValue('terren_refreshX=1', 'terren_refresh')).toBeUndefined();
    expect(cookieValue(undefined, 'terren_refresh')).toBeUndefined();
    expect(cookieValue('terren_refresh="quoted"', 'terren_refresh')).toBe('quoted');
  });
});
