import { Inject, Injectable } from '@nestjs/common';
import { toDate } from '../../common/http/zod.pipe.js';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Tx } from '../../common/prisma/transaction.js';
import type { TariffValues } from '../domain/tariff.js';
import type { TariffRow } from './tariff-row.js';

export { toRules, toValues, toView, type TariffRow, type TariffView } from './tariff-row.js';

/** Serialises version numbering across API replicas (arbitrary constant, like the migrator's). */
export const TARIFF_VERSION_LOCK = 72_707_201;

export interface NewTariff extends Omit<TariffValues, 'version'> {
  readonly name: string;
  readonly effectiveFrom: string;
}

/**
 * Tariff versions. Tariffs are national: no scope. Versions are only ever added; a stored
 * version is never updated, so a pay run that names a version can always be explained.
 */
@Injectable()
export class TariffRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Every version, newest first. */
  list(censusId?: string): Promise<TariffRow[]> {
    return this.prisma.tariff.findMany({ where: censusId ? { censusId } : {}, orderBy: { version: 'desc' } });
  }

  find(id: string): Promise<TariffRow | null> {
    return this.prisma.tariff.findUnique({ where: { id } });
  }

  findVersion(version: number): Promise<TariffRow | null> {
    return this.prisma.tariff.findUnique({ where: { version } });
  }

  /**
   * The tariff in effect on a day: the newest version whose effectiveFrom is on or before it.
   * `day` is YYYY-MM-DD or a Date (its UTC calendar day counts).
   */
  effectiveOn(day: string | Date, db: Tx | PrismaClient = this.prisma, censusId?: string): Promise<TariffRow | null> {
    const d = typeof day === 'string' ? toDate(day) : toDate(day.toISOString().slice(0, 10));
    // of one census when given (rows without a census, from before censuses were records, count for any)
    const ofCensus = censusId ? { OR: [{ censusId }, { censusId: null }] } : {};
    return db.tariff.findFirst({ where: { effectiveFrom: { lte: d }, ...ofCensus }, orderBy: { version: 'desc' } });
  }

  /** Adds the next version (highest + 1). Call inside a transaction: the lock holds until it ends. */
  async create(tx: Tx, t: NewTariff, createdById: string | null, censusId: string): Promise<TariffRow> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TARIFF_VERSION_LOCK}::bigint)`;
    const { _max } = await tx.tariff.aggregate({ _max: { version: true } });
    return tx.tariff.create({
      data: {
        version: (_max.version ?? 0) + 1,
        censusId,
        name: t.name,
        effectiveFrom: toDate(t.effectiveFrom),
        supervisorMonthly: t.supervisorMonthly,
        payMonths: t.payMonths.map((m) => ({ from: m.from, to: m.to })),
        prepAmount: t.prepAmount,
        prepFrom: toDate(t.prepFrom),
        prepTo: toDate(t.prepTo),
        interviewFrom: toDate(t.interviewFrom),
        interviewTo: toDate(t.interviewTo),
        rateBuilding: t.rateBuilding,
        rateDwelling: t.rateDwelling,
        rateHousehold: t.rateHousehold,
        rateIndividual: t.rateIndividual,
        rateDiaspora: t.rateDiaspora,
        taxPercent: t.taxPercent,
        createdById,
      },
    });
  }
}
