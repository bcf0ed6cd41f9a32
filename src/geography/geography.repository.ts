import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { MATCHES_NOTHING, municipalityIdWhere, type Scope } from '../common/scope/scope.js';
import type { Prisma } from '../generated/prisma/client.js';

const municipalitySelect = {
  id: true,
  code: true,
  nameSq: true,
  nameSr: true,
  documentLocales: true,
  region: { select: { code: true, nameSq: true, nameSr: true } },
} as const;

/**
 * The one lookup of a municipality by code within the caller's scope: another municipality's
 * code is simply not found (null), as an unknown one. Repositories of every feature use it.
 */
export function municipalityInScope<S extends Prisma.MunicipalitySelect>(db: Tx | PrismaClient, scope: Scope, code: string, select: S) {
  return db.municipality.findFirst({ where: { code, ...municipalityIdWhere(scope) }, select });
}

/** Regions and municipalities are national reference data: readable by every signed-in role. */
@Injectable()
export class GeographyRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  regions() {
    return this.prisma.region.findMany({
      orderBy: { sortOrder: 'asc' },
      select: {
        code: true,
        nameSq: true,
        nameSr: true,
        municipalities: { orderBy: { sortOrder: 'asc' }, select: { id: true, code: true, nameSq: true, nameSr: true } },
      },
    });
  }

  municipalities(regionCode?: string) {
    return this.prisma.municipality.findMany({
      where: regionCode ? { region: { code: regionCode } } : {},
      orderBy: { sortOrder: 'asc' },
      select: municipalitySelect,
    });
  }

  municipalityByCode(code: string) {
    return this.prisma.municipality.findUnique({ where: { code }, select: municipalitySelect });
  }

  /** The caller's municipality by code (null: unknown or outside the scope). */
  municipalityInScope(scope: Scope, code: string) {
    return municipalityInScope(this.prisma, scope, code, municipalitySelect);
  }

  /** The languages a municipality's documents are printed in (null: unknown code). */
  async setDocumentLocales(tx: Tx, code: string, documentLocales: readonly string[]) {
    const res = await tx.municipality.updateMany({ where: { code }, data: { documentLocales: [...documentLocales] } });
    return res.count === 0 ? null : tx.municipality.findUnique({ where: { code }, select: municipalitySelect });
  }

  municipalityById(id: string) {
    return this.prisma.municipality.findUnique({ where: { id }, select: municipalitySelect });
  }

  /** Id to filter by for an optional municipality code: an unknown code matches nothing rather than everything. */
  async idForFilter(code: string | undefined): Promise<string | undefined> {
    if (code === undefined) return undefined;
    return (await this.municipalityByCode(code))?.id ?? MATCHES_NOTHING;
  }

  /** code → id for every municipality (38 rows; used by imports). */
  async municipalityIdsByCode(): Promise<Map<string, string>> {
    const rows = await this.prisma.municipality.findMany({ select: { id: true, code: true } });
    return new Map(rows.map((r) => [r.code, r.id]));
  }
}
