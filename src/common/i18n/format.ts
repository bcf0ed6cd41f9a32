import type { Locale } from './locales.js';

/**
 * Numbers, money and dates as the reader writes them, from CLDR through `Intl`: Albanian
 * `1 234,50 €` and `3 dhjetor 2026`, Serbian `1.234,50 €` and `3. децембар 2026.`, English
 * `€1,234.50` and `3 December 2026` (British usage). Shared by the server (PDFs, XLSX, messages) and the console,
 * which loads the CLDR data it ships (web/src/intl-polyfills.ts) so it does not depend on the
 * browser's locale data; Node carries full ICU.
 *
 * Money is never a float here: amounts come as integer cents or as decimal strings and reach
 * `Intl.NumberFormat` as exact decimal strings. Days (training days, engagement dates) are
 * `YYYY-MM-DD` and are printed as that calendar day wherever the reader is.
 */

/**
 * The CLDR locale behind each of ours, as its catalogue says (`locale.formatting`: English is
 * written the British way, `en-GB`, 31 December 2026); a locale not told is its own CLDR locale.
 * Whoever loads the catalogues tells (the server's catalogue, the console's i18n).
 */
const CLDR_LOCALE = new Map<Locale, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function setFormattingLocales(formatting: Readonly<Record<Locale, string>>): void {
  for (const [locale, cldr] of Object.entries(formatting)) CLDR_LOCALE.set(locale, cldr);
  numberFormats.clear();
  dateFormats.clear();
}

const cldrLocale = (locale: Locale): string => CLDR_LOCALE.get(locale) ?? locale;

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(cldrLocale(locale), options);
    numberFormats.set(key, f);
  }
  return f;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(cldrLocale(locale), options);
    dateFormats.set(key, f);
  }
  return f;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Integer cents (number or bigint) or a decimal string → an exact decimal string. */
export function toDecimalString(amount: number | bigint | string, fromCents: boolean): string {
  if (typeof amount === 'string') {
    const s = amount.trim();
    if (!DECIMAL.test(s)) throw new RangeError(`not a decimal amount: ${JSON.stringify(amount)}`);
    return s;
  }
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) throw new RangeError(`not integer cents: ${amount}`);
  if (!fromCents) return String(amount);
  const n = BigInt(amount);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A negative zero ("-0.00") prints as zero. */
function unsignedZero(s: string): string {
  return /^-0+(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/**
 * Money with its currency sign: `formatMoney(123450, 'sq')` → `1 234,50 €`. Cents as integers,
 * or a decimal string (`'1234.5'`); always two decimals (the currency's), grouping always on,
 * so a four-digit amount is grouped as the reader expects on a pay document.
 */
export function formatMoney(
  amount: number | bigint | string,
  locale: Locale,
  opts: { currency?: string; cents?: boolean; maxFractionDigits?: number } = {},
): string {
  const s = unsignedZero(toDecimalString(amount, opts.cents ?? typeof amount !== 'string'));
  const f = numberFormat(locale, {
    style: 'currency',
    currency: opts.currency ?? 'EUR',
    useGrouping: 'always',
    // a unit rate (0.8125 €) keeps the decimals that count, at least the currency's two
    ...(opts.maxFractionDigits === undefined ? {} : { minimumFractionDigits: 2, maximumFractionDigits: opts.maxFractionDigits }),
  } as unknown as Intl.NumberFormatOptions);
  return f.format(s as unknown as number);
}

/** A plain amount without currency sign, two decimals: `1 234,50`. */
export function formatAmount(
  amount: number | bigint | string,
  locale: Locale,
  opts: { cents?: boolean; fractionDigits?: number } = {},
): string {
  const s = unsignedZero(toDecimalString(amount, opts.cents ?? typeof amount !== 'string'));
  const digits = opts.fractionDigits ?? 2;
  const f = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: 'always',
  } as unknown as Intl.NumberFormatOptions);
  return f.format(s as unknown as number);
}

/** A count: `12 043` / `12.043` / `12,043`. */
export function formatCount(n: number | bigint, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(n);
}

/** A percentage from a fraction (0.425 → `42,5 %` in sq). */
export function formatPercent(fraction: number, locale: Locale, maxFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(fraction);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A calendar day (`YYYY-MM-DD`, or the date part of an ISO instant stored for a day) in the
 * reader's words: long `3 dhjetor 2026`, short `03.12.2026`. Read and printed in UTC, so the
 * day never moves with the reader's or the server's time zone.
 */
export function formatDay(day: string | null | undefined, locale: Locale, style: 'long' | 'short' = 'long'): string {
  if (!day) return '—';
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${JSON.stringify(day)}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(
    locale,
    style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  ).format(date);
}

/**
 * An instant (ISO string or Date) as date and time in a given IANA zone — the census's, for
 * deadlines and session times, so every reader sees the same clock time.
 */
export function formatInstant(instant: string | Date | null | undefined, locale: Locale, timeZone: string): string {
  if (!instant) return '—';
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone, hourCycle: 'h23' }).format(d);
}

/** A month of a year (`dhjetor 2026`), for pay months. */
export function formatMonth(day: string, locale: Locale): string {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${JSON.stringify(day)}`);
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}
