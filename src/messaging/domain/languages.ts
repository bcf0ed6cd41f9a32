import type { MessageLanguage } from './catalogue.js';

/**
 * The language a person is written to, from the staff record's language of work: Albanian by
 * default (also for Turkish speakers and KKR members, who have no language on record), Serbian
 * in the configured script, Bosnian in Serbian Latin, English as English.
 */
export function messageLanguageOf(languageOfWork: string | null | undefined, serbianScript: 'Latn' | 'Cyrl'): MessageLanguage {
  switch (languageOfWork ?? '') {
    case 'SR':
      return serbianScript === 'Cyrl' ? 'sr-Cyrl' : 'sr-Latn';
    case 'BS':
      return 'sr-Latn';
    case 'EN':
      return 'en';
    default:
      return 'sq';
  }
}
