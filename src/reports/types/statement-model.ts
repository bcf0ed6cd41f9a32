import { wordNotices } from '../../common/i18n/word-notice.js';
import type { Locale } from '../../common/i18n/locales.js';
import { noticesOf } from '../../common/text/notice.js';
import { payLineLabel, type PayExportsService } from '../../payroll/exports/pay-exports.service.js';
import type { ReportLanguage } from '../domain/strings.js';

type Statement = Awaited<ReturnType<PayExportsService['statement']>>;

/** The catalogue locale of a report language (`sr` is Serbian in Latin). */
export const reportLocale = (lang: ReportLanguage): Locale => (lang === 'sr' ? 'sr-Latn' : lang);

/** A person's stored block reasons (codes) in the document's language, joined by "; ". */
export function blockReasonText(stored: unknown, lang: ReportLanguage): string {
  return wordNotices(reportLocale(lang), 'block', noticesOf(stored));
}

/**
 * What templates/statement.hbs prints of one statement (a single statement and every page of
 * a pack alike): a blocked person's page says so with the reason in the document's language
 * and prints no payable net.
 */
export function statementModel(s: Statement, municipalityName: string, lang: ReportLanguage) {
  const locale = reportLocale(lang);
  const worded = <L extends Line>(group: { readonly lines: readonly L[] }) => ({
    ...group,
    lines: group.lines.map((l) => ({ ...l, description: lineLabel(l, locale) })),
  });
  return {
    ...s,
    lines: { ...s.lines, timeBased: worded(s.lines.timeBased), deductions: worded(s.lines.deductions) },
    municipalityName,
    blocked: !s.payable,
    blockReason: blockReasonText(s.person.blockReasons, lang),
  };
}

type Line = Statement['lines']['timeBased']['lines'][number];

/** A line's label in the document's language (a charge-back keeps its stored description). */
const lineLabel = (l: Line, locale: Locale): string | null => payLineLabel(l, locale);
