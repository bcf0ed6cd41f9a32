import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../../src/auth/domain/password.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('sign-in and roles', () => {
  let t: TestApp;
  const password = 'correct horse battery';

  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_RATE_LIMIT_ATTEMPTS: '5',
      LOGIN_RATE_LIMIT_WINDOW_SECONDS: '60',
      LOGIN_FAILURES_PER_ADDRESS_PER_DAY: '12',
    });
    const prizren = await t.db.municipalityId('prizren');
    const hash = await hashPassword(password);
    await t.db.prisma.user.createMany({
      data: [
        { email: 'kkr@prizren.test', passwordHash: hash, role: Role.MUNICIPALITY, municipalityId: prizren },
        { email: 'gone@ask.test', passwordHash: hash, role: Role.FINANCE, active: false },
        { email: 'limit@ask.test', passwordHash: hash, role: Role.FINANCE },
        { email: 'victim@ask.test', passwordHash: hash, role: Role.FINANCE },
        { email: 'office@ask.test', passwordHash: hash, role: Role.LOGISTICS },
      ],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns a short-lived bearer token for the right password, usable on protected routes', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'KKR@prizren.test', password }).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      role: 'MUNICIPALITY',
      sessionExpiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
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
    expect(res.body.error.details).toEqual([{ field: 'password', code: 'REQUIRED', params: {}, reason: 'is required' }]);
  });

  // The app trusts X-Forwarded-For from loopback proxies only (bootstrap.ts: trust proxy
  // 'loopback'); supertest connects from 127.0.0.1, so the header sets the client address here
  // as a reverse proxy on the same host would.
  const from = (address: string | null, email: string, pw: string) => {
    const req = t.http().post('/api/v1/auth/login');
    return (address ? req.set('x-forwarded-for', address) : req).send({ email, password: pw });
  };

  it('blocks an (account, address) pair after repeated failures, with 429 even for the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await from('203.0.113.10', 'limit@ask.test', 'wrong password!')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const blocked = await from('203.0.113.10', 'limit@ask.test', password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(blocked.body.error.message).toMatch(/^too many sign-in attempts; try again in \d+ seconds$/);
  });

  it('never locks a user out from another address: 11 wrong passwords from A, the right one from B signs in', async () => {
    const fromA: number[] = [];
    for (let i = 0; i < 11; i++) fromA.push((await from('198.51.100.7', 'victim@ask.test', `guess number ${i}`)).status);
    expect(fromA.filter((s) => s === 401)).toHaveLength(5);
    expect(fromA.slice(5)).toEqual(Array(6).fill(429));
    // A stays limited for this account...
    expect((await from('198.51.100.7', 'victim@ask.test', password)).status).toBe(429);
    // ...while the user, from B (and from the proxy's own address), signs in.
    const fromB = await from('192.0.2.44', 'victim@ask.test', password);
    expect(fromB.status).toBe(200);
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${fromB.body.accessToken}`).expect(200);
    expect((await from(null, 'victim@ask.test', password)).status).toBe(200);
  });

  it('a successful sign-in clears the failures of that account from that address', async () => {
    for (let i = 0; i < 4; i++) expect((await from('203.0.113.20', 'office@ask.test', 'wrong password!')).status).toBe(401);
    expect((await from('203.0.113.20', 'office@ask.test', password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await from('203.0.113.20', 'office@ask.test', 'wrong password!')).status).toBe(401);
    expect((await from('203.0.113.20', 'office@ask.test', password)).status).toBe(200);
  });

  it('limits slow guessing across accounts per address and day, and only that address', async () => {
    // 12 (LOGIN_FAILURES_PER_ADDRESS_PER_DAY) failures, one per e-mail: no pair reaches its limit.
    for (let i = 0; i < 12; i++) expect((await from('203.0.113.99', `spray-${i}@ask.test`, 'Summer2024!!')).status).toBe(401);
    const blocked = await from('203.0.113.99', 'office@ask.test', password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/try again in (8[0-6]\d{3}|\d{4,5}) seconds/);
    expect((await from('203.0.113.100', 'office@ask.test', password)).status).toBe(200);
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
    // Password policy: at least 12 characters and not a common password, named by field.
    const short = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email: 'new@kkr.test', password: 'elevenchars', role: 'FINANCE' })
      .expect(422);
    expect(short.body.error).toEqual({
      code: 'PASSWORD_REJECTED',
      message: 'password must be at least 12 characters',
      details: [{ field: 'password', code: 'PASSWORD_TOO_SHORT', params: { minimum: 12 }, reason: 'must be at least 12 characters' }],
    });
    const common = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({ email: 'new@kkr.test', password: 'Password1234', role: 'FINANCE' })
      .expect(422);
    expect(common.body.error.details).toMatchObject([
      { field: 'password', reason: 'is on the list of common passwords; choose a less predictable one' },
    ]);
    expect(missing.body.error.details).toMatchObject([{ field: 'municipalityCode', reason: 'is required for role MUNICIPALITY' }]);
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
