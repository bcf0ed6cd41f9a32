import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Tx } from '../../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import { buildLedger, ledgerMismatches, type RunLedger, type StoredRunTotals } from '../domain/ledger.js';

/** The run the caller already found within their scope (the payroll API's visibility rule). */
export interface LedgerRun extends StoredRunTotals {
  readonly id: string;
}

export interface LedgerMunicipality {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
  readonly sortOrder: number;
}

/** A run whose people do not add up to its stored totals: no document of it may be issued. */
export class LedgerMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerMismatchError';
  }
}

/**
 * The one query shape for a run's totals: people grouped by municipality and status, summed in
 * PostgreSQL over the same stored person totals (which are sums of rounded lines). Used by the
 * run API, the XLSX summary, the payroll-summary PDF and the statement packs.
 */
@Injectable()
export class PayLedgerRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /**
   * The run's ledger within the caller's scope, in the letter's order of municipalities. A
   * caller who sees the whole run (national, or the municipality of a municipal run) gets the
   * whole ledger, which must equal the run's stored totals, or this throws.
   */
  async ledger(scope: Scope, run: LedgerRun, db: Tx | PrismaClient = this.prisma): Promise<RunLedger> {
    const [rows, municipalities] = await Promise.all([
      db.payPerson.groupBy({
        by: ['municipalityId', 'status'],
        where: { runId: run.id, ...municipalityWhere(scope) },
        _count: { _all: true },
        _sum: { grossCents: true, deductionsCents: true, netCents: true },
        orderBy: [{ municipalityId: 'asc' }, { status: 'asc' }],
      }),
      this.municipalities(db),
    ]);
    const ledger = buildLedger(
      rows.map((r) => ({
        municipalityId: r.municipalityId,
        status: r.status,
        people: r._count._all,
        grossCents: r._sum.grossCents ?? 0n,
        deductionsCents: r._sum.deductionsCents ?? 0n,
        netCents: r._sum.netCents ?? 0n,
      })),
      (id) => municipalities.get(id)?.sortOrder ?? Number.MAX_SAFE_INTEGER,
    );
    const wrong = ledgerMismatches(ledger.total, run);
    if (wrong.length > 0) throw new LedgerMismatchError(`people of run ${run.id} do not add up to its totals: ${wrong.join(', ')}`);
    return ledger;
  }

  /** Municipalities are national reference data (38 rows). */
  async municipalities(db: Tx | PrismaClient = this.prisma): Promise<Map<string, LedgerMunicipality>> {
    const rows = await db.municipality.findMany({ select: { id: true, code: true, nameSq: true, nameSr: true, sortOrder: true } });
    return new Map(rows.map((r) => [r.id, { code: r.code, nameSq: r.nameSq, nameSr: r.nameSr, sortOrder: r.sortOrder }]));
  }
}
