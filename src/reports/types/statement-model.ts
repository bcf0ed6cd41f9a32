import { wordNotices } from '../../common/i18n/word-notice.js';
import type { Locale } from '../../common/i18n/locales.js';
import { noticesOf } from '../../common/text/notice.js';
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
  return { ...s, municipalityName, blocked: !s.payable, blockReason: blockReasonText(s.person.blockReasons, lang) };
}
