import { DEFAULT_LOCALE, type Locale, matchLocale } from '../../common/i18n/locales.js';
import type { MessageLanguage } from './catalogue.js';

/**
 * The language a person is written to, from the staff record's language of work, among the
 * catalogues terren has: Serbian in the configured script, Bosnian in its own catalogue if
 * there is one, else in Serbian Latin; any other language in its own catalogue if there is one
 * (Turkish speakers, say, once messages/tr.json exists); else, and for KKR members who have no
 * language on record, the default (Albanian).
 */
export function messageLanguageOf(
  languageOfWork: string | null | undefined,
  serbianScript: 'Latn' | 'Cyrl',
  available: readonly Locale[],
): MessageLanguage {
  const code = (languageOfWork ?? '').toLowerCase();
  const candidates = code === 'sr' ? [`sr-${serbianScript}`] : code === 'bs' ? ['bs', 'sr-Latn'] : code ? [code] : [];
  for (const c of candidates) {
    const m = matchLocale(c, available);
    if (m) return m;
  }
  return DEFAULT_LOCALE;
}
