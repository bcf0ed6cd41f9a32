import type { ReportLanguage } from '../domain/strings.js';

/** A municipality's name in the report's language (Serbian reports use the Serbian name). */
export const municipalityName = (m: { nameSq: string; nameSr: string } | null | undefined, lang: ReportLanguage): string =>
  m ? (lang === 'sr' ? m.nameSr : m.nameSq) : '';
