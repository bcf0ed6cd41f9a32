import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countrySpecs, isValidIBAN } from 'ibantools';
import { formatIban, IBAN_COUNTRIES, ibanMod97, makeIban, normalizeIban, validateIban } from '../../src/staff/domain/iban.js';
import { wordNotice } from '../../src/common/i18n/word-notice.js';

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
    ['Serbia (national check digits)', 'RS35 2600 0560 1001 6113 79', 'RS35260005601001611379'],
    ['North Macedonia', 'MK07 2501 2000 0058 984', 'MK07250120000058984'],
    ['Switzerland QR-IBAN (still an IBAN)', 'CH44 3199 9123 0008 8901 2', 'CH4431999123000889012'],
  ])('accepts %s', (_what, input, stored) => {
    expect(validateIban(input)).toEqual({ ok: true, iban: stored });
  });

  it.each([
    ['wrong check digits', 'XK06 1212 0123 4567 8906', 'IBAN_CHECKSUM', /check digits do not match/],
    ['one digit mistyped in the BBAN', 'DE89 3704 0044 0532 0130 01', 'IBAN_CHECKSUM', /check digits do not match/],
    ['two digits swapped', 'GB82 WEST 1234 5698 7654 23', 'IBAN_CHECKSUM', /check digits do not match/],
    ['Kosovo IBAN one character short (19)', 'XK05 1212 0123 4567 890', 'IBAN_LENGTH', /XK IBAN has 20 characters, this one has 19/],
    ['German IBAN one character long (23)', 'DE89 3704 0044 0532 0130 000', 'IBAN_LENGTH', /DE IBAN has 22 characters, this one has 23/],
    ['Norwegian IBAN of the generic length', makeIban('NO', '86011117947000000'), 'IBAN_LENGTH', /NO IBAN has 15 characters/],
    ['unknown country ZZ', makeIban('ZZ', '1212012345678906'), 'IBAN_COUNTRY_UNKNOWN', /ZZ is not a country of the IBAN registry/],
    ['a country outside the registry (US)', makeIban('US', '1212012345678906'), 'IBAN_COUNTRY_UNKNOWN', /US is not/],
    ['unknown country, too short', 'ZZ12 3456', 'IBAN_COUNTRY_UNKNOWN', /ZZ is not/],
    // A letter in a Kosovo account number: mod 97 alone is satisfied, the structure is not.
    ['letters in a Kosovo account', 'XK0618842A0672983905', 'IBAN_BBAN_FORMAT', /XK structure/],
    ['letters in a German account', makeIban('DE', '37040044053201300A'), 'IBAN_BBAN_FORMAT', /DE structure/],
    ['digits where a UK bank code goes', makeIban('GB', '123412345698765432'), 'IBAN_BBAN_FORMAT', /GB structure/],
    ['Serbian national check digits wrong', makeIban('RS', '260005601001611378'), 'IBAN_NATIONAL_CHECK', /RS national check digits/],
    ['punctuation inside', 'XK05.1212.0123.4567.8906', 'IBAN_CHARACTERS', /country code and two check digits/],
    ['letters where the check digits go', 'XKAB 1212 0123 4567 8906', 'IBAN_CHARACTERS', /country code and two check digits/],
    ['digits where the country goes', '1205 1212 0123 4567 8906', 'IBAN_CHARACTERS', /country code and two check digits/],
    ['Cyrillic letter', 'ХК05 1212 0123 4567 8906', 'IBAN_CHARACTERS', /country code and two check digits/],
    ['empty', '', 'IBAN_CHARACTERS', /country code and two check digits/],
  ])('refuses %s', (_what, input, code, reason) => {
    const r = validateIban(input);
    expect(r).toMatchObject({ ok: false, code });
    expect(r.ok ? '' : wordNotice('en', 'problem', r)).toMatch(reason);
  });

  // 98 − (n mod 97) is 02..98: 00, 01 and 99 are never check digits, even when mod 97 gives 1.
  // XK00…/XK01…/XK99… with a BBAN whose mod 97 works out for them (found by search below).
  it.each(['00', '01', '99'])('refuses check digits %s even when the mod-97 sum is 1', (digits) => {
    const equivalent = digits === '00' ? '97' : digits === '01' ? '98' : '02';
    // Check digits d and d ± 97 leave the same remainder: a valid IBAN with 97/98/02 turns into one with 00/01/99.
    let bban = '';
    for (let i = 0; bban === ''; i++) {
      const candidate = String(i).padStart(16, '0');
      if (makeIban('XK', candidate).slice(2, 4) === equivalent) bban = candidate;
    }
    const iban = `XK${digits}${bban}`;
    expect(ibanMod97(iban)).toBe(1);
    expect(validateIban(iban)).toEqual({ ok: false, code: 'IBAN_CHECK_DIGITS', params: { digits } });
    expect(isValidIBAN(iban)).toBe(false);
  });

  it('knows every country of the IBAN registry, Kosovo with 20 characters, digits only', () => {
    const registry = Object.entries(countrySpecs)
      .filter(([, s]) => s.IBANRegistry === true)
      .map(([c]) => c)
      .sort();
    expect(IBAN_COUNTRIES).toEqual(registry);
    expect(IBAN_COUNTRIES.length).toBeGreaterThanOrEqual(89);
    expect(countrySpecs.XK).toMatchObject({ chars: 20, bban_regexp: '^[0-9]{16}$' });
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
    ['AL', '12345678ABCDEFGH00000000'],
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

/**
 * Cross-check against ibantools' own validateIBAN on the electronic form: ours must say yes
 * exactly when it does, for registry countries (ibantools also knows a few national formats
 * outside the registry, which we refuse).
 */
describe('agrees with ibantools', () => {
  const inRegistry = (s: string): boolean => countrySpecs[s.slice(0, 2)]?.IBANRegistry === true;
  const reference = (s: string): boolean => isValidIBAN(s) && inRegistry(s);
  const ours = (s: string): boolean => validateIban(s).ok;
  const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
  const countries = Object.keys(countrySpecs);

  const DIGITS = '0123456789'.split('');
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  /**
   * A random BBAN following the country's structure (`[0-9]{8}[A-Z0-9]{16}` …), with now and
   * then a character of the wrong kind, so both valid and structurally wrong ones come out.
   */
  const bbanOf = (country: string) => {
    const spec = countrySpecs[country];
    const parts = [...(spec?.bban_regexp ?? '').matchAll(/\[([^\]]+)\]\{(\d+)\}/g)].flatMap(([, set, n]) =>
      Array.from({ length: Number(n) }, () => (set === '0-9' ? DIGITS : set === 'A-Z' ? LETTERS : [...DIGITS, ...LETTERS])),
    );
    const n = (spec?.chars ?? 20) - 4;
    const slots = parts.length === n ? parts : Array.from({ length: n }, () => DIGITS);
    return fc
      .tuple(...slots.map((set) => fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...set) }, { weight: 1, arbitrary: alnum })))
      .map((cs) => cs.join(''));
  };
  /** IBANs of registry countries mostly, and of every country ibantools knows; most valid, some not. */
  const wellFormed = fc
    .oneof({ weight: 3, arbitrary: fc.constantFrom(...IBAN_COUNTRIES) }, { weight: 1, arbitrary: fc.constantFrom(...countries) })
    .chain((c) => bbanOf(c).map((b) => makeIban(c, b)));

  /** One edit of an IBAN: a changed, dropped, added or swapped character, or new check digits. */
  const mutated = fc
    .tuple(wellFormed, fc.nat(), fc.integer({ min: 0, max: 4 }), alnum, fc.integer({ min: 0, max: 99 }))
    .map(([iban, at, how, ch, check]) => {
      const i = at % iban.length;
      switch (how) {
        case 0:
          return iban.slice(0, i) + ch + iban.slice(i + 1);
        case 1:
          return iban.slice(0, i) + iban.slice(i + 1);
        case 2:
          return iban.slice(0, i) + ch + iban.slice(i);
        case 3:
          return i + 1 < iban.length ? iban.slice(0, i) + iban.charAt(i + 1) + iban.charAt(i) + iban.slice(i + 2) : iban;
        default:
          return iban.slice(0, 2) + String(check).padStart(2, '0') + iban.slice(4);
      }
    });

  /** Random strings shaped like IBANs: two letters, two digits, 10–30 letters or digits. */
  const random = fc
    .tuple(
      fc.constantFrom(...countries, 'ZZ', 'US', 'QQ'),
      fc.integer({ min: 0, max: 99 }),
      fc.array(alnum, { minLength: 10, maxLength: 30 }).map((cs) => cs.join('')),
    )
    .map(([c, d, rest]) => `${c}${String(d).padStart(2, '0')}${rest}`);

  it('on well-formed IBANs of every country in ibantools’ table', () => {
    fc.assert(
      fc.property(wellFormed, (s) => {
        expect(ours(s)).toBe(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on mutated IBANs (one character changed, dropped, added, swapped, or new check digits)', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        expect(ours(s)).toBe(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('on random IBAN-shaped strings', () => {
    fc.assert(
      fc.property(random, (s) => {
        expect(ours(s)).toBe(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds valid ones among the generated IBANs (the cross-check is not vacuous)', () => {
    const sample = fc.sample(wellFormed, { numRuns: 2_000, seed: 13 });
    const valid = sample.filter(ours).length;
    expect(valid).toBeGreaterThan(1_000);
    expect(valid).toBeLessThan(sample.length);
  });
});
