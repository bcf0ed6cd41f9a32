import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Made by the previous code (N=2^14, r=8, p=1) for the password "old-style password".
const LEGACY_HASH =
  'scrypt$16384$8$1$/wFy1eQ83eQjyPl6N3007A==$hPjpWUbWvxrNIb9/1aJkoPPJsbH3CciDffavylOiz9JMjRmsX4UXjhcT/KSTrp4KlJGrxmHs800o4rOy6Py8xg==';

describe('tokens die with the access they stood for', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ AUTH_CACHE_SECONDS: '30' });
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A user created through the API with a password, signed in: their bearer header and id. */
  async function signedIn(role: Role, municipalityCode?: string) {
    const email = `u-${randomBytes(4).toString('hex')}@ask.test`;
    const password = `pass ${randomBytes(6).toString('hex')}`;
    const created = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email, password, role, ...(municipalityCode ? { municipalityCode } : {}) })
      .expect(201);
    const token = await signIn(email, password);
    // Used once, so the node's cache holds the user: revocation must not wait for it to expire.
    await t.http().get('/api/v1/auth/me').set('authorization', token).expect(200);
    return { id: created.body.id as string, email, password, token };
  }

  async function signIn(email: string, password: string): Promise<string> {
    const res = await t.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return `Bearer ${res.body.accessToken}`;
  }

  const patch = (id: string, body: object, as = admin) => t.http().patch(`/api/v1/users/${id}`).set('authorization', as).send(body);

  it("refuses a deactivated user's token at once, on every route, and again after reactivation", async () => {
    const u = await signedIn(Role.FINANCE);
    await t.http().get('/api/v1/payroll/runs').set('authorization', u.token).expect(200);
    await patch(u.id, { active: false }).expect(200);
    const res = await t.http().get('/api/v1/payroll/runs').set('authorization', u.token).expect(401);
    expect(res.body.error.code).toBe('TOKEN_INVALID');
    await t.http().post('/api/v1/auth/login').send({ email: u.email, password: u.password }).expect(401);
    // Reactivation lets the user sign in again; the old token stays dead.
    await patch(u.id, { active: true }).expect(200);
    await t.http().get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    const fresh = await signIn(u.email, u.password);
    await t.http().get('/api/v1/payroll/runs').set('authorization', fresh).expect(200);
  });

  it('refuses the old token after a password reset; the new password signs in, the old one does not', async () => {
    const u = await signedIn(Role.LOGISTICS);
    await patch(u.id, { password: 'a brand new passphrase' }).expect(200);
    await t.http().get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email: u.email, password: u.password }).expect(401);
    const fresh = await signIn(u.email, 'a brand new passphrase');
    await t.http().get('/api/v1/auth/me').set('authorization', fresh).expect(200);
    // The reset follows the same policy as a new user.
    const weak = await patch(u.id, { password: 'qwerty123456' }).expect(422);
    expect(weak.body.error.details).toMatchObject([
      { field: 'password', code: 'PASSWORD_COMMON', reason: expect.stringContaining('common passwords') },
    ]);
  });

  it('refuses the old token after a role change; the fresh one carries the new role', async () => {
    const u = await signedIn(Role.FINANCE);
    const changed = await patch(u.id, { role: 'LOGISTICS' }).expect(200);
    expect(changed.body.role).toBe('LOGISTICS');
    await t.http().get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    const fresh = await signIn(u.email, u.password);
    const me = await t.http().get('/api/v1/auth/me').set('authorization', fresh).expect(200);
    expect(me.body.role).toBe('LOGISTICS');
  });

  it('refuses the old token after a municipality change, and keeps MUNICIPALITY users bound to one', async () => {
    const u = await signedIn(Role.MUNICIPALITY, 'prizren');
    const moved = await patch(u.id, { municipalityCode: 'gjilan' }).expect(200);
    expect(moved.body.municipalityId).toBe(await t.db.municipalityId('gjilan'));
    await t.http().get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    const fresh = await signIn(u.email, u.password);
    const me = await t.http().get('/api/v1/auth/me').set('authorization', fresh).expect(200);
    expect(me.body.municipality.code).toBe('gjilan');
    // A national role has no municipality; a municipality user cannot lose theirs.
    await patch(u.id, { municipalityCode: null }).expect(400);
    const national = await patch(u.id, { role: 'FINANCE', municipalityCode: null }).expect(200);
    expect(national.body.municipalityId).toBeNull();
    await t.http().get('/api/v1/auth/me').set('authorization', fresh).expect(401);
  });

  it('records who revoked which tokens in the audit trail', async () => {
    const u = await signedIn(Role.FINANCE);
    await patch(u.id, { active: false }).expect(200);
    const events = await t.db.prisma.auditEvent.findMany({ where: { entity: 'User', action: 'updated', entityIds: { has: u.id } } });
    expect(events.map((e) => e.details)).toEqual([{ fields: ['active'], tokensRevoked: true }]);
  });

  it('refuses a token of a user who no longer exists', async () => {
    const u = await signedIn(Role.FINANCE);
    await t.db.prisma.user.delete({ where: { id: u.id } });
    // This node still remembers the user for AUTH_CACHE_SECONDS: a deletion outside the API
    // (nothing in the API deletes users) is seen when the entry expires. Another node sees it at once.
    const other = await createApp(t.config, t.db.handle);
    await other.init();
    try {
      await request(other.getHttpServer()).get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    } finally {
      await other.close();
    }
  });

  it("another node stops accepting a revoked token within its cache's lifetime (AUTH_CACHE_SECONDS)", async () => {
    const u = await signedIn(Role.FINANCE);
    let other: INestApplication | undefined;
    try {
      other = await createApp({ ...t.config, authCacheSeconds: 2 }, t.db.handle);
      await other.init();
      await request(other.getHttpServer()).get('/api/v1/auth/me').set('authorization', u.token).expect(200);
      await patch(u.id, { active: false }).expect(200);
      await t.http().get('/api/v1/auth/me').set('authorization', u.token).expect(401);
      await new Promise((r) => setTimeout(r, 2_100));
      await request(other.getHttpServer()).get('/api/v1/auth/me').set('authorization', u.token).expect(401);
    } finally {
      await other?.close();
    }
  });

  it('refuses a revoked administrator on the queue dashboard too', async () => {
    const a = await signedIn(Role.ADMIN);
    await t.http().get('/api/v1/admin/queues/').set('authorization', a.token).expect(200);
    await patch(a.id, { role: 'FINANCE' }).expect(200);
    await t.http().get('/api/v1/admin/queues/').set('authorization', a.token).expect(401);
  });

  it('verifies a hash made with the old scrypt parameters and upgrades it at sign-in, tokens unaffected', async () => {
    const email = `legacy-${randomBytes(4).toString('hex')}@ask.test`;
    const user = await t.db.prisma.user.create({ data: { email, passwordHash: LEGACY_HASH, role: Role.FINANCE } });
    const token = await signIn(email, 'old-style password');
    const { passwordHash, tokenVersion } = await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(tokenVersion).toBe(0);
    await t.http().get('/api/v1/auth/me').set('authorization', token).expect(200);
    await signIn(email, 'old-style password');
  });
});

