import { Module } from '@nestjs/common';
import { PayLedgerRepository } from './pay-ledger.repository.js';

/** A run's totals in one query shape, for every module that prints or answers them. */
@Module({
  providers: [PayLedgerRepository],
  exports: [PayLedgerRepository],
})
export class PayLedgerModule {}
