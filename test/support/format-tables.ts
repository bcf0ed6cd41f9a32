import type { Locale } from '../../src/common/i18n/locales.js';

/**
 * Money and dates as each reader writes them. Spaces in CLDR's output are no-break spaces
 * (U+00A0 or U+202F); the tables write them as ordinary spaces.
 */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

export const MONEY: readonly [number | string, Record<Locale, string>][] = [
  [0, { sq: '0,00 €', 'sr-Cyrl': '0,00 €', 'sr-Latn': '0,00 €', en: '€0.00' }],
  [5, { sq: '0,05 €', 'sr-Cyrl': '0,05 €', 'sr-Latn': '0,05 €', en: '€0.05' }],
  [123450, { sq: '1 234,50 €', 'sr-Cyrl': '1.234,50 €', 'sr-Latn': '1.234,50 €', en: '€1,234.50' }],
  [-123450, { sq: '-1 234,50 €', 'sr-Cyrl': '-1.234,50 €', 'sr-Latn': '-1.234,50 €', en: '-€1,234.50' }],
  [123456789012, { sq: '1 234 567 890,12 €', 'sr-Cyrl': '1.234.567.890,12 €', 'sr-Latn': '1.234.567.890,12 €', en: '€1,234,567,890.12' }],
  ['12043.8', { sq: '12 043,80 €', 'sr-Cyrl': '12.043,80 €', 'sr-Latn': '12.043,80 €', en: '€12,043.80' }],
  ['-0.00', { sq: '0,00 €', 'sr-Cyrl': '0,00 €', 'sr-Latn': '0,00 €', en: '€0.00' }],
  // beyond a double's exact range: the string reaches Intl as a decimal, not a float
  [
    '90071992547409.93',
    {
      sq: '90 071 992 547 409,93 €',
      'sr-Cyrl': '90.071.992.547.409,93 €',
      'sr-Latn': '90.071.992.547.409,93 €',
      en: '€90,071,992,547,409.93',
    },
  ],
];

export const DAYS: readonly [string, Record<Locale, string>][] = [
  ['2026-12-31', { sq: '31 dhjetor 2026', 'sr-Cyrl': '31. децембар 2026.', 'sr-Latn': '31. decembar 2026.', en: '31 December 2026' }],
  ['2027-01-01', { sq: '1 janar 2027', 'sr-Cyrl': '1. јануар 2027.', 'sr-Latn': '1. januar 2027.', en: '1 January 2027' }],
  ['2026-12-03', { sq: '3 dhjetor 2026', 'sr-Cyrl': '3. децембар 2026.', 'sr-Latn': '3. decembar 2026.', en: '3 December 2026' }],
];
