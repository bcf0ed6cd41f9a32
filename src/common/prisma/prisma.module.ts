import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { DatabaseHandle } from './database.js';

/** DI token of the application's {@link PrismaClient}. Only repositories inject it. */
export const PRISMA = Symbol('PRISMA');
export const DATABASE = Symbol('DATABASE');

export type { PrismaClient };
export type { Prisma } from '../../generated/prisma/client.js';

@Global()
@Module({})
export class PrismaModule {
  static forRoot(db: DatabaseHandle): DynamicModule {
    return {
      module: PrismaModule,
      providers: [
        { provide: DATABASE, useValue: db },
        { provide: PRISMA, useValue: db.prisma },
      ],
      exports: [PRISMA, DATABASE],
    };
  }
}
