import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CensusModule } from '../census/census.module.js';
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
 * returns and charge-backs. Payroll receives the charge-backs and recruitment the kit transfer
 * through ports bound in src/wiring; equipment reads training sessions through
 * TRAINING_SESSION_LOOKUP, bound there too (required).
 */
@Module({
  imports: [AuditModule, CensusModule],
  controllers: [EquipmentReferenceController, ItemController, MunicipalEquipmentController, DistributionPlanController, StaffKitController],
  providers: [EquipmentRepository, InventoryService, DistributionService, EquipmentChargebacks],
  exports: [DistributionService, EquipmentChargebacks, EquipmentRepository],
})
export class EquipmentModule {}
