import { scriptOf } from '../../common/i18n/locales.js';
import { serbianInScript } from '../../common/i18n/serbian-script.js';
import { isSerbian, type ReportLanguage } from '../report-language.js';

/** A place with its two official names (municipalities and regions). */
export interface PlaceNames {
  readonly nameSq: string | null;
  readonly nameSr: string | null;
}

/**
 * A municipality's (or region's) name in the report's language: Serbian reports use the Serbian
 * name in the document's script (transliterated when stored in the other one), Albanian and
 * English ones the Albanian name (as the letter and the API do).
 */
export const placeName = (p: PlaceNames | null | undefined, lang: ReportLanguage): string =>
  p ? (isSerbian(lang) ? serbianName(p.nameSr, lang) : (p.nameSq ?? '')) : '';

/** A Serbian name in the script of a Serbian report: Cyrillic for `sr-Cyrl`, Latin for `sr-Latn`. */
function serbianName(name: string | null, lang: ReportLanguage): string {
  return name ? serbianInScript(name, scriptOf(lang) === 'Latn' ? 'Latn' : 'Cyrl') : '';
}

export function municipalityName(m: PlaceNames | null | undefined, lang: ReportLanguage): string {
  return placeName(m, lang);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Planner notes (explanations, shortfalls, warnings, the missing-list summary) are English
 * sentences stored with the Albanian municipality names in them. A Serbian report prints them
 * with the Serbian names: whole names only (longest first, so "Mitrovicë e Veriut" is not read
 * as "Mitrovicë"), and never inside `keep` (venue and room labels, which are proper names
 * printed as recorded, e.g. "Qendra Kulturore Gjilan"). Other languages: unchanged.
 */
export function placeNamesIn(
  text: string,
  places: readonly PlaceNames[],
  lang: ReportLanguage,
  keep: readonly string[] = [],
): string {
  if (!isSerbian(lang) || text === '') return text;
  const toSr = new Map<string, string>();
  for (const p of places) {
    const sr = serbianName(p.nameSr, lang);
    if (p.nameSq && sr && p.nameSq !== sr) toSr.set(p.nameSq, sr);
  }
  if (toSr.size === 0) return text;
  const names = [...toSr.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const swap = (s: string) => s.replace(re, (m) => toSr.get(m) ?? m);
  const kept = [...new Set(keep.filter((k) => k !== ''))].sort((a, b) => b.length - a.length).map(escape);
  if (kept.length === 0) return swap(text);
  // split keeps the kept labels at the odd indexes
  return text
    .split(new RegExp(`(${kept.join('|')})`, 'u'))
    .map((part, i) => (i % 2 === 1 ? part : swap(part)))
    .join('');
}
