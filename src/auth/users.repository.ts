import { Inject, Injectable } from '@nestjs/common';
import { Role } from '../generated/prisma/enums.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly active: boolean;
  /** the language the user chose (a catalogue's tag); null: none chosen */
  readonly locale: string | null;
}

/** What a token is checked against on every request. */
export interface UserAccess extends UserRecord {
  readonly tokenVersion: number;
}

const userSelect = { id: true, email: true, role: true, municipalityId: true, active: true, locale: true } as const;
const accessSelect = { ...userSelect, tokenVersion: true } as const;

@Injectable()
export class UsersRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  findForLogin(email: string): Promise<(UserAccess & { passwordHash: string }) | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...accessSelect, passwordHash: true } });
  }

  findById(id: string): Promise<UserRecord | null> {
    return this.prisma.user.findUnique({ where: { id }, select: userSelect });
  }

  findAccess(id: string): Promise<UserAccess | null> {
    return this.prisma.user.findUnique({ where: { id }, select: accessSelect });
  }

  list(): Promise<UserRecord[]> {
    return this.prisma.user.findMany({ select: userSelect, orderBy: { email: 'asc' } });
  }

  create(tx: Tx, data: { email: string; passwordHash: string; role: Role; municipalityId: string | null }): Promise<UserRecord> {
    return tx.user.create({ data, select: userSelect });
  }

  /** `revokeTokens` raises the token version: every token issued before is refused from now on. */
  update(
    tx: Tx,
    id: string,
    data: { passwordHash?: string; role?: Role; municipalityId?: string | null; active?: boolean },
    revokeTokens: boolean,
  ): Promise<UserRecord> {
    return tx.user.update({
      where: { id },
      data: { ...data, ...(revokeTokens ? { tokenVersion: { increment: 1 } } : {}) },
      select: userSelect,
    });
  }

  /** The user's own choice of language; tokens stay valid. */
  setLocale(tx: Tx, id: string, locale: string | null): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data: { locale }, select: userSelect });
  }

  /**
   * Replace a hash made with weaker parameters by one of the same password; only if it is still
   * the hash that was verified (a password reset in between wins). Tokens stay valid.
   */
  async upgradePasswordHash(id: string, verifiedHash: string, newHash: string): Promise<void> {
    await this.prisma.user.updateMany({ where: { id, passwordHash: verifiedHash }, data: { passwordHash: newHash } });
  }

  /**
   * Ids of the active administrators, row-locked until the transaction ends, so two changes
   * that would each leave one administrator cannot both pass.
   */
  async lockActiveAdmins(tx: Tx): Promise<string[]> {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "User" WHERE role = ${Role.ADMIN}::"Role" AND active ORDER BY id FOR UPDATE`;
    return rows.map((r) => r.id);
  }
}
