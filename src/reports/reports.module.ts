import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { CommissionsModule } from '../commissions/commissions.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { PayExportsModule } from '../payroll/exports/pay-exports.module.js';
import { PayLedgerModule } from '../payroll/ledger/pay-ledger.module.js';
import { TariffsModule } from '../payroll/tariffs/tariffs.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { PdfModule } from '../common/pdf/pdf.module.js';
import { RecruitmentModule } from '../recruitment/recruitment.module.js';
import { TrainingModule } from '../training/training.module.js';
import { ReportCleanupService } from './report-cleanup.service.js';
import { ReportCleanupProcessor, ReportRecovery, ReportRenderProcessor } from './report-jobs.js';
import { ReportRenderService } from './report-render.service.js';
import { ReportTypes } from './report-types.js';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';
import { ReportsController } from './reports.controller.js';
import { AttendanceSheetReport } from './types/attendance-sheet.report.js';
import { ContractReport } from './types/contract.report.js';
import { DistributionPlanReport } from './types/distribution-plan.report.js';
import { FinalListReport } from './types/final-list.report.js';
import { KkrMembersReport } from './types/kkr-members.report.js';
import { PaymentStatementReport } from './types/payment-statement.report.js';
import { PayrollSummaryReport } from './types/payroll-summary.report.js';
import { RoomPlanReport } from './types/room-plan.report.js';
import { StatementPackReport } from './types/statement-pack.report.js';
import { TrainingScheduleReport } from './types/training-schedule.report.js';
import { VacancyNoticeReport } from './types/vacancy-notice.report.js';

/**
 * PDF reports: requested over HTTP, rendered by the `report.render` job with Chromium
 * (src/common/pdf), kept under REPORTS_DIR with a retention per type (`report.cleanup`).
 * Each report type is a class whose constructor names its data sources (exported by the
 * modules imported here); ReportTypes finds them by their `@ReportType()` mark.
 */
@Module({
  imports: [
    DiscoveryModule,
    AuditModule,
    PdfModule,
    TrainingModule,
    RecruitmentModule,
    PayLedgerModule,
    PayExportsModule,
    TariffsModule,
    ContractsModule,
    CommissionsModule,
    StaffModule,
    EquipmentModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportRepository,
    ReportTypes,
    ReportService,
    ReportRenderService,
    ReportCleanupService,
    ReportRenderProcessor,
    ReportCleanupProcessor,
    ReportRecovery,
    PaymentStatementReport,
    StatementPackReport,
    PayrollSummaryReport,
    KkrMembersReport,
    ContractReport,
    RoomPlanReport,
    DistributionPlanReport,
    TrainingScheduleReport,
    VacancyNoticeReport,
    FinalListReport,
    AttendanceSheetReport,
  ],
  // statements attached to e-mails (bound to messaging in src/wiring)
  exports: [ReportRenderService],
})
export class ReportsModule {}
