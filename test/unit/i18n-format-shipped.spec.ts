import { describe, expect, it } from '@jest/globals';
import '../../web/src/intl-polyfills.js';
import { formatDay, formatMoney } from '../../src/common/i18n/format.js';
import { LOCALES } from '../../src/common/i18n/locales.js';
import { DAYS, MONEY, plain } from '../support/format-tables.js';

/**
 * The console formats through the CLDR data it ships (FormatJS polyfills forced over Intl),
 * not the browser's; the figures must be the ones the server prints with Node's ICU.
 */
describe('the CLDR data the console ships', () => {
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
