import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module.js';
import { CensusModule } from '../../census/census.module.js';
import { TariffController } from './tariff.controller.js';
import { TariffRepository } from './tariff.repository.js';
import { TariffService } from './tariff.service.js';

/** Versioned tariffs. Exports the repository: pay runs read `effectiveOn(day)` and `toRules(row)`. */
@Module({
  imports: [AuditModule, CensusModule],
  controllers: [TariffController],
  providers: [TariffRepository, TariffService],
  exports: [TariffRepository],
})
export class TariffsModule {}
