import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { PayLedgerModule } from '../ledger/pay-ledger.module.js';
import { PayExportsController } from './pay-exports.controller.js';
import { PayExportsRepository } from './pay-exports.repository.js';
import { PayExportsService } from './pay-exports.service.js';
import { PayFilesService } from './pay-files.service.js';

/** Reading pay runs out: people, lines (JSON/CSV), statements, the bank file and the XLSX summary. */
@Module({
  imports: [AuditModule, PayLedgerModule],
  controllers: [PayExportsController],
  providers: [PayExportsRepository, PayExportsService, PayFilesService],
  exports: [PayExportsRepository, PayExportsService],
})
export class PayExportsModule {}
