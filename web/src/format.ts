import { formatCount as count, formatDay as day, formatMoney as money } from '../../src/common/i18n/format';
import type { Locale } from '../../src/common/i18n/locales';
import type { Language } from './i18n';

/** The console's languages in the shared formatter's terms (the console writes Serbian in Latin). */
export const localeOf = (lang: Language): Locale => (lang === 'sr' ? 'sr-Latn' : lang);

/** Money from the API's decimal strings, exactly, as the reader writes it. */
export const formatMoney = (amount: string, lang: Language, currency = 'EUR'): string => money(amount, localeOf(lang), { currency });
export const formatCount = (n: number, lang: Language): string => count(n, localeOf(lang));
export const formatDay = (d: string | null | undefined, lang: Language): string => day(d, localeOf(lang));
