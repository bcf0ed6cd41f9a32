import { LOCALES, messageCatalogue } from '../common/i18n/catalogue.js';
import { DEFAULT_LOCALE, languageOf, type Locale } from '../common/i18n/locales.js';

/**
 * A document's language is one of the server's locales; its words are the `report.` messages
 * of messages/<locale>.json. A request stores the languages it is printed in, joined by commas
 * (`sq`, or `sq,sr-Cyrl` for a municipality that prints both); requests stored before the
 * catalogues wrote Serbian in Latin as `sr`.
 */
export type ReportLanguage = Locale;

/** Serbian in either script (place names then print their Serbian form). */
export const isSerbian = (lang: ReportLanguage): boolean => languageOf(lang) === 'sr';

/** The languages of a stored request (`sr` → `sr-Latn`); unknown tags are dropped, none left: the default. */
export function storedLanguages(stored: string): ReportLanguage[] {
  const langs = stored
    .split(',')
    .map((l) => (l.trim() === 'sr' ? 'sr-Latn' : l.trim()))
    .filter((l) => LOCALES.includes(l));
  return langs.length > 0 ? [...new Set(langs)] : [DEFAULT_LOCALE];
}

/** One message of the catalogues (`report.*` key) in the document's language. */
export function reportText(lang: ReportLanguage, key: string, values?: Readonly<Record<string, string | number>>): string {
  return messageCatalogue().format(lang, key, values);
}
