import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Errors answer in the caller's language (Accept-Language; Albanian by default) and keep their code. */
describe('error messages in the reader’s language', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  const badLogin = (lang: string | null) => {
    const req = t.http().post('/api/v1/auth/login');
    return (lang === null ? req.unset('accept-language') : req.set('accept-language', lang)).send({
      email: 'nobody@x.test',
      password: 'wrong password!',
    });
  };

  it.each([
    [null, 'sq', 'E-posta ose fjalëkalimi është i gabuar.'],
    ['sq-XK', 'sq', 'E-posta ose fjalëkalimi është i gabuar.'],
    ['sr-Latn-XK', 'sr-Latn', 'E-pošta ili lozinka nije ispravna.'],
    ['sr', 'sr-Cyrl', 'Е-пошта или лозинка није исправна.'],
    ['de-DE, sr-Cyrl;q=0.8, en;q=0.5', 'sr-Cyrl', 'Е-пошта или лозинка није исправна.'],
    ['en-GB', 'en', 'e-mail or password is wrong'],
  ])('a refused sign-in with Accept-Language %p answers in %s', async (header, locale, message) => {
    const res = await badLogin(header).expect(401);
    expect(res.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message });
    expect(res.headers['content-language']).toBe(locale);
    expect(res.headers.vary).toMatch(/Accept-Language/i);
  });

  it('words a sample of codes in each language and keeps the details', async () => {
    const missing = (lang: string) =>
      t.http().get(`/api/v1/staff/${randomUUID()}`).set('authorization', admin).set('accept-language', lang).expect(404);
    expect((await missing('sq')).body.error).toMatchObject({ code: 'STAFF_UNKNOWN', message: 'Person i panjohur.' });
    expect((await missing('sr-Latn')).body.error).toMatchObject({ code: 'STAFF_UNKNOWN', message: 'Nepoznata osoba.' });
    expect((await missing('sr-Cyrl')).body.error).toMatchObject({ code: 'STAFF_UNKNOWN', message: 'Непозната особа.' });
    expect((await missing('en')).body.error).toMatchObject({ code: 'STAFF_UNKNOWN', message: expect.stringMatching(/not found/) });

    const invalid = await t.http().get('/api/v1/staff?limit=0').set('authorization', admin).set('accept-language', 'sq').expect(400);
    expect(invalid.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Kërkesa nuk është e vlefshme; hollësitë tregojnë çdo fushë.',
      details: [expect.objectContaining({ field: 'limit' })],
    });

    const noRoute = await t.http().get('/api/v1/no-such-thing').set('authorization', admin).set('accept-language', 'sr-Latn');
    expect(noRoute.status).toBe(404);
    expect(noRoute.body.error.message).toBe('Ova adresa ne postoji u API-ju.');
  });
});
