import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { Prisma } from '../generated/prisma/client.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import type { KkrMember } from './domain/kkr-rules.js';
import { municipalityInScope } from '../geography/geography.repository.js';

const memberSelect = {
  position: true,
  fullName: true,
  currentJob: true,
  kkrRole: true,
  isMunicipalStaff: true,
  phone: true,
  email: true,
  isContactPerson: true,
  updatedAt: true,
} as const;

export interface ScopedMunicipality {
  readonly id: string;
  readonly code: string;
  readonly nameSq: string;
}

/** KKR member lists (Table 1 of the letter), one per municipality. Every method takes the caller's scope. */
@Injectable()
export class KkrRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  municipality(scope: Scope, code: string): Promise<ScopedMunicipality | null> {
    return municipalityInScope(this.prisma, scope, code, { id: true, code: true, nameSq: true });
  }

  /** Lock the municipality row (within scope) so two replacements of its list run one after the other. */
  async lockMunicipality(tx: Tx, scope: Scope, code: string): Promise<ScopedMunicipality | null> {
    const rows = await tx.$queryRaw<ScopedMunicipality[]>(
      Prisma.sql`SELECT id, code, "nameSq" FROM "Municipality" WHERE code = ${code} ${scopeSql(scope, '"id"')} FOR UPDATE`,
    );
    return rows[0] ?? null;
  }

  members(scope: Scope, municipalityId: string, db: Tx | PrismaClient = this.prisma) {
    return db.kkrMember.findMany({
      where: { municipalityId, ...municipalityWhere(scope) },
      select: memberSelect,
      orderBy: { position: 'asc' },
    });
  }

  /** Replace the whole list; returns how many members it had before. */
  async replace(tx: Tx, scope: Scope, municipalityId: string, members: readonly KkrMember[]): Promise<number> {
    const removed = await tx.kkrMember.deleteMany({ where: { municipalityId, ...municipalityWhere(scope) } });
    await tx.kkrMember.createMany({ data: members.map((m) => ({ ...m, municipalityId })) });
    return removed.count;
  }

  /** Confirmations of the list, newest first. */
  async confirmations(scope: Scope, municipalityId: string, skip: number, take: number) {
    const where = { municipalityId, ...municipalityWhere(scope) };
    const [items, total] = await Promise.all([
      this.prisma.kkrConfirmation.findMany({
        where,
        select: { version: true, members: true, confirmedById: true, confirmedByEmail: true, confirmedAt: true },
        orderBy: { version: 'desc' },
        skip,
        take,
      }),
      this.prisma.kkrConfirmation.count({ where }),
    ]);
    return { items, total };
  }

  async confirm(tx: Tx, municipalityId: string, members: readonly KkrMember[], by: { userId: string; email: string }) {
    const last = await tx.kkrConfirmation.aggregate({ where: { municipalityId }, _max: { version: true } });
    return tx.kkrConfirmation.create({
      data: {
        municipalityId,
        version: (last._max.version ?? 0) + 1,
        members: members.map((m) => ({ ...m })),
        confirmedById: by.userId,
        confirmedByEmail: by.email,
      },
      select: { version: true, members: true, confirmedById: true, confirmedByEmail: true, confirmedAt: true },
    });
  }
}
