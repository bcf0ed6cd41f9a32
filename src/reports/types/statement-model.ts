import { wordNotice, wordNotices } from '../../common/i18n/word-notice.js';
import type { Locale } from '../../common/i18n/locales.js';
import { notice, noticesOf } from '../../common/text/notice.js';
import type { PayExportsService } from '../../payroll/exports/pay-exports.service.js';
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

/**
 * A line's label in the document's language, from what the line stores (its kind and period,
 * `payLine.<KIND>` in messages/); a charge-back keeps its stored description (what and which
 * serials), and a line of no known kind its stored text.
 */
function lineLabel(l: Line, locale: Locale): string | null {
  if ((l.lineType === 'SUPERVISOR_MONTH' || l.lineType === 'PREPARATORY') && l.periodFrom && l.periodTo)
    return wordNotice(locale, 'payLine', notice(l.lineType, { from: l.periodFrom, to: l.periodTo }));
  if (l.lineType === 'TAX') return wordNotice(locale, 'payLine', notice('TAX'));
  return l.description;
}
