import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CensusLookup } from './census-lookup.js';
import { CensusController } from './census.controller.js';
import { CensusRepository } from './census.repository.js';
import { CensusService } from './census.service.js';

/**
 * Censuses (issue 19): the record every dated thing belongs to, and its versioned calendar.
 * Exports `CensusLookup`, the one way other modules resolve "the census" of a request.
 */
@Module({
  imports: [AuditModule],
  controllers: [CensusController],
  providers: [CensusRepository, CensusService, CensusLookup],
  exports: [CensusLookup],
})
export class CensusModule {}
