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

  it('words the details from their codes in each language, keeping code and params', async () => {
    const tooSmall = (lang: string) =>
      t.http().get('/api/v1/staff?limit=0').set('authorization', admin).set('accept-language', lang).expect(400);
    const detail = { field: 'limit', code: 'TOO_SMALL', params: { minimum: 1, inclusive: 'yes' } };
    expect((await tooSmall('sq')).body.error.details).toEqual([{ ...detail, reason: 'duhet të jetë së paku 1' }]);
    expect((await tooSmall('sr-Latn')).body.error.details).toEqual([{ ...detail, reason: 'mora biti najmanje 1' }]);
    expect((await tooSmall('sr-Cyrl')).body.error.details).toEqual([{ ...detail, reason: 'мора бити најмање 1' }]);
    expect((await tooSmall('en')).body.error.details).toEqual([{ ...detail, reason: 'must be at least 1' }]);
    const missing = await t.http().patch('/api/v1/auth/me').set('authorization', admin).set('accept-language', 'sq').send({}).expect(400);
    expect(missing.body.error.details).toEqual([{ field: 'locale', code: 'REQUIRED', params: {}, reason: 'duhet plotësuar' }]);
  });

  it('answers in the language the user saved when Accept-Language names none terren speaks', async () => {
    const user = await t.tokenFor(Role.FINANCE);
    const missing = (lang: string | null) => {
      const req = t.http().get(`/api/v1/staff/${randomUUID()}`).set('authorization', user);
      return (lang === null ? req.unset('accept-language') : req.set('accept-language', lang)).expect(404);
    };
    expect((await missing(null)).body.error.message).toBe('Person i panjohur.');

    const saved = await t.http().patch('/api/v1/auth/me').set('authorization', user).send({ locale: 'sr-Cyrl' }).expect(200);
    expect(saved.body).toMatchObject({ role: 'FINANCE', locale: 'sr-Cyrl' });
    expect((await t.http().get('/api/v1/auth/me').set('authorization', user).expect(200)).body.locale).toBe('sr-Cyrl');

    const res = await missing(null);
    expect(res.body.error.message).toBe('Непозната особа.');
    expect(res.headers['content-language']).toBe('sr-Cyrl');
    expect((await missing('fr-FR')).body.error.message).toBe('Непозната особа.');
    // a language the request names wins
    expect((await missing('sq')).body.error.message).toBe('Person i panjohur.');

    const refused = await t.http().patch('/api/v1/auth/me').set('authorization', user).set('accept-language', 'en').send({ locale: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ field: 'locale', code: 'NOT_ONE_OF' })]);

    await t.http().patch('/api/v1/auth/me').set('authorization', user).send({ locale: null }).expect(200);
    expect((await missing(null)).body.error.message).toBe('Person i panjohur.');
  });
});
