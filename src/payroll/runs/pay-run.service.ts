import { Inject, Injectable, Logger } from '@nestjs/common';
import { CensusLookup } from '../../census/census-lookup.js';
import { actorOf, AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, problem } from '../../common/errors/app-error.js';
import { offsetOf, offsetPage, type Page } from '../../common/http/lists.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { JobClient } from '../../common/jobs/job-client.js';
import { formatCents } from '../../common/money/money.js';
import { Transactions } from '../../common/prisma/transaction.js';
import { inScope } from '../../common/scope/scope.js';
import type { PayRunStatus } from '../../generated/prisma/enums.js';
import { GeographyRepository } from '../../geography/geography.repository.js';
import { checkApproval, checkRecompute } from '../domain/pay-run-lifecycle.js';
import { TariffRepository } from '../tariffs/tariff.repository.js';
import type { RunLedger } from '../domain/ledger.js';
import { PayLedgerRepository } from '../ledger/pay-ledger.repository.js';
import { PAY_RUN_APPROVED_LISTENER, type PayRunApprovedListener } from './pay-run-approved.js';
import { PayRunRepository, toState, type RunRow } from './pay-run.repository.js';

const unknownRun = (): AppError => new AppError('PAY_RUN_UNKNOWN', 'pay run not found');

export interface MunicipalityTotalsView {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
  readonly payable: number;
  readonly blocked: number;
  readonly gross: string;
  readonly deductions: string;
  readonly net: string;
}

/** A run as the API shows it: money as strings ("1103.23"), sums of rounded lines of payable people. */
export interface PayRunView {
  readonly id: string;
  readonly kind: 'REGULAR' | 'ADJUSTMENT';
  readonly status: PayRunStatus;
  /** null = national run */
  readonly municipality: { readonly code: string; readonly nameSq: string; readonly nameSr: string } | null;
  readonly tariffVersion: number;
  readonly censusId: string | null;
  readonly progress: number;
  /** the run's ordinal among runs of its kind and scope, oldest first */
  readonly sequence: number;
  readonly createdById: string;
  readonly createdBy: Person | null;
  readonly createdAt: string;
  readonly computedAt: string | null;
  readonly approvedById: string | null;
  readonly approvedBy: Person | null;
  readonly approvedAt: string | null;
  readonly failedReason: string | null;
  /** people paid by this run (status PAYABLE) */
  readonly peopleCount: number;
  /** people listed with the reason they cannot be paid; not in the totals */
  readonly blockedCount: number;
  readonly totals: { readonly gross: string; readonly deductions: string; readonly net: string; readonly currency: 'EUR' };
  readonly municipalities?: readonly MunicipalityTotalsView[];
}

interface Person {
  readonly id: string;
  readonly email: string;
}

type Names = Map<string, { code: string; nameSq: string; nameSr: string }>;

/** What a run's view needs beyond its row: municipality names, its sequence, the people on it. */
interface RunContext {
  readonly municipalities: Names;
  readonly sequences: Map<string, number>;
  readonly users: Map<string, Person>;
}

export interface CreateRunInput {
  readonly municipalityCode?: string;
  readonly tariffVersion?: number;
  /** code or id of the census; default: the only open census */
  readonly census?: string;
}

/**
 * Pay runs for the API: create (queued for the worker), read, approve (four eyes, exactly one
 * of concurrent approvals), recompute. Every change and its audit event share a transaction.
 */
@Injectable()
export class PayRunService {
  private readonly logger = new Logger('pay-runs');

  constructor(
    private readonly runs: PayRunRepository,
    private readonly ledger: PayLedgerRepository,
    private readonly tariffs: TariffRepository,
    private readonly geo: GeographyRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobClient,
    @Inject(PAY_RUN_APPROVED_LISTENER) private readonly approved: PayRunApprovedListener,
    private readonly transactions: Transactions,
    private readonly censuses: CensusLookup,
  ) {}

