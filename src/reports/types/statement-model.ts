import type { PayExportsService } from '../../payroll/exports/pay-exports.service.js';
import { blockReasonText } from '../domain/block-reasons.js';
import type { ReportLanguage } from '../domain/strings.js';

type Statement = Awaited<ReturnType<PayExportsService['statement']>>;

/**
 * What templates/statement.hbs prints of one statement (a single statement and every page of
 * a pack alike): a blocked person's page says so with the reason in the document's language
 * and prints no payable net.
 */
export function statementModel(s: Statement, municipalityName: string, lang: ReportLanguage) {
  return { ...s, municipalityName, blocked: !s.payable, blockReason: blockReasonText(s.person.blockReason, lang) };
}
