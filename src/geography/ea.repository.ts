import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { likeLiteral } from '../common/prisma/like.js';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';

export const eaSelect = {
  id: true,
  code: true,
  name: true,
  municipalityId: true,
  municipality: { select: { code: true, nameSq: true } },
  createdAt: true,
  updatedAt: true,
} as const;

export interface EaFilter {
  readonly municipalityId?: string;
  readonly codePrefix?: string;
  readonly sort: 'code' | '-code';
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Enumeration areas. Every method takes the caller's scope and filters by it in SQL. */
@Injectable()
export class EaRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(scope: Scope, f: EaFilter) {
    const where = {
      ...municipalityWhere(scope),
      ...(f.municipalityId ? { AND: [{ municipalityId: f.municipalityId }] } : {}),
      ...(f.codePrefix ? { code: { startsWith: likeLiteral(f.codePrefix) } } : {}),
    };
    // Keyset order: code, then id (indexes in list_keyset_indexes).
    const { dir } = sortOf(f.sort);
    const columns = [
      { field: 'code', dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(f.cursor, f.sort, columns);
    const [rows, total] = await Promise.all([
      this.prisma.enumerationArea.findMany({
        where: { AND: [where, keysetWhere(columns, after)] },
        select: eaSelect,
        orderBy: keysetOrderBy(columns),
        take: f.limit + 1,
      }),
      this.prisma.enumerationArea.count({ where }),
    ]);
    return keysetPage(rows, f.limit, total, f.sort, (r) => [r.code, r.id]);
  }

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma) {
    return db.enumerationArea.findFirst({ where: { id, ...municipalityWhere(scope) }, select: eaSelect });
  }

  create(tx: Tx, data: { code: string; name: string | null; municipalityId: string }) {
    return tx.enumerationArea.create({ data, select: eaSelect });
  }

  /** Update within scope; returns null when the row is not visible to the caller. */
  async update(tx: Tx, scope: Scope, id: string, data: { name?: string | null; municipalityId?: string }) {
    const res = await tx.enumerationArea.updateMany({ where: { id, ...municipalityWhere(scope) }, data });
    return res.count === 0 ? null : this.find(scope, id, tx);
  }

  async delete(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const res = await tx.enumerationArea.deleteMany({ where: { id, ...municipalityWhere(scope) } });
    return res.count > 0;
  }

  countAssignments(tx: Tx, eaId: string): Promise<number> {
    return tx.eaAssignment.count({ where: { eaId } });
  }
}
