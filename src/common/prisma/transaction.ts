import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { PRISMA } from './tokens.js';

export type Tx = Prisma.TransactionClient;

/** Interactive transaction with limits fit for bulk imports (defaults are 5 s). */
export function inTransaction<T>(prisma: PrismaClient, fn: (tx: Tx) => Promise<T>, timeoutMs = 300_000): Promise<T> {
  return prisma.$transaction(fn, { maxWait: 10_000, timeout: timeoutMs });
}

/**
 * How services open a unit of work without holding the Prisma client: services decide where a
 * transaction starts and ends and hand the `Tx` to repositories, which alone build queries
 * (ARCHITECTURE.md, boundary table; enforced by the dependency rules in `npm run lint`).
 */
@Injectable()
export class Transactions {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one interactive transaction (limits fit for bulk imports). */
  run<T>(fn: (tx: Tx) => Promise<T>, timeoutMs = 300_000): Promise<T> {
    return inTransaction(this.prisma, fn, timeoutMs);
  }
}