describe('the last active administrator', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const patch = (id: string, body: object, as: string) => t.http().patch(`/api/v1/users/${id}`).set('authorization', as).send(body);

  it('cannot deactivate itself or lose the ADMIN role; with a second one it can', async () => {
    const only = await t.tokenFor(Role.ADMIN);
    const id = t.userIdOf(only);
    const self = await patch(id, { active: false }, only).expect(409);
    expect(self.body.error).toMatchObject({
      code: 'LAST_ADMIN',
      details: [{ field: 'active', code: 'NO_ADMIN_LEFT', params: {}, reason: 'would leave no active administrator' }],
    });
    const demoted = await patch(id, { role: 'FINANCE' }, only).expect(409);
    expect(demoted.body.error.details).toEqual([
      { field: 'role', code: 'NO_ADMIN_LEFT', params: {}, reason: 'would leave no active administrator' },
    ]);
    // Other changes to the last administrator stay possible.
    await patch(id, { password: 'a fresh admin passphrase' }, only).expect(200);

    const second = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', await t.tokenFor(Role.ADMIN))
      .send({ email: 'second-admin@ask.test', password: 'second admin passphrase', role: 'ADMIN' })
      .expect(201);
    expect(second.body.role).toBe('ADMIN');
    const stillValid = await t.tokenFor(Role.ADMIN);
    await patch(id, { active: false }, stillValid).expect(200);
    expect(await t.db.prisma.user.count({ where: { role: Role.ADMIN, active: true } })).toBeGreaterThanOrEqual(1);
  });

  it('two administrators deactivating each other at the same moment leave one active', async () => {
    await t.db.prisma.user.updateMany({ where: { role: Role.ADMIN }, data: { active: false } });
    const a = await t.tokenFor(Role.ADMIN);
    const b = await t.tokenFor(Role.ADMIN);
    const [ra, rb] = await Promise.all([patch(t.userIdOf(b), { active: false }, a), patch(t.userIdOf(a), { active: false }, b)]);
    const statuses = [ra.status, rb.status].sort();
    // One wins; the other is refused as the last administrator (409) or, if the winner's
    // change landed before its request was checked, as a revoked token (401).
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    expect(await t.db.prisma.user.count({ where: { role: Role.ADMIN, active: true } })).toBe(1);
  });
});
