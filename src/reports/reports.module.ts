import { Module } from '@nestjs/common';
import { KkrRepository } from '../commissions/kkr.repository.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { PayExportsRepository } from '../payroll/exports/pay-exports.repository.js';
import { PayLedgerModule } from '../payroll/ledger/pay-ledger.module.js';
import { PayExportsService } from '../payroll/exports/pay-exports.service.js';
import { TariffRepository } from '../payroll/tariffs/tariff.repository.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { PdfModule } from '../common/pdf/pdf.module.js';
import { EquipmentRepository } from '../equipment/equipment.repository.js';
import { RecruitmentModule } from '../recruitment/recruitment.module.js';
import { TrainingModule } from '../training/training.module.js';
import { TrainingRepository } from '../training/training.repository.js';
import { ReportCleanupService } from './report-cleanup.service.js';
import { ReportCleanupProcessor, ReportRecovery, ReportRenderProcessor } from './report-jobs.js';
import { ReportRenderService } from './report-render.service.js';
import { ReportRepository } from './report.repository.js';
import { ReportService } from './report.service.js';
import { ReportsController } from './reports.controller.js';

/**
 * PDF reports: requested over HTTP, rendered by the `report.render` job with Chromium
 * (src/common/pdf), kept under REPORTS_DIR with a retention per type (`report.cleanup`).
 * The data sources of the report types (repositories and services of other domains, all
 * stateless over PRISMA) are declared here so that report types resolve them by class.
 */
@Module({
  imports: [PdfModule, TrainingModule, RecruitmentModule, PayLedgerModule, ContractsModule],
  controllers: [ReportsController],
  providers: [
    ReportRepository,
    ReportService,
    ReportRenderService,
    ReportCleanupService,
    ReportRenderProcessor,
    ReportCleanupProcessor,
    ReportRecovery,
    // data sources of the report types
    PayExportsRepository,
    PayExportsService,
    KkrRepository,
    StaffRepository,
    TariffRepository,
    TrainingRepository,
    EquipmentRepository,
    // ContractRepository: ContractsModule; TrainingService, RecruitmentService: from their modules; DistributionService: EquipmentModule (global)
  ],
  // statements attached to e-mails (bound to messaging in src/wiring)
  exports: [ReportRenderService],
})
export class ReportsModule {}
