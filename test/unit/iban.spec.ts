import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatIban, ibanMod97, makeIban, normalizeIban, validateIban } from '../../src/staff/domain/iban.js';

describe('validateIban', () => {
  // Valid numbers from the SWIFT IBAN registry examples, typed the ways people type them.
  it.each([
    ['Kosovo, electronic form', 'XK051212012345678906', 'XK051212012345678906'],
    ['Kosovo, groups of four', 'XK05 1212 0123 4567 8906', 'XK051212012345678906'],
    ['Germany', 'DE89370400440532013000', 'DE89370400440532013000'],
    ['Germany, lower case with spaces', 'de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['Albania (28 characters, letters in the BBAN)', 'AL47 2121 1009 0000 0002 3569 8741', 'AL47212110090000000235698741'],
    ['United Kingdom, lower case with spaces', 'gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['United Kingdom, hyphens', 'GB82-WEST-1234-5698-7654-32', 'GB82WEST12345698765432'],
  ])('accepts %s', (_what, input, stored) => {
    expect(validateIban(input)).toEqual({ ok: true, iban: stored });
  });

  it.each([
    ['wrong check digits', 'XK06 1212 0123 4567 8906', /check digits/],
    ['one digit mistyped in the BBAN', 'DE89 3704 0044 0532 0130 01', /check digits/],
    ['two digits swapped', 'GB82 WEST 1234 5698 7654 23', /check digits/],
    ['Kosovo IBAN one character short (19)', 'XK05 1212 0123 4567 890', /XK IBAN has 20 characters, this one has 19/],
    ['German IBAN one character long (23)', 'DE89 3704 0044 0532 0130 000', /DE IBAN has 22 characters, this one has 23/],
    ['unknown country, too short', 'ZZ12 3456', /15 to 34 characters/],
    ['punctuation inside', 'XK05.1212.0123.4567.8906', /country code and two check digits/],
    ['letters where the check digits go', 'XKAB 1212 0123 4567 8906', /country code and two check digits/],
    ['digits where the country goes', '1205 1212 0123 4567 8906', /country code and two check digits/],
    ['Cyrillic letter', 'ХК05 1212 0123 4567 8906', /country code and two check digits/],
    ['empty', '', /country code and two check digits/],
  ])('refuses %s', (_what, input, reason) => {
    expect(validateIban(input)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe('makeIban', () => {
  it.each([
    ['XK', '1212012345678906', 'XK051212012345678906'],
    ['DE', '370400440532013000', 'DE89370400440532013000'],
    ['GB', 'WEST12345698765432', 'GB82WEST12345698765432'],
    ['AL', '212110090000000235698741', 'AL47212110090000000235698741'],
  ])('computes the check digits for %s %s', (country, bban, iban) => {
    expect(makeIban(country, bban)).toBe(iban);
  });

  it.each([
    ['XK', '0000000000000001'],
    ['XK', '9999999999999999'],
    ['DE', '000000000000000000'],
    ['AL', 'ABCDEFGH0000000000000000'],
  ])('round-trips through validateIban (%s %s)', (country, bban) => {
    const iban = makeIban(country, bban);
    expect(validateIban(iban)).toEqual({ ok: true, iban });
    expect(ibanMod97(iban)).toBe(1);
  });

  it('pads single-digit check digits with a zero', () => {
    // Check digits 02..09 must keep their leading zero: find one such BBAN and check the form.
    const iban = Array.from({ length: 200 }, (_, i) => makeIban('XK', String(i).padStart(16, '0'))).find((x) => x[2] === '0');
    expect(iban).toMatch(/^XK0[2-9]\d{16}$/);
    expect(validateIban(iban as string).ok).toBe(true);
  });
});

describe('formatIban and normalizeIban', () => {
  it.each([
    ['XK051212012345678906', 'XK05 1212 0123 4567 8906'],
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['AL47212110090000000235698741', 'AL47 2121 1009 0000 0002 3569 8741'],
    ['GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32'],
  ])('groups %s in fours', (iban, shown) => {
    expect(formatIban(iban)).toBe(shown);
    expect(normalizeIban(shown)).toBe(iban);
  });
});

describe('IBAN properties', () => {
  const bban = fc.array(fc.constantFrom(...'0123456789'), { minLength: 16, maxLength: 16 }).map((d) => d.join(''));

  it('every Kosovo IBAN built by makeIban validates', () => {
    expect(() => fc.assert(fc.property(bban, (b) => validateIban(makeIban('XK', b)).ok))).not.toThrow();
  });

  it('mod-97 catches every single mistyped digit', () => {
    const property = fc.property(bban, fc.integer({ min: 4, max: 19 }), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
      const iban = makeIban('XK', b);
      const digit = (Number(iban[pos]) + delta) % 10;
      const typo = iban.slice(0, pos) + String(digit) + iban.slice(pos + 1);
      return !validateIban(typo).ok;
    });
    expect(() => fc.assert(property)).not.toThrow();
  });
});
