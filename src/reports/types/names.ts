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
