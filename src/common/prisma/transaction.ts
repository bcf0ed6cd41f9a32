import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

/** Interactive transaction with limits fit for bulk imports (defaults are 5 s). */
export function inTransaction<T>(prisma: PrismaClient, fn: (tx: Tx) => Promise<T>, timeoutMs = 300_000): Promise<T> {
  return prisma.$transaction(fn, { maxWait: 10_000, timeout: timeoutMs });
}
