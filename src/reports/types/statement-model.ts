import { formatAmount, formatCount } from '../../common/i18n/format.js';
import type { PayExportsService } from '../../payroll/exports/pay-exports.service.js';
import { blockReasonText } from '../domain/block-reasons.js';
import type { ReportLanguage } from '../report-language.js';

type Statement = Awaited<ReturnType<PayExportsService['statement']>>;

/**
 * What templates/statement.hbs prints of one statement (a single statement and every page of
 * a pack alike): a blocked person's page says so with the reason in the document's language
 * and prints no payable net.
 */
export function statementModel(s: Statement, municipalityName: string, lang: ReportLanguage) {
  const line = <L extends { arithmetic: string }>(l: L): L => ({ ...l, arithmetic: numbersIn(l.arithmetic, lang) });
  const lines = {
    ...s.lines,
    timeBased: { ...s.lines.timeBased, lines: s.lines.timeBased.lines.map(line) },
    eas: s.lines.eas.map((ea) => ({ ...ea, lines: ea.lines.map(line) })),
    deductions: { ...s.lines.deductions, lines: s.lines.deductions.lines.map(line) },
  };
  return { ...s, lines, municipalityName, blocked: !s.payable, blockReason: blockReasonText(s.person.blockReason, lang) };
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
