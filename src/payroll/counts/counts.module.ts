import { Module } from '@nestjs/common';
import { TariffsModule } from '../tariffs/tariffs.module.js';
import { CountImportController, CountController } from './count.controller.js';
import { CountImportRepository } from './count-import.repository.js';
import { CountImportService } from './count-import.service.js';
import { CountRepository } from './count.repository.js';
import { CountService } from './count.service.js';
import { CountFlagRepository } from './quality/count-flag.repository.js';

/** EA counts: the import (versioned, all or nothing) and scoped reads. */
@Module({
  imports: [TariffsModule],
  controllers: [CountImportController, CountController],
  providers: [CountImportRepository, CountImportService, CountRepository, CountService, CountFlagRepository],
  exports: [CountRepository, CountImportRepository, CountFlagRepository, TariffsModule],
})
export class CountsModule {}
