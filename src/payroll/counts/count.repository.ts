import { Inject, Injectable } from '@nestjs/common';
import { AppError, problem } from '../../common/errors/app-error.js';
import { type KeyColumn, keysetAfter, keysetPage, type Page } from '../../common/http/lists.js';
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
  readonly cursor?: string | undefined;
}

/** The order of both lists: EA code, enumerator, newest version first (the id breaks no real tie). */
const COUNT_KEYS: readonly KeyColumn[] = [
  { field: 'eaCode', dir: 'asc' },
  { field: 'enumeratorNationalId', dir: 'asc' },
  { field: 'version', dir: 'desc' },
  { field: 'id', dir: 'asc' },
];

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

  async list(scope: Scope, f: CountFilter): Promise<Page<CountView>> {
    const after = keysetAfter(f.cursor, f.currentOnly ? 'current' : 'history', COUNT_KEYS);
    const [code, nationalId, version, id] = after ?? [];
    if (after && (typeof code !== 'string' || typeof nationalId !== 'string' || typeof version !== 'number' || typeof id !== 'string'))
      throw new AppError('VALIDATION_FAILED', 'request validation failed', [problem('NOT_A_CURSOR', {}, { field: 'cursor' })]);
    // (code, national id) ascending, version descending, id ascending: after the last row shown.
    const keyset = after
      ? P.sql`AND (e.code > ${code} OR (e.code = ${code} AND (s."nationalId" > ${nationalId} OR (s."nationalId" = ${nationalId}
          AND (c.version < ${version} OR (c.version = ${version} AND c.id > ${id}::uuid))))))`
      : P.empty;
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
    const [rows, total] = await Promise.all([
      this.prisma.$queryRaw<CountView[]>`
        SELECT c.id, c."eaId", e.code AS "eaCode", c."enumeratorId", s."nationalId" AS "enumeratorNationalId",
               s."fullName" AS "enumeratorName", c."municipalityId", m.code AS "municipalityCode", c.version, c."isCurrent",
               c.buildings, c.dwellings, c.households, c.individuals, c."diasporaPersons", c."diasporaListComplete",
               c."importBatchId", c."createdAt", c."createdById"
        ${from} ${where} ${keyset}
        ORDER BY e.code, s."nationalId", c.version DESC, c.id
        LIMIT ${f.limit + 1}`,
      this.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} ${where}`,
    ]);
    return keysetPage(rows, f.limit, Number(total[0]?.n ?? 0), f.currentOnly ? 'current' : 'history', (r) => [
      r.eaCode,
      r.enumeratorNationalId,
      r.version,
      r.id,
    ]);
  }
}
