import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { MATCHES_NOTHING } from '../common/scope/scope.js';

const municipalitySelect = {
  id: true,
  code: true,
  nameSq: true,
  nameSr: true,
  region: { select: { code: true, nameSq: true, nameSr: true } },
} as const;

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
