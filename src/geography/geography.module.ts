import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EaController } from './ea.controller.js';
import { EaRepository } from './ea.repository.js';
import { EaService } from './ea.service.js';
import { GeographyController } from './geography.controller.js';
import { GeographyService } from './geography.service.js';
import { GeographyRepository } from './geography.repository.js';

@Module({
  imports: [AuditModule],
  controllers: [GeographyController, EaController],
  providers: [GeographyRepository, GeographyService, EaRepository, EaService],
  exports: [GeographyRepository, EaRepository],
})
export class GeographyModule {}
