import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { ContractController } from './contract.controller.js';
import { ContractRepository } from './contract.repository.js';
import { ContractScanStore } from './contract-scan.store.js';
import { ContractService } from './contract.service.js';

/** Contracts with a life (issue 19): numbered per census, sent, signed, ended or replaced. */
@Module({
  imports: [AuditModule, GeographyModule],
  controllers: [ContractController],
  providers: [ContractRepository, ContractService, ContractScanStore],
  exports: [ContractRepository],
})
export class ContractsModule {}
