import { wordNotices } from '../../common/i18n/word-notice.js';
import { noticesOf } from '../../common/text/notice.js';
import { wordedLine, type PayExportsService } from '../../payroll/exports/pay-exports.service.js';
import type { ReportLanguage } from '../report-language.js';

type Statement = Awaited<ReturnType<PayExportsService['statement']>>;

/** A person's stored block reasons (codes) in the document's language, joined by "; ". */
export function blockReasonText(stored: unknown, lang: ReportLanguage): string {
  return wordNotices(lang, 'block', noticesOf(stored));
}

/**
 * What templates/statement.hbs prints of one statement (a single statement and every page of
 * a pack alike): a blocked person's page says so with the reason in the document's language
 * and prints no payable net.
 */
export function statementModel(s: Statement, municipalityName: string, lang: ReportLanguage) {
  // label and arithmetic in the document's language (the API worded them in the caller's)
  const line = <L extends Line>(l: L) => {
    const worded = wordedLine(l, lang);
    return { ...l, description: worded.label, arithmetic: worded.arithmetic };
  };
  const lines = {
    ...s.lines,
    timeBased: { ...s.lines.timeBased, lines: s.lines.timeBased.lines.map(line) },
    eas: s.lines.eas.map((ea) => ({ ...ea, lines: ea.lines.map(line) })),
    deductions: { ...s.lines.deductions, lines: s.lines.deductions.lines.map(line) },
  };
  return { ...s, lines, municipalityName, blocked: !s.payable, blockReason: blockReasonText(s.person.blockReasons, lang) };
}

/** A line of any group (time-based, per EA, deductions); worded in the document's language (a charge-back keeps its stored description). */
type Line = Statement['lines']['timeBased']['lines'][number] | Statement['lines']['eas'][number]['lines'][number];
