import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { Prisma as P } from '../generated/prisma/client.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';

export const assignmentSelect = {
  id: true,
  eaId: true,
  ea: { select: { code: true } },
  enumeratorId: true,
  enumerator: { select: { fullName: true } },
  municipalityId: true,
  municipality: { select: { code: true } },
  validFrom: true,
  validTo: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.EaAssignmentSelect;

export type AssignmentRow = Prisma.EaAssignmentGetPayload<{ select: typeof assignmentSelect }>;

export interface AssignmentFilter {
  readonly eaId?: string;
  readonly enumeratorId?: string;
  readonly municipalityCode?: string;
  /** Periods covering this day (inclusive ends; open periods cover every later day). */
  readonly activeOn?: Date;
  readonly sort: AssignmentSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export type AssignmentSort = 'validFrom' | 'createdAt' | '-validFrom' | '-createdAt';

export interface LockedEa {
  readonly id: string;
  readonly code: string;
  readonly municipalityId: string;
}

/** EA assignment periods. Every method takes the caller's scope and filters by it in SQL. */
@Injectable()
export class AssignmentRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(scope: Scope, f: AssignmentFilter) {
    const where: Prisma.EaAssignmentWhereInput = {
      ...municipalityWhere(scope),
      ...(f.eaId ? { eaId: f.eaId } : {}),
      ...(f.enumeratorId ? { enumeratorId: f.enumeratorId } : {}),
      ...(f.municipalityCode ? { municipality: { code: f.municipalityCode } } : {}),
      ...(f.activeOn ? { validFrom: { lte: f.activeOn }, OR: [{ validTo: null }, { validTo: { gte: f.activeOn } }] } : {}),
    };
    // Keyset order: the sort column, then id in the same direction (indexes in list_keyset_indexes).
    const { key, dir } = sortOf(f.sort);
    const columns = [
      { field: key, dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(f.cursor, f.sort, columns);
    const [rows, total] = await Promise.all([
      this.prisma.eaAssignment.findMany({
        where: { AND: [where, keysetWhere(columns, after)] },
        select: assignmentSelect,
        orderBy: keysetOrderBy(columns),
        take: f.limit + 1,
      }),
      this.prisma.eaAssignment.count({ where }),
    ]);
    return keysetPage(rows, f.limit, total, f.sort, (r) => [r[key], r.id]);
  }

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma): Promise<AssignmentRow | null> {
    return db.eaAssignment.findFirst({ where: { id, ...municipalityWhere(scope) }, select: assignmentSelect });
  }

  /**
   * Lock the EA row (within scope) for the rest of the transaction. Every change to an EA's
   * periods takes this lock first, so two requests cannot both pass the overlap check.
   */
  async lockEa(tx: Tx, scope: Scope, eaId: string): Promise<LockedEa | null> {
    const rows = await tx.$queryRaw<LockedEa[]>(
      P.sql`SELECT id, code, "municipalityId" FROM "EnumerationArea" WHERE id = ${eaId}::uuid ${scopeSql(scope)} FOR UPDATE`,
    );
    return rows[0] ?? null;
  }

  /** Every period of the EA (call with the EA locked). */
  periodsOfEa(tx: Tx, eaId: string) {
    return tx.eaAssignment.findMany({
      where: { eaId },
      select: { id: true, validFrom: true, validTo: true },
      orderBy: { validFrom: 'asc' },
    });
  }

  create(
    tx: Tx,
    data: { eaId: string; enumeratorId: string; municipalityId: string; validFrom: Date; validTo: Date | null },
  ): Promise<AssignmentRow> {
    return tx.eaAssignment.create({ data, select: assignmentSelect });
  }

  async setValidTo(tx: Tx, scope: Scope, id: string, validTo: Date | null): Promise<boolean> {
    const res = await tx.eaAssignment.updateMany({ where: { id, ...municipalityWhere(scope) }, data: { validTo } });
    return res.count > 0;
  }

  async delete(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const res = await tx.eaAssignment.deleteMany({ where: { id, ...municipalityWhere(scope) } });
    return res.count > 0;
  }
}
