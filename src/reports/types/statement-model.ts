import { formatAmount, formatCount } from '../../common/i18n/format.js';
import { wordNotices } from '../../common/i18n/word-notice.js';
import { noticesOf } from '../../common/text/notice.js';
import { payLineLabel, type PayExportsService } from '../../payroll/exports/pay-exports.service.js';
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
  const line = <L extends Line>(l: L): L => ({ ...l, description: payLineLabel(l, lang), arithmetic: numbersIn(l.arithmetic, lang) });
  const lines = {
    ...s.lines,
    timeBased: { ...s.lines.timeBased, lines: s.lines.timeBased.lines.map(line) },
    eas: s.lines.eas.map((ea) => ({ ...ea, lines: ea.lines.map(line) })),
    deductions: { ...s.lines.deductions, lines: s.lines.deductions.lines.map(line) },
  };
  return { ...s, lines, municipalityName, blocked: !s.payable, blockReason: blockReasonText(s.person.blockReasons, lang) };
}

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/**
 * The numbers of a line's arithmetic ("1,234 × 0.80 = 987.20", as the pay rules write it) as the
 * reader writes them ("1 234 × 0,80 = 987,20"): counts grouped, amounts and rates with their decimals.
 */
export function numbersIn(text: string, lang: ReportLanguage): string {
  return text.replace(NUMBER, (n) => {
    const plain = n.replace(/,/g, '');
    const decimals = plain.split('.')[1]?.length ?? 0;
    return decimals > 0 ? formatAmount(plain, lang, { fractionDigits: decimals }) : formatCount(Number(plain), lang);
  });
}

/** A line of any group (time-based, per EA, deductions); worded in the document's language (a charge-back keeps its stored description). */
type Line = Statement['lines']['timeBased']['lines'][number] | Statement['lines']['eas'][number]['lines'][number];
