import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { DatabaseHandle } from './database.js';
import { Transactions } from './transaction.js';

import { DATABASE, PRISMA } from './tokens.js';

export { DATABASE, PRISMA };

export type { PrismaClient };
export type { Prisma } from '../../generated/prisma/client.js';

@Global()
@Module({})
export class PrismaModule {
  static forRoot(db: DatabaseHandle): DynamicModule {
    return {
      module: PrismaModule,
      providers: [{ provide: DATABASE, useValue: db }, { provide: PRISMA, useValue: db.prisma }, Transactions],
      exports: [PRISMA, DATABASE, Transactions],
    };
  }
}