  async create(p: Principal, input: CreateRunInput, today: Date): Promise<PayRunView> {
    const municipalityId = input.municipalityCode === undefined ? null : await this.municipalityInScope(p, input.municipalityCode);
    // A run pays one census: its tariff (and so its pay months, preparatory and interview windows) is that census's.
    const censusId = await this.censuses.resolveId(input.census);
    const found =
      input.tariffVersion === undefined
        ? await this.tariffs.effectiveOn(today, undefined, censusId)
        : await this.tariffs.findVersion(input.tariffVersion);
    const tariff = found && (found.censusId === null || found.censusId === censusId) ? found : null;
    if (found && !tariff)
      throw new AppError('TARIFF_MISSING', `tariff version ${found.version} belongs to another census`, [
        problem('TARIFF_OTHER_CENSUS', {}, { field: 'tariffVersion' }),
      ]);
    if (!tariff) {
      throw input.tariffVersion === undefined
        ? new AppError('TARIFF_MISSING', `no tariff is in effect on ${fromDate(today) ?? ''}; create one first`)
        : new AppError('TARIFF_MISSING', `tariff version ${input.tariffVersion} does not exist`, [
            problem('TARIFF_VERSION_UNKNOWN', {}, { field: 'tariffVersion' }),
          ]);
    }
    const run = await this.transactions.run(async (tx) => {
      // Final when computed; known now so the list shows it from the start.
      const kind = (await this.runs.anyPaid(tx, municipalityId)) ? 'ADJUSTMENT' : 'REGULAR';
      const created = await this.runs.create(tx, { kind, municipalityId, censusId, tariffId: tariff.id, createdById: p.userId });
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'PayRun',
        entityIds: [created.id],
        municipalityId,
        details: { kind, tariffVersion: tariff.version, scope: municipalityId === null ? 'national' : 'municipal' },
      });
      return created;
    });
    await this.enqueue(run.id);
    return this.view(run, await this.context([run]));
  }

  async list(
    p: Principal,
    f: { status?: PayRunStatus; municipalityCode?: string; census?: string; limit: number; cursor?: string | undefined },
  ): Promise<Page<PayRunView>> {
    const offset = offsetOf(f.cursor);
    const municipalityId = await this.geo.idForFilter(f.municipalityCode);
    const censusId = await this.censuses.filter(f.census);
    const { items, total } = await this.runs.list(p.scope, {
      status: f.status,
      municipalityId,
      censusId,
      limit: f.limit,
      offset,
    });
    const context = await this.context(items);
    return offsetPage(
      items.map((r) => this.view(r, context)),
      offset,
      f.limit,
      total,
    );
  }

  async get(p: Principal, id: string): Promise<PayRunView> {
    const run = await this.runs.find(p.scope, id);
    if (!run) throw unknownRun();
    const ledger = run.status === 'COMPUTED' || run.status === 'APPROVED' ? await this.ledger.ledger(p.scope, run) : null;
    const ids = ledger ? ledger.municipalities.map((m) => m.municipalityId) : [];
    const context = await this.context([run], ids);
    return { ...this.view(run, context), municipalities: ledger ? municipalityTotals(ledger, context.municipalities) : [] };
  }

  /**
   * Four eyes, once. Under the approval lock (transaction-scoped) the rules are checked and the
   * row changes with one conditional UPDATE; a second approval waiting on the lock then finds
   * the run APPROVED. A run computed before another overlapping run was approved is refused as
   * stale: what it counts as already paid is out of date.
   */
  async approve(p: Principal, id: string): Promise<PayRunView> {
    const { run, messages } = await this.transactions.run(async (tx) => {
      await this.runs.lockApprovals(tx);
      const row = await this.runs.find(p.scope, id, tx);
      if (!row) throw unknownRun();
      const state = toState(row);
      const newer = state.status === 'COMPUTED' ? await this.runs.overlappingApprovedSince(tx, state, state.computedAt) : 0;
      const checked = checkApproval(state, { userId: p.userId }, newer);
      if (!checked.ok) throw new AppError(checked.refusal.code, checked.refusal.message);
      // The move itself is the repository's conditional UPDATE (PAY_RUN_TRANSITIONS.approve).
      if (!(await this.runs.markApproved(tx, id, p.userId)))
        throw new AppError('PAY_RUN_LOCKED', 'the run changed while it was being approved');
      await this.audit.record(tx, actorOf(p), {
        action: 'approved',
        entity: 'PayRun',
        entityIds: [id],
        municipalityId: row.municipalityId,
        details: { kind: row.kind, payable: row.peopleCount, blocked: row.blockedCount },
      });
      const messages = await this.approved.runApproved(tx, id, p.userId);
      return { run: (await this.runs.find(p.scope, id, tx)) as RunRow, messages };
    });
    this.logger.log({ runId: id, approvedById: p.userId, statements: messages.length }, 'pay run approved');
    await this.approved.dispatch(messages);
    return this.get(p, run.id);
  }

  /** COMPUTED or FAILED (never APPROVED) → QUEUED, computed again from current data. */
  async recompute(p: Principal, id: string): Promise<PayRunView> {
    const run = await this.transactions.run(async (tx) => {
      const row = await this.runs.find(p.scope, id, tx);
      if (!row) throw unknownRun();
      const checked = checkRecompute(toState(row));
      if (!checked.ok) throw new AppError(checked.refusal.code, checked.refusal.message);
      // PAY_RUN_TRANSITIONS.requeue, in the repository's conditional UPDATE.
      if (!(await this.runs.requeue(tx, p.scope, id))) throw new AppError('CONFLICT', 'the run changed meanwhile; reload it');
      await this.audit.record(tx, actorOf(p), {
        action: 'recompute-requested',
        entity: 'PayRun',
        entityIds: [id],
        municipalityId: row.municipalityId,
        details: { previousStatus: row.status },
      });
      return (await this.runs.find(p.scope, id, tx)) as RunRow;
    });
    await this.enqueue(run.id);
    return this.view(run, await this.context([run]));
  }

  /**
   * PostgreSQL holds the request; Redis only carries it. When Redis cannot take the job now,
   * the run stays QUEUED and the workers' recovery sweep (every minute) enqueues it.
   */
  private async enqueue(runId: string): Promise<void> {
    try {
      await this.jobs.enqueue('pay-run.compute', { runId });
    } catch (err) {
      this.logger.warn({ runId, err: (err as Error).message }, 'pay run not enqueued now; the recovery sweep will enqueue it');
    }
  }

  private async municipalityInScope(p: Principal, code: string): Promise<string> {
    const m = await this.geo.municipalityByCode(code);
    if (!m || !inScope(p.scope, m.id))
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        problem('MUNICIPALITY_CODE_UNKNOWN', {}, { field: 'municipalityCode' }),
      ]);
    return m.id;
  }

  private async context(rows: readonly RunRow[], moreMunicipalityIds: readonly string[] = []): Promise<RunContext> {
    const municipalityIds = [...new Set([...moreMunicipalityIds, ...rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : []))])];
    const userIds = [...new Set(rows.flatMap((r) => (r.approvedById ? [r.createdById, r.approvedById] : [r.createdById])))];
    const [municipalities, sequences, users] = await Promise.all([
      municipalityIds.length === 0 ? [] : this.runs.municipalities(municipalityIds),
      this.runs.sequences(rows.map((r) => r.id)),
      userIds.length === 0 ? [] : this.runs.users(userIds),
    ]);
    return {
      municipalities: new Map(municipalities.map((m) => [m.id, m])),
      sequences,
      users: new Map(users.map((u) => [u.id, u])),
    };
  }

  private view(r: RunRow, c: RunContext): PayRunView {
    const m = r.municipalityId ? c.municipalities.get(r.municipalityId) : undefined;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      municipality: r.municipalityId ? { code: m?.code ?? '', nameSq: m?.nameSq ?? '', nameSr: m?.nameSr ?? '' } : null,
      tariffVersion: r.tariff.version,
      censusId: r.censusId,
      progress: r.progress,
      sequence: c.sequences.get(r.id) ?? 1,
      createdById: r.createdById,
      createdBy: c.users.get(r.createdById) ?? null,
      createdAt: r.createdAt.toISOString(),
      computedAt: r.computedAt?.toISOString() ?? null,
      approvedById: r.approvedById,
      approvedBy: (r.approvedById && c.users.get(r.approvedById)) || null,
      approvedAt: r.approvedAt?.toISOString() ?? null,
      failedReason: r.failedReason,
      peopleCount: r.peopleCount,
      blockedCount: r.blockedCount,
      totals: {
        gross: formatCents(r.grossCents),
        deductions: formatCents(r.deductionsCents),
        net: formatCents(r.netCents),
        currency: 'EUR',
      },
    };
  }
}

/** The run's ledger per municipality, ordered by code as the API always listed it. */
function municipalityTotals(ledger: RunLedger, names: Names): MunicipalityTotalsView[] {
  return ledger.municipalities
    .map((t) => {
      const n = names.get(t.municipalityId);
      return {
        code: n?.code ?? '',
        nameSq: n?.nameSq ?? '',
        nameSr: n?.nameSr ?? '',
        payable: t.payable,
        blocked: t.blocked,
        gross: formatCents(t.grossCents),
        deductions: formatCents(t.deductionsCents),
        net: formatCents(t.netCents),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
