import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';

export interface SignInLink {
  readonly id: string;
  readonly userId: string;
  readonly familyId: string;
  readonly secretHash: string;
  readonly tokenVersion: number;
  readonly idleExpiresAt: Date;
  readonly familyExpiresAt: Date;
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface NewSignInLink {
  readonly id: string;
  readonly userId: string;
  readonly familyId: string;
  readonly secretHash: string;
  readonly tokenVersion: number;
  readonly idleExpiresAt: Date;
  readonly familyExpiresAt: Date;
  readonly userAgent: string | null;
}

/** The refresh chains of sign-ins (src/auth/sign-in-sessions.ts). */
@Injectable()
export class SignInSessionsRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  find(id: string): Promise<SignInLink | null> {
    return this.prisma.signInSession.findUnique({ where: { id } });
  }

  /** `tx`: the caller's transaction, else one statement of its own. */
  async insert(tx: Tx | null, link: NewSignInLink): Promise<void> {
    await (tx ?? this.prisma).signInSession.create({ data: link });
  }

  /** Marks a link rotated unless someone else did first; false when it lost the race. */
  async markRotated(tx: Tx, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.signInSession.updateMany({ where: { id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: at } });
    return count === 1;
  }

  async revokeFamily(familyId: string, at: Date): Promise<number> {
    const { count } = await this.prisma.signInSession.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: at } });
    return count;
  }

  /** Links whose family ended a day ago or more are of no further use, even to detect reuse. */
  async deleteEnded(userId: string, before: Date): Promise<void> {
    await this.prisma.signInSession.deleteMany({ where: { userId, familyExpiresAt: { lt: before } } });
  }
}
