import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { CensusModule } from '../../census/census.module.js';
import { GeographyModule } from '../../geography/geography.module.js';
import { PayLedgerModule } from '../ledger/pay-ledger.module.js';
import { TariffsModule } from '../tariffs/tariffs.module.js';
import { PayRunBulkRepository } from './pay-run-bulk.repository.js';
import { PayRunComputeProcessor } from './pay-run-compute.processor.js';
import { PayRunComputeService } from './pay-run-compute.service.js';
import { PayRunController } from './pay-run.controller.js';
import { PayRunRecovery } from './pay-run-recovery.service.js';
import { PayRunRepository } from './pay-run.repository.js';
import { PayRunService } from './pay-run.service.js';
import { PrepAttendanceRepository } from './prep-attendance.repository.js';

/**
 * Pay runs: created and approved over HTTP, computed by the `pay-run.compute` job. The
 * charge-back hook (CHARGEBACK_PROVIDER) comes from a global module that exports it (the
 * equipment module); payroll does not know which, and computes no charge-backs without one.
 */
@Module({
  imports: [AuditModule, GeographyModule, TariffsModule, PayLedgerModule, CensusModule],
  controllers: [PayRunController],
  providers: [
    PayRunRepository,
    PayRunBulkRepository,
    PrepAttendanceRepository,
    PayRunService,
    PayRunComputeService,
    PayRunComputeProcessor,
    PayRunRecovery,
  ],
  exports: [PayRunComputeService],
})
export class PayRunsModule {}
