import { Prisma } from '../../generated/prisma/client.js';

/** A write lost to a unique index (Prisma P2002): for services that answer it their own way. */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}
