import { AppError } from '../common/errors/app-error.js';
import type { ReportTypeDefinition } from './report-type.js';
import { attendanceSheetReport } from './types/attendance-sheet.report.js';
import { contractReport } from './types/contract.report.js';
import { distributionPlanReport } from './types/distribution-plan.report.js';
import { finalListReport } from './types/final-list.report.js';
import { kkrMembersReport } from './types/kkr-members.report.js';
import { paymentStatementReport } from './types/payment-statement.report.js';
import { payrollSummaryReport } from './types/payroll-summary.report.js';
import { roomPlanReport } from './types/room-plan.report.js';
import { statementPackReport } from './types/statement-pack.report.js';
import { trainingScheduleReport } from './types/training-schedule.report.js';
import { vacancyNoticeReport } from './types/vacancy-notice.report.js';

/**
 * Every report type, by name. To add one: write `types/<name>.report.ts` (a `defineReport`),
 * its template in templates/, and add it to this list (docs/reports.md, "Adding a report type").
 */
export const REPORT_TYPES: readonly ReportTypeDefinition<never>[] = [
  paymentStatementReport,
  statementPackReport,
  payrollSummaryReport,
  kkrMembersReport,
  contractReport,
  roomPlanReport,
  distributionPlanReport,
  trainingScheduleReport,
  vacancyNoticeReport,
  finalListReport,
  attendanceSheetReport,
] as unknown as ReportTypeDefinition<never>[];

const BY_NAME = new Map<string, ReportTypeDefinition<unknown>>(
  (REPORT_TYPES as unknown as ReportTypeDefinition<unknown>[]).map((d) => [d.type, d]),
);
if (BY_NAME.size !== REPORT_TYPES.length) throw new Error('two report types share a name');

export const REPORT_TYPE_NAMES = [...BY_NAME.keys()];

export function reportType(type: string): ReportTypeDefinition<unknown> {
  const d = BY_NAME.get(type);
  if (!d) throw new AppError('REPORT_TYPE_UNKNOWN', `unknown report type ${type}`, [{ field: 'type', reason: `one of ${REPORT_TYPE_NAMES.join(', ')}` }]);
  return d;
}
