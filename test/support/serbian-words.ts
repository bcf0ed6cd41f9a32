import { STRINGS } from '../../src/reports/domain/strings.js';

/**
 * The Latin Serbian words of the report wording (four letters or more) that are neither
 * Albanian nor English wording too (Bruto, Neto, Status…): none of them may appear in a
 * document printed in Cyrillic.
 */
export const LATIN_SERBIAN_WORDS: readonly string[] = (() => {
  const words = (s: string) => s.match(/\p{L}{4,}/gu) ?? [];
  const other = new Set(Object.values(STRINGS).flatMap((e) => [...words(e.sq), ...words(e.en)]));
  return [...new Set(Object.values(STRINGS).flatMap((e) => words(e.sr)))].filter((w) => !other.has(w) && !/^\p{Lu}+$/u.test(w));
})();

/** The Latin Serbian words of the wording found in a text (whole words). */
export function latinSerbianWordsIn(text: string): string[] {
  const found = new Set(text.match(/\p{L}+/gu) ?? []);
  return LATIN_SERBIAN_WORDS.filter((w) => found.has(w));
}
