import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly active: boolean;
}

const userSelect = { id: true, email: true, role: true, municipalityId: true, active: true } as const;

@Injectable()
export class UsersRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  findForLogin(email: string): Promise<(UserRecord & { passwordHash: string }) | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  }

  findById(id: string): Promise<UserRecord | null> {
    return this.prisma.user.findUnique({ where: { id }, select: userSelect });
  }

  list(): Promise<UserRecord[]> {
    return this.prisma.user.findMany({ select: userSelect, orderBy: { email: 'asc' } });
  }

  create(tx: Tx, data: { email: string; passwordHash: string; role: Role; municipalityId: string | null }): Promise<UserRecord> {
    return tx.user.create({ data, select: userSelect });
  }

  update(
    tx: Tx,
    id: string,
    data: { passwordHash?: string; role?: Role; municipalityId?: string | null; active?: boolean },
  ): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data, select: userSelect });
  }
}
