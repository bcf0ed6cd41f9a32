import { formatCount as count, formatDay as day, formatInstant as instant, formatMoney as money } from '../../src/common/i18n/format';
import { languageOf, type Locale, scriptOf } from '../../src/common/i18n/locales';
import { serbianInScript } from '../../src/common/i18n/serbian-script';
import type { Language } from './i18n';

/** The console's languages are the shared formatter's locales (catalogue tags). */
export const localeOf = (lang: Language): Locale => lang;

/**
 * A place's name as the reader writes it: the Serbian name (in the reader's script, transliterated
 * when it is stored in the other) for Serbian readers, the Albanian name otherwise.
 */
export const placeName = (place: { readonly nameSq: string; readonly nameSr: string }, lang: Language): string =>
  languageOf(lang) === 'sr' ? serbianInScript(place.nameSr, scriptOf(lang) === 'Latn' ? 'Latn' : 'Cyrl') : place.nameSq;

/** Money from the API's decimal strings, exactly, as the reader writes it. */
export const formatMoney = (amount: string, lang: Language, currency = 'EUR', maxFractionDigits?: number): string =>
  money(amount, localeOf(lang), { currency, ...(maxFractionDigits === undefined ? {} : { maxFractionDigits }) });
export const formatCount = (n: number, lang: Language): string => count(n, localeOf(lang));
export const formatDay = (d: string | null | undefined, lang: Language): string => day(d, localeOf(lang));

/** An instant (ISO) as date and time on the reader's clock (the browser's time zone). */
export const formatInstant = (at: string, lang: Language): string =>
  instant(at, localeOf(lang), Intl.DateTimeFormat().resolvedOptions().timeZone);
