import { describe, expect, it } from '@jest/globals';
import { MessageCatalogue, messageCatalogue } from '../../src/common/i18n/catalogue.js';
import { LOCALES } from '../../src/common/i18n/locales.js';
import { ERROR_STATUS, type ErrorCode } from '../../src/common/errors/error-codes.js';

describe('the server message catalogues', () => {
  const catalogue = messageCatalogue();
  const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

  it('word every error code in every language, each its own translation', () => {
    for (const code of codes) {
      const texts = Object.fromEntries(LOCALES.map((l) => [l, catalogue.format(l, `error.${code}`)]));
      for (const l of LOCALES) expect(texts[l]).toMatch(/\p{L}.*[.!]$/u);
      expect(texts.sq).not.toBe(texts.en);
      expect(texts['sr-Latn']).not.toBe(texts.en);
      expect(texts['sr-Cyrl']).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('hold no error message for a code that does not exist', () => {
    // error.<CODE> words an API error code; the console's own error.<camelCase> words a failure kind
    const codeKey = /^(error|errorDetail)\.([A-Z][A-Z0-9_]*)$/;
    const unused = Object.keys(catalogue.sources.en).filter((k) => codeKey.test(k) && !((codeKey.exec(k)?.[2] ?? '') in ERROR_STATUS));
    expect(unused).toEqual([]);
  });

  it('refuse a language file that lacks a key of another or does not parse', () => {
    const good = { sq: { a: 'A', b: 'B' }, 'sr-Cyrl': { a: 'А', b: 'Б' }, 'sr-Latn': { a: 'A', b: 'B' }, en: { a: 'A', b: 'B' } };
    expect(() => new MessageCatalogue(good)).not.toThrow();
    expect(() => new MessageCatalogue({ ...good, 'sr-Latn': { a: 'A' } })).toThrow('sr-Latn: b is missing');
    expect(() => new MessageCatalogue({ ...good, en: { a: 'A', b: '{n, plural, one {x}' } })).toThrow('en: b does not parse');
  });
});
