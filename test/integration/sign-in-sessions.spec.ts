import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { ROTATION_GRACE_MS } from '../../src/auth/domain/refresh-rules.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The console stays signed in while its user works: the refresh cookie set at sign-in buys the
 * next access token, rotating at each use; signing out, deactivation and reuse of an old cookie
 * end the sign-in.
 */
describe('sign-ins kept alive by the refresh cookie', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' });
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  async function newUser(role: Role = Role.FINANCE) {
    const email = `s-${randomBytes(4).toString('hex')}@ask.test`;
    const password = `pass ${randomBytes(6).toString('hex')}`;
    const created = await t.http().post('/api/v1/users').set('authorization', admin).send({ email, password, role }).expect(201);
    return { id: created.body.id as string, email, password };
  }

  /** Signs in; returns the body and the cookie pair `terren_refresh=…` the browser would send back. */
  async function signIn(u: { email: string; password: string }) {
    const res = await t.http().post('/api/v1/auth/login').send(u).expect(200);
    return { body: res.body as Record<string, unknown>, cookie: refreshCookie(res.headers['set-cookie']) };
  }

  function refreshCookie(header: unknown): string {
    const all = (Array.isArray(header) ? header : [header]).filter((h): h is string => typeof h === 'string');
    const c = all.find((h) => h.startsWith('terren_refresh='));
    if (!c) throw new Error(`no refresh cookie in ${JSON.stringify(all)}`);
    return c.split(';')[0] ?? '';
  }

  const refresh = (cookie: string) => t.http().post('/api/v1/auth/refresh').set('cookie', cookie);

  it('sets an HttpOnly, SameSite=Strict cookie for the sign-in routes only, and says when the sign-in idles out', async () => {
    const u = await newUser();
    const res = await t.http().post('/api/v1/auth/login').send(u).expect(200);
    const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((h) => h.startsWith('terren_refresh='));
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(set).toMatch(/Path=\/api\/v1\/auth(;|$)/);
    expect(set).toMatch(/Expires=/);
    expect(res.body.cookie).toBeUndefined();
    const idle = Date.parse(res.body.sessionExpiresAt as string) - Date.now();
    expect(idle).toBeGreaterThan(29 * 60_000);
    expect(idle).toBeLessThanOrEqual(30 * 60_000);
  });

  it('trades the cookie for a working access token and a new cookie; the old one works only within the grace period', async () => {
    const u = await newUser();
    const { cookie } = await signIn(u);
    const first = await refresh(cookie).expect(200);
    expect(first.body.tokenType).toBe('Bearer');
    const next = refreshCookie(first.headers['set-cookie']);
    expect(next).not.toBe(cookie);
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${first.body.accessToken}`).expect(200);

    // a second tab presenting the previous cookie a moment later: a token, no new cookie
    const raced = await refresh(cookie).expect(200);
    expect(raced.headers['set-cookie']).toBeUndefined();
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${raced.body.accessToken}`).expect(200);

    // the newer cookie rotates on
    const second = await refresh(next).expect(200);
    expect(refreshCookie(second.headers['set-cookie'])).not.toBe(next);
  });

  it('revokes the whole sign-in when a long-rotated cookie comes back (a copied cookie)', async () => {
    const u = await newUser();
    const { cookie } = await signIn(u);
    const first = await refresh(cookie).expect(200);
    const next = refreshCookie(first.headers['set-cookie']);
    // age the rotation beyond the grace period
    const id = cookie.split('=')[1]?.split('.')[0] ?? '';
    await t.db.prisma.signInSession.update({ where: { id }, data: { rotatedAt: new Date(Date.now() - ROTATION_GRACE_MS - 1_000) } });
    const reused = await refresh(cookie).expect(401);
    expect(reused.body.error.code).toBe('SESSION_ENDED');
    // … and the legitimate holder's newer cookie is dead too
    await refresh(next).expect(401);
    const audit = await t.db.prisma.auditEvent.findFirst({
      where: { entity: 'SignInSession', action: 'revoked' },
      orderBy: { id: 'desc' },
    });
    expect(audit?.details).toEqual({ reason: 'ROTATED_LINK_REUSED' });
  });

  it('signing out ends the sign-in for every tab and clears the cookie', async () => {
    const u = await newUser();
    const { cookie } = await signIn(u);
    const out = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    expect(([] as string[]).concat(out.headers['set-cookie'] ?? []).join()).toMatch(/terren_refresh=;.*Expires=Thu, 01 Jan 1970/);
    const res = await refresh(cookie).expect(401);
    expect(res.body.error.code).toBe('SESSION_ENDED');
    // signing out twice, or without a cookie, is harmless
    await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    await t.http().post('/api/v1/auth/logout').expect(204);
  });

  it('deactivation and a password reset end the sign-in', async () => {
    const a = await newUser();
    const { cookie: ca } = await signIn(a);
    await t.http().patch(`/api/v1/users/${a.id}`).set('authorization', admin).send({ active: false }).expect(200);
    await refresh(ca).expect(401);

    const b = await newUser();
    const { cookie: cb } = await signIn(b);
    await t
      .http()
      .patch(`/api/v1/users/${b.id}`)
      .set('authorization', admin)
      .send({ password: `new pass ${randomBytes(6).toString('hex')}` })
      .expect(200);
    await refresh(cb).expect(401);
  });

  it('an idle sign-in and one past its end are over', async () => {
    const u = await newUser();
    const { cookie } = await signIn(u);
    const id = cookie.split('=')[1]?.split('.')[0] ?? '';
    await t.db.prisma.signInSession.update({ where: { id }, data: { idleExpiresAt: new Date(Date.now() - 1) } });
    await refresh(cookie).expect(401);

    const { cookie: c2 } = await signIn(u);
    const id2 = c2.split('=')[1]?.split('.')[0] ?? '';
    await t.db.prisma.signInSession.update({ where: { id: id2 }, data: { familyExpiresAt: new Date(Date.now() - 1) } });
    await refresh(c2).expect(401);
  });

  it('refuses forged, malformed and foreign-origin requests', async () => {
    const u = await newUser();
    const { cookie } = await signIn(u);
    const [name, value] = cookie.split('=');
    const [id] = (value ?? '').split('.');
    await refresh(`${name}=${id}.${randomBytes(32).toString('base64url')}`).expect(401);
    await refresh(`${name}=not-a-cookie`).expect(401);
    await t.http().post('/api/v1/auth/refresh').expect(401);
    const foreign = await refresh(cookie).set('origin', 'https://evil.example').expect(403);
    expect(foreign.body.error.code).toBe('FORBIDDEN');
    // the refused cross-origin attempt did not use the cookie up
    await refresh(cookie).expect(200);
  });
});
