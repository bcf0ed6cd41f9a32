import { Global, Module } from '@nestjs/common';
import { CensusModule } from '../census/census.module.js';
import { CHARGEBACK_PROVIDER } from '../payroll/runs/chargeback.provider.js';
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
 * returns and charge-backs. Global so that payroll's PayRunComputeService receives
 * CHARGEBACK_PROVIDER without payroll importing (or knowing) equipment, and so that
 * recruitment can use KitHandoverService.transferKit. TRAINING_SESSION_LOOKUP is not bound
 * here: the global LogisticsWiringModule (src/wiring) provides it from the training plans, and
 * DistributionPlanService falls back to NoTrainingSessions without it (a local default here
 * would shadow the global binding).
 */
@Global()
@Module({
  imports: [CensusModule],
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
    { provide: CHARGEBACK_PROVIDER, useExisting: EquipmentChargebacks },
  ],
  exports: [CHARGEBACK_PROVIDER, DistributionPlanService, PrintablePlanService, KitHandoverService, EquipmentChargebacks],
})
export class EquipmentModule {}
