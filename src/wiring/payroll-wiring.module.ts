import { Module } from '@nestjs/common';
import { EquipmentChargebacks } from '../equipment/equipment-chargebacks.js';
import { EquipmentModule } from '../equipment/equipment.module.js';
import { CHARGEBACK_PROVIDER } from '../payroll/runs/chargeback.provider.js';

/** Payroll's CHARGEBACK_PROVIDER: the equipment charge-backs (unreturned or damaged items). */
@Module({
  imports: [EquipmentModule],
  providers: [{ provide: CHARGEBACK_PROVIDER, useExisting: EquipmentChargebacks }],
  exports: [CHARGEBACK_PROVIDER],
})
export class PayrollWiringModule {}
