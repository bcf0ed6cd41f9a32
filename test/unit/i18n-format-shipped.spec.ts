import { beforeAll, describe, expect, it } from '@jest/globals';
import '../../web/src/intl-polyfills.js';
import { formatDay, formatMoney } from '../../src/common/i18n/format.js';
import { LOCALES, MESSAGES_DIR } from '../../src/common/i18n/catalogue.js';
import { formattingLocales, localeDataModules } from '../../scripts/intl-locale-data.mjs';
import { DAYS, MONEY, plain } from '../support/format-tables.js';

// the locale data the console's build imports (virtual:intl-locale-data), for every catalogue
beforeAll(async () => {
  for (const m of localeDataModules(formattingLocales(MESSAGES_DIR), process.cwd())) await import(m);
});

/**
 * The console formats through the CLDR data it ships (FormatJS polyfills forced over Intl),
 * not the browser's; the figures must be the ones the server prints with Node's ICU.
 */
describe('the CLDR data the console ships', () => {
  it('is there for every catalogue’s language', () => {
    const modules = localeDataModules(formattingLocales(MESSAGES_DIR), process.cwd());
    for (const m of [
      'intl-numberformat/locale-data/en-GB.js',
      'intl-datetimeformat/locale-data/sr-Cyrl.js',
      'intl-pluralrules/locale-data/sq.js',
    ])
      expect(modules).toContain(`@formatjs/${m}`);
    // a language added as one more file brings its data
    expect(localeDataModules(['de-CH'], process.cwd())).toEqual([
      '@formatjs/intl-pluralrules/locale-data/de.js',
      '@formatjs/intl-numberformat/locale-data/de.js',
      '@formatjs/intl-numberformat/locale-data/de-CH.js',
      '@formatjs/intl-datetimeformat/locale-data/de.js',
      '@formatjs/intl-datetimeformat/locale-data/de-CH.js',
    ]);
  });

  it('replaced Intl', () => {
    expect((Intl.NumberFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
    expect((Intl.DateTimeFormat as unknown as { polyfilled?: boolean }).polyfilled).toBe(true);
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(MONEY)('money %p', (amount, expected) => {
      expect(plain(formatMoney(amount, locale))).toBe(expected[locale]);
    });
    it.each(DAYS)('day %s', (day, expected) => {
      expect(formatDay(day, locale)).toBe(expected[locale]);
    });
  });
});
