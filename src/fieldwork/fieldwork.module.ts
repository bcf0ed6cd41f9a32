import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CountsModule } from '../payroll/counts/counts.module.js';
import { CsvImportController } from './csv/csv-import.controller.js';
import { CsvImportRepository } from './csv/csv-import.repository.js';
import { CsvImportService } from './csv/csv-import.service.js';
import { FieldMappingController } from './field-mapping.controller.js';
import { FieldMappingRepository } from './field-mapping.repository.js';
import { ProgressController } from './progress/progress.controller.js';
import { ProgressRepository } from './progress/progress.repository.js';
import { ProgressService } from './progress/progress.service.js';
import { FlagController, HeldLinesController, QualitySettingsController } from './quality/flag.controller.js';
import { FlagRepository } from './quality/flag.repository.js';
import { FlagService } from './quality/flag.service.js';
import { SusoImportController } from './suso/suso-import.controller.js';
import { SusoImportService } from './suso/suso-import.service.js';
import { SusoStagingRepository } from './suso/suso-staging.repository.js';

/** Counts from the field system (Survey Solutions), expectations and progress, quality flags that gate pay. */
@Module({
  imports: [AuditModule, CountsModule],
  controllers: [
    FieldMappingController,
    SusoImportController,
    CsvImportController,
    FlagController,
    QualitySettingsController,
    HeldLinesController,
    ProgressController,
  ],
  providers: [
    FieldMappingRepository,
    SusoImportService,
    SusoStagingRepository,
    CsvImportService,
    CsvImportRepository,
    FlagRepository,
    FlagService,
    ProgressRepository,
    ProgressService,
  ],
})
export class FieldworkModule {}
