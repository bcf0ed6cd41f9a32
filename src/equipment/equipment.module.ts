import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CensusModule } from '../census/census.module.js';
import { DeliveryService } from './delivery.service.js';
import { DistributionPlanController } from './distribution-plan.controller.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { EquipmentChargebacks } from './equipment-chargebacks.js';
import { EquipmentReferenceController } from './equipment-reference.controller.js';
import { EquipmentReferenceService } from './equipment-reference.service.js';
import { EquipmentRepository } from './equipment.repository.js';
import { ItemController } from './item.controller.js';
import { ItemService } from './item.service.js';
import { KitHandoverService } from './kit-handover.service.js';
import { MunicipalEquipmentController } from './municipal-equipment.controller.js';
import { MunicipalEquipmentService } from './municipal-equipment.service.js';
import { PrintablePlanService } from './printable-plan.service.js';
import { StaffKitController } from './staff-kit.controller.js';

/**
 * Equipment (issue #6 part B): inventory, kits, deliveries, distribution plans, handovers,
 * returns and charge-backs. Payroll receives the charge-backs and recruitment the kit transfer
 * through ports bound in src/wiring; equipment reads training sessions through
 * TRAINING_SESSION_LOOKUP, bound there too (required).
 */
@Module({
  imports: [AuditModule, CensusModule],
  controllers: [EquipmentReferenceController, ItemController, MunicipalEquipmentController, DistributionPlanController, StaffKitController],
  providers: [
    EquipmentRepository,
    EquipmentReferenceService,
    MunicipalEquipmentService,
    ItemService,
    DeliveryService,
    DistributionPlanService,
    PrintablePlanService,
    KitHandoverService,
    EquipmentChargebacks,
  ],
  exports: [DistributionPlanService, PrintablePlanService, KitHandoverService, EquipmentChargebacks, EquipmentRepository],
})
export class EquipmentModule {}
