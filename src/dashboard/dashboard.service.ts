import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { CensusLookup, type CensusContext } from '../census/census-lookup.js';
import { AppError } from '../common/errors/app-error.js';
import { formatCents } from '../common/money/money.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { calendarProgress } from './domain/calendar-progress.js';
import { type Figures, payOf, type PayRunFigures, sumFigures, ZERO_COUNTS } from './domain/figures.js';
import { DashboardRepository, type MunicipalityRow } from './dashboard.repository.js';
import type { DashboardView } from './dashboard.schemas.js';

/** Open deadline flags listed on the dashboard (the recruitment pages list them all). */
const DEADLINES_SHOWN = 50;

const byMunicipality = <T extends { municipalityId: string }>(rows: readonly T[]): Map<string, T> =>
  new Map(rows.map((r) => [r.municipalityId, r]));

function pick<T extends object>(row: (T & { municipalityId?: string }) | undefined, zero: T): T {
  if (!row) return zero;
  return Object.fromEntries(Object.keys(zero).map((k) => [k, (row as Record<string, unknown>)[k]])) as T;
}

const runView = (r: PayRunFigures) => ({
  runId: r.runId,
  kind: r.kind,
  status: r.status,
  people: r.people,
  gross: formatCents(r.grossCents),
  net: formatCents(r.netCents),
  at: r.at.toISOString(),
});

const figuresView = (f: Figures) => ({
  recruitment: f.recruitment,
  eas: f.eas,
  equipment: f.equipment,
  flags: f.flags,
  pay: { runs: f.pay.runs.map(runView), gross: formatCents(f.pay.grossCents), net: formatCents(f.pay.netCents) },
});

/**
 * The first page after sign-in: the census calendar and, per municipality in the caller's scope,
 * recruitment, EA counts against expectations, pay of the latest runs, equipment and open flags.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly censuses: CensusLookup,
    private readonly transactions: Transactions,
  ) {}

  get(p: Principal, q: { municipality?: string | undefined; census?: string | undefined }, now = new Date()): Promise<DashboardView> {
    return this.transactions.run(async (tx) => {
      let scope: Scope = p.scope;
      let municipality: MunicipalityRow | null = null;
      if (q.municipality !== undefined) {
        municipality = await this.repo.municipalityInScope(tx, scope, q.municipality);
        // Another municipality's code answers like an unknown one.
        if (!municipality) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${q.municipality} not found`);
        scope = { kind: 'municipal', municipalityIds: [municipality.id] };
      }
      const census = await this.census(tx, q.census);
      const censusId = census?.id ?? null;
      const municipalities = await this.repo.municipalities(tx, scope);
      if (!municipality && p.scope.kind === 'municipal') municipality = municipalities[0] ?? null;
      // One statement per question, in sequence on the transaction's one connection.
      const targets = byMunicipality(await this.repo.targets(tx, scope, censusId));
      const applications = byMunicipality(await this.repo.applications(tx, scope, censusId));
      const stages = byMunicipality(await this.repo.stages(tx, scope, censusId));
      const eas = byMunicipality(await this.repo.eas(tx, scope));
      const runs = await this.repo.latestRuns(tx, scope);
      const items = byMunicipality(await this.repo.items(tx, scope));
      const kits = byMunicipality(await this.repo.kits(tx, scope));
      const flags = byMunicipality(await this.repo.flags(tx, scope, censusId));
      const deadlines = await this.repo.deadlines(tx, scope, censusId, DEADLINES_SHOWN);

      const runsOf = new Map<string | null, PayRunFigures[]>();
      for (const r of runs) runsOf.set(r.municipalityId, [...(runsOf.get(r.municipalityId) ?? []), r]);
      const rows = municipalities.map((m) => {
        const f: Figures = {
          recruitment: {
            ...pick(targets.get(m.id), { targets: 0, competitions: 0 }),
            ...pick(applications.get(m.id), { applications: 0, eligible: 0, shortlisted: 0, selected: 0 }),
            ...pick(stages.get(m.id), { shortlistsSent: 0, finalLists: 0, published: 0 }),
          },
          eas: pick(eas.get(m.id), ZERO_COUNTS.eas),
          pay: payOf(runsOf.get(m.id) ?? []),
          equipment: {
            ...pick(items.get(m.id), { items: 0, issued: 0, returned: 0, damaged: 0, lost: 0 }),
            ...pick(kits.get(m.id), { handovers: 0, returns: 0 }),
          },
          flags: pick(flags.get(m.id), ZERO_COUNTS.flags),
        };
        return { m, f };
      });
      const progress = census ? calendarProgress(census.calendar, census.timeZone, now) : null;
      return {
        scope: p.scope.kind,
        municipality: municipality ? { code: municipality.code, nameSq: municipality.nameSq, nameSr: municipality.nameSr } : null,
        calendar:
          census && progress
            ? {
                code: census.code,
                today: progress.today,
                calendarVersion: census.calendarVersion,
                stages: progress.stages,
                done: progress.stages.filter((s) => s.done).length,
                total: progress.stages.length,
              }
            : null,
        municipalities: rows.map(({ m, f }) => ({ code: m.code, nameSq: m.nameSq, nameSr: m.nameSr, ...figuresView(f) })),
        totals: figuresView(sumFigures(rows.map((r) => r.f))),
        nationalPay: q.municipality === undefined && p.scope.kind === 'national' ? (runsOf.get(null) ?? []).map(runView) : [],
        deadlines: deadlines.map((d) => ({ ...d, dueAt: d.dueAt.toISOString(), raisedAt: d.raisedAt.toISOString() })),
        generatedAt: now.toISOString(),
      };
    }, 30_000);
  }

  /** The named census, else the only open one; none (or several) open: no calendar. */
  private async census(tx: Tx, ref: string | undefined): Promise<CensusContext | null> {
    try {
      return await this.censuses.resolve(ref, tx);
    } catch (e) {
      if (ref === undefined && e instanceof AppError && ['CENSUS_REQUIRED', 'CENSUS_AMBIGUOUS', 'CENSUS_CALENDAR_MISSING'].includes(e.code))
        return null;
      throw e;
    }
  }
}
