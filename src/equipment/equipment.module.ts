import { Global, Module } from '@nestjs/common';
import { CensusModule } from '../census/census.module.js';
import { CHARGEBACK_PROVIDER } from '../payroll/runs/chargeback.provider.js';
import { DistributionService } from './distribution.service.js';
import {
  DistributionPlanController,
  EquipmentReferenceController,
  ItemController,
  MunicipalEquipmentController,
  StaffKitController,
} from './equipment.controller.js';
import { EquipmentChargebacks } from './equipment-chargebacks.js';
import { EquipmentRepository } from './equipment.repository.js';
import { InventoryService } from './inventory.service.js';

/**
 * Equipment (issue #6 part B): inventory, kits, deliveries, distribution plans, handovers,
 * returns and charge-backs. Global so that payroll's PayRunComputeService receives
 * CHARGEBACK_PROVIDER without payroll importing (or knowing) equipment, and so that
 * recruitment can use DistributionService.transferKit. TRAINING_SESSION_LOOKUP is not bound
 * here: the global LogisticsWiringModule (src/wiring) provides it from the training plans, and
 * DistributionService falls back to NoTrainingSessions without it (a local default here would
 * shadow the global binding).
 */
@Global()
@Module({
  imports: [CensusModule],
  controllers: [EquipmentReferenceController, ItemController, MunicipalEquipmentController, DistributionPlanController, StaffKitController],
  providers: [
    EquipmentRepository,
    InventoryService,
    DistributionService,
    EquipmentChargebacks,
    { provide: CHARGEBACK_PROVIDER, useExisting: EquipmentChargebacks },
  ],
  exports: [CHARGEBACK_PROVIDER, DistributionService, EquipmentChargebacks],
})
export class EquipmentModule {}
