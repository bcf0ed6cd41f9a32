import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Scope } from '../../common/scope/scope.js';
import { scopeSql } from '../../common/scope/scope-sql.js';
import { Prisma as P } from '../../generated/prisma/client.js';

export interface CountFilter {
  readonly municipalityCode?: string;
  readonly eaCode?: string;
  readonly nationalId?: string;
  /** true: current versions only; false: every version (history) */
  readonly currentOnly: boolean;
  readonly limit: number;
  readonly offset: number;
}

export interface CountView {
  readonly id: string;
  readonly eaId: string;
  readonly eaCode: string;
  readonly enumeratorId: string;
  readonly enumeratorNationalId: string;
  readonly enumeratorName: string;
  readonly municipalityId: string;
  readonly municipalityCode: string;
  readonly version: number;
  readonly isCurrent: boolean;
  readonly buildings: number;
  readonly dwellings: number;
  readonly households: number;
  readonly individuals: number;
  readonly diasporaPersons: number;
  readonly diasporaListComplete: boolean;
  readonly importBatchId: string | null;
  readonly createdAt: Date;
  readonly createdById: string | null;
}

/** Reads of EA counts (versions), always within the caller's scope. Writes: CountImportRepository. */
@Injectable()
export class CountRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(scope: Scope, f: CountFilter): Promise<{ items: CountView[]; total: number }> {
    const where = P.sql`WHERE true ${scopeSql(scope, 'c."municipalityId"')}
      ${f.currentOnly ? P.sql`AND c."isCurrent"` : P.empty}
      ${f.municipalityCode ? P.sql`AND m.code = ${f.municipalityCode}` : P.empty}
      ${
        // A count's municipality is its EA's (set at import): with it, the EA filter goes through
        // the (municipalityId, isCurrent) index, as EaCount has no index that starts with the EA.
        f.eaCode ? P.sql`AND e.code = ${f.eaCode.toUpperCase()} AND c."municipalityId" = e."municipalityId"` : P.empty
      }
      ${f.nationalId ? P.sql`AND s."nationalId" = ${f.nationalId.toUpperCase()}` : P.empty}`;
    const from = P.sql`FROM "EaCount" c
      JOIN "EnumerationArea" e ON e.id = c."eaId"
      JOIN "StaffMember" s ON s.id = c."enumeratorId"
      JOIN "Municipality" m ON m.id = c."municipalityId"`;
    const [items, total] = await Promise.all([
      this.prisma.$queryRaw<CountView[]>`
        SELECT c.id, c."eaId", e.code AS "eaCode", c."enumeratorId", s."nationalId" AS "enumeratorNationalId",
               s."fullName" AS "enumeratorName", c."municipalityId", m.code AS "municipalityCode", c.version, c."isCurrent",
               c.buildings, c.dwellings, c.households, c.individuals, c."diasporaPersons", c."diasporaListComplete",
               c."importBatchId", c."createdAt", c."createdById"
        ${from} ${where}
        ORDER BY e.code, s."nationalId", c.version DESC
        LIMIT ${f.limit} OFFSET ${f.offset}`,
      this.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} ${where}`,
    ]);
    return { items, total: Number(total[0]?.n ?? 0) };
  }
}
