import { describe, expect, it } from '@jest/globals';
import { LOCALES, readerLocale } from '../../src/common/i18n/catalogue.js';
import { matchLocale, negotiateLocale, scriptOf } from '../../src/common/i18n/locales.js';
import { cyrillicToLatin, isCyrillic, latinToCyrillic, serbianInScript } from '../../src/common/i18n/serbian-script.js';

describe('the reader’s locale from Accept-Language', () => {
  it.each([
    [undefined, 'sq'],
    ['', 'sq'],
    ['sq-XK,sq;q=0.9', 'sq'],
    ['sr', 'sr-Cyrl'],
    ['sr-RS', 'sr-Cyrl'],
    ['sr-Cyrl-XK', 'sr-Cyrl'],
    ['sr-Latn-RS,sr;q=0.8', 'sr-Latn'],
    ['SR-latn', 'sr-Latn'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9', 'sq'],
    ['de-DE,en;q=0.5', 'en'],
    ['en;q=0.3,sr-Latn;q=0.7', 'sr-Latn'],
    ['sr;q=0,en', 'en'],
    ['*', 'sq'],
    ['sh', 'sr-Latn'],
    ['sr-ME', 'sr-Latn'],
    ['sq-MK', 'sq'],
    ['en-US', 'en'],
  ] as const)('%p → %s', (header, want) => {
    expect(readerLocale(header)).toBe(want);
  });

  it('falls back to the given default', () => {
    expect(readerLocale('fr', 'sr-Cyrl')).toBe('sr-Cyrl');
    expect(negotiateLocale('fr', LOCALES)).toBeUndefined();
    expect(matchLocale('fr', LOCALES)).toBeUndefined();
  });

  it('matches any set of languages, not only these four', () => {
    const available = ['sq', 'sr-Cyrl', 'sr-Latn', 'en', 'tr', 'de-CH'];
    expect(matchLocale('tr-TR', available)).toBe('tr');
    expect(matchLocale('de', available)).toBe('de-CH');
    expect(negotiateLocale('de-DE;q=0.5,tr;q=0.8', available)).toBe('tr');
    // Serbian without a Cyrillic catalogue falls back to the Latin one
    expect(matchLocale('sr', ['sq', 'sr-Latn'])).toBe('sr-Latn');
    expect(scriptOf('sr-Cyrl')).toBe('Cyrl');
    expect(scriptOf('sq')).toBe('Latn');
  });

  it('lists the catalogues of messages/, the default first', () => {
    expect(LOCALES[0]).toBe('sq');
    expect([...LOCALES].sort()).toEqual(['en', 'sq', 'sr-Cyrl', 'sr-Latn']);
  });
});

describe('Serbian names in either script', () => {
  it.each([
    ['Gračanica', 'Грачаница'],
    ['Ljubomir Njegoš', 'Љубомир Његош'],
    ['Džaković', 'Џаковић'],
    ['LJUBA NJEGOŠ', 'ЉУБА ЊЕГОШ'],
    ['Novo Brdo', 'Ново Брдо'],
    ['Štrpce', 'Штрпце'],
    ['Zvečan', 'Звечан'],
  ])('%s ↔ %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('prints a name in the reader’s script, and leaves other text alone', () => {
    expect(serbianInScript('Грачаница', 'Latn')).toBe('Gračanica');
    expect(serbianInScript('Gračanica', 'Cyrl')).toBe('Грачаница');
    expect(serbianInScript('Грачаница', 'Cyrl')).toBe('Грачаница');
    expect(latinToCyrillic('0042 / 2023 – (1)')).toBe('0042 / 2023 – (1)');
    expect(isCyrillic('Ново Брдо')).toBe(true);
    expect(isCyrillic('Novo Brdo')).toBe(false);
  });
});
