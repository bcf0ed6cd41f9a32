import { describe, expect, it } from '@jest/globals';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from '../../src/auth/domain/password.js';
import { passwordProblem, PASSWORD_MIN_LENGTH } from '../../src/auth/domain/password-policy.js';
import { assertAcceptablePassword, commonPasswords } from '../../src/auth/password-policy.js';
import { AppError } from '../../src/common/errors/app-error.js';

// Made by the previous code (N=2^14, r=8, p=1, 64-byte key) for the password "old-style password".
const LEGACY_HASH =
  'scrypt$16384$8$1$/wFy1eQ83eQjyPl6N3007A==$hPjpWUbWvxrNIb9/1aJkoPPJsbH3CciDffavylOiz9JMjRmsX4UXjhcT/KSTrp4KlJGrxmHs800o4rOy6Py8xg==';

describe('password hashing (scrypt)', () => {
  it('hashes with the OWASP parameters N=2^17, r=8, p=1 and stores them with the hash', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131_072, r: 8, p: 1 });
    const hash = await hashPassword('a long enough passphrase');
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '131072', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(64);
    await expect(verifyPassword('a long enough passphrase', hash)).resolves.toBe(true);
    await expect(verifyPassword('a long enough passphrasE', hash)).resolves.toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('still verifies hashes made with the earlier, weaker parameters, and marks them for rehashing', async () => {
    await expect(verifyPassword('old-style password', LEGACY_HASH)).resolves.toBe(true);
    await expect(verifyPassword('old-style passwort', LEGACY_HASH)).resolves.toBe(false);
    expect(needsRehash(LEGACY_HASH)).toBe(true);
  });

  it.each([
    ['not a hash', 'plain'],
    ['unknown scheme', 'bcrypt$10$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['N not a power of two', 'scrypt$1000$8$1$/wFy1eQ83eQjyPl6N3007A==$hPjpWUbWvxrNIb9/1aJkoPPJsbH3CciDffavylOiz9I='],
    [
      'N beyond the bound (would take gigabytes)',
      'scrypt$4194304$8$1$/wFy1eQ83eQjyPl6N3007A==$hPjpWUbWvxrNIb9/1aJkoPPJsbH3CciDffavylOiz9I=',
    ],
    ['the placeholder of users without a password', 'scrypt$invalid'],
  ])('refuses a stored value that is %s without running it', async (_label, stored) => {
    await expect(verifyPassword('anything at all', stored)).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });
});

describe('password policy', () => {
  it('ships a real list of common passwords', async () => {
    const list = await commonPasswords();
    expect(list.size).toBeGreaterThan(10_000);
    for (const p of ['123456', 'password', 'qwerty123456', 'iloveyou']) expect(list.has(p)).toBe(true);
  });

  it.each([
    ['eleven char', 'TOO_SHORT'], // 11 characters
    ['ëëëëëëëëëëë', 'TOO_SHORT'], // 11 letters, 22 UTF-8 bytes: counted as people count
    ['qwerty123456', 'COMMON'],
    ['QWERTY123456', 'COMMON'], // compared in lower case
    ['1q2w3e4r5t6y', 'COMMON'],
    ['leavemealone', 'COMMON'],
    ['x'.repeat(513), 'TOO_LONG'],
    ['kkr.prizren@ask.example', 'IS_EMAIL'],
    ['twelve chars', null], // exactly 12
    ['census-field-demo', null],
    ['ëëëëëëëëëëëë', null],
  ])('%s → %s', async (password, expected) => {
    expect(passwordProblem(password, await commonPasswords(), 'kkr.prizren@ask.example')).toBe(expected);
  });

  it('answers PASSWORD_REJECTED naming the field and the reason', async () => {
    const err = await assertAcceptablePassword('password1234', { field: 'password' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'PASSWORD_REJECTED',
      message: 'password is on the list of common passwords; choose a less predictable one',
      details: [{ field: 'password', code: 'PASSWORD_COMMON', params: {} }],
    });
    await expect(assertAcceptablePassword('short', { field: 'DEMO_PASSWORD' })).rejects.toMatchObject({
      details: [{ field: 'DEMO_PASSWORD', code: 'PASSWORD_TOO_SHORT', params: { minimum: PASSWORD_MIN_LENGTH } }],
    });
    await expect(assertAcceptablePassword('a sentence nobody guesses')).resolves.toBeUndefined();
  });
});
