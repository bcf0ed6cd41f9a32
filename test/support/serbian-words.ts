import { messageCatalogue } from '../../src/common/i18n/catalogue.js';

const reportMessages = (locale: 'sq' | 'sr-Latn' | 'en'): string[] =>
  Object.entries(messageCatalogue().sources[locale] as Record<string, string>)
    .filter(([k]) => k.startsWith('report.'))
    .map(([, v]) => v.replace(/\{\w+, plural,|\b(one|few|other) \{|\{\w+\}|[{}#]/g, ' '));

/**
 * The Latin Serbian words of the document wording (four letters or more) that are neither
 * Albanian nor English wording too (Bruto, Neto, Status…): none of them may appear in a
 * document printed in Cyrillic.
 */
export const LATIN_SERBIAN_WORDS: readonly string[] = (() => {
  const words = (s: string) => s.match(/\p{L}{4,}/gu) ?? [];
  const other = new Set([...reportMessages('sq'), ...reportMessages('en')].flatMap(words));
  return [...new Set(reportMessages('sr-Latn').flatMap(words))].filter((w) => !other.has(w) && !/^\p{Lu}+$/u.test(w));
})();

/** The Latin Serbian words of the wording found in a text (whole words). */
export function latinSerbianWordsIn(text: string): string[] {
  const found = new Set(text.match(/\p{L}+/gu) ?? []);
  return LATIN_SERBIAN_WORDS.filter((w) => found.has(w));
}
