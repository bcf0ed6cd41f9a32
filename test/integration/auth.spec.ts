import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../../src/auth/domain/password.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('sign-in and roles', () => {
  let t: TestApp;
  const password = 'correct horse battery';

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT_ATTEMPTS: '5', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60' });
    const prizren = await t.db.municipalityId('prizren');
    const hash = await hashPassword(password);
    await t.db.prisma.user.createMany({
      data: [
        { email: 'kkr@prizren.test', passwordHash: hash, role: Role.MUNICIPALITY, municipalityId: prizren },
        { email: 'gone@ask.test', passwordHash: hash, role: Role.FINANCE, active: false },
        { email: 'limit@ask.test', passwordHash: hash, role: Role.FINANCE },
      ],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns a short-lived bearer token for the right password, usable on protected routes', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'KKR@prizren.test', password }).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900, role: 'MUNICIPALITY' });
    const me = await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({
      email: 'kkr@prizren.test',
      role: 'MUNICIPALITY',
      municipality: { code: 'prizren', nameSq: 'Prizren' },
    });
    expect(JSON.stringify(me.body)).not.toContain('scrypt');
  });

  it.each([
    ['wrong password', 'kkr@prizren.test', 'wrong password!'],
    ['unknown e-mail', 'nobody@prizren.test', password],
    ['deactivated user', 'gone@ask.test', password],
  ])('refuses %s with the same 401 answer', async (_label, email, pw) => {
    const res = await t.http().post('/api/v1/auth/login').send({ email, password: pw }).expect(401);
    expect(res.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'e-mail or password is wrong' });
  });

  it('validates the login body and names the field', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'x@y.z' }).expect(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([{ field: 'password', reason: expect.any(String) }]);
  });

  it('rate-limits repeated sign-in attempts for an account with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.http().post('/api/v1/auth/login').send({ email: 'limit@ask.test', password: 'wrong password!' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Even the right password is refused while the window lasts.
    const blocked = await t.http().post('/api/v1/auth/login').send({ email: 'limit@ask.test', password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
  });

  it('lets only ADMIN manage users, and binds MUNICIPALITY users to a municipality', async () => {
    const admin = await t.tokenFor(Role.ADMIN);
    const finance = await t.tokenFor(Role.FINANCE);
    await t.http().get('/api/v1/users').set('authorization', finance).expect(403);
    const missing = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email: 'new@kkr.test', password: 'long enough pw', role: 'MUNICIPALITY' })
      .expect(400);
    expect(missing.body.error.details).toEqual([{ field: 'municipalityCode', reason: 'is required for role MUNICIPALITY' }]);
    const created = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email: 'new@kkr.test', password: 'long enough pw', role: 'MUNICIPALITY', municipalityCode: 'gjilan' })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'new@kkr.test',
      role: 'MUNICIPALITY',
      municipalityId: await t.db.municipalityId('gjilan'),
    });
    expect(created.body.passwordHash).toBeUndefined();
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'new@kkr.test', password: 'long enough pw' }).expect(200);
    expect(login.body.role).toBe('MUNICIPALITY');
    const dup = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email: 'new@kkr.test', password: 'long enough pw', role: 'FINANCE' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('UNIQUE_VIOLATION');
  });

  it('serves the OpenAPI document without a token', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(res.body.paths['/api/v1/auth/login']).toBeDefined();
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
  });
});
