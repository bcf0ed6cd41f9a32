import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Tx } from '../../common/prisma/transaction.js';
import type { Scope } from '../../common/scope/scope.js';
import type { PayRunKind, PayRunStatus } from '../../generated/prisma/enums.js';
import { fromStatuses, PAY_RUN_TRANSITIONS as T, type PayRunState } from '../domain/pay-run-lifecycle.js';
import type { RunCensus } from './census-pay-settings.js';
import { anyPaidSql } from './paid-sql.js';
import { payRunVisibleWhere } from './pay-run-visibility.js';

/**
 * One key for "the set of approved runs": approvals take it exclusively, a computation takes
 * it shared while it fixes its view of what is already paid (pay-run-bulk.repository.ts).
 * Arbitrary constant, like the migrator's.
 */
export const APPROVAL_LOCK = 72_707_301;

export const runSelect = {
  id: true,
  kind: true,
  status: true,
  municipalityId: true,
  censusId: true,
  tariffId: true,
  tariff: { select: { version: true, name: true } },
  createdById: true,
  createdAt: true,
  computedAt: true,
  approvedById: true,
  approvedAt: true,
  failedReason: true,
  progress: true,
  peopleCount: true,
  blockedCount: true,
  grossCents: true,
  deductionsCents: true,
  netCents: true,
} as const satisfies Prisma.PayRunSelect;

export type RunRow = Prisma.PayRunGetPayload<{ select: typeof runSelect }>;

export interface RunFilter {
  readonly status?: PayRunStatus;
  readonly municipalityId?: string | null;
  readonly censusId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** What a computation needs to know about its run. */
export interface ClaimedRun {
  readonly id: string;
  /** the census the run belongs to (null for runs that name none) */
  readonly censusId: string | null;
  readonly municipalityId: string | null;
  readonly tariffId: string;
  readonly createdById: string;
}

export interface ComputedResult {
  readonly kind: PayRunKind;
  readonly computedAt: Date;
  readonly peopleCount: number;
  readonly blockedCount: number;
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
}

/** The row as the lifecycle rules see it. */
export function toState(
  r: Pick<RunRow, 'id' | 'status' | 'municipalityId' | 'createdById' | 'computedAt' | 'approvedById' | 'approvedAt' | 'failedReason'>,
): PayRunState {
  const base = { id: r.id, municipalityId: r.municipalityId, createdById: r.createdById };
  switch (r.status) {
    case 'QUEUED':
      return { ...base, status: 'QUEUED' };
    case 'COMPUTING':
      return { ...base, status: 'COMPUTING' };
    case 'COMPUTED':
      return { ...base, status: 'COMPUTED', computedAt: r.computedAt ?? new Date(0) };
    case 'FAILED':
      return { ...base, status: 'FAILED', failedReason: r.failedReason ?? '' };
    case 'APPROVED':
      return {
        ...base,
        status: 'APPROVED',
        computedAt: r.computedAt ?? new Date(0),
        approvedById: r.approvedById ?? '',
        approvedAt: r.approvedAt ?? new Date(0),
      };
  }
}

/**
 * Pay runs. Caller-facing methods take the caller's scope and put it in the WHERE clause: a
 * municipal user sees the runs of their municipality only (national runs have no municipality,
 * so they are not visible to them). Methods without a scope serve the worker, which acts for
 * the system on a run id it was given.
 */
@Injectable()
export class PayRunRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  create(
    tx: Tx,
    data: { kind: PayRunKind; municipalityId: string | null; censusId: string; tariffId: string; createdById: string },
  ): Promise<RunRow> {
    return tx.payRun.create({ data: { ...data, status: 'QUEUED' }, select: runSelect });
  }

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma): Promise<RunRow | null> {
    return db.payRun.findFirst({ where: { id, ...payRunVisibleWhere(scope) }, select: runSelect });
  }

  async list(scope: Scope, f: RunFilter): Promise<{ items: RunRow[]; total: number }> {
    const where: Prisma.PayRunWhereInput = {
      ...payRunVisibleWhere(scope),
      ...(f.status ? { status: f.status } : {}),
      ...(f.censusId ? { censusId: f.censusId } : {}),
      ...(f.municipalityId !== undefined ? { AND: [{ municipalityId: f.municipalityId }] } : {}),
    };
    const [items, total] = await Promise.all([
      this.prisma.payRun.findMany({
        where,
        select: runSelect,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: f.limit,
        skip: f.offset,
      }),
      this.prisma.payRun.count({ where }),
    ]);
    return { items, total };
  }

  municipalities(ids: readonly string[]): Promise<{ id: string; code: string; nameSq: string; nameSr: string }[]> {
    return this.prisma.municipality.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, code: true, nameSq: true, nameSr: true },
    });
  }

  /**
   * Each run's ordinal among the runs of its kind and scope (the same municipality, or national),
   * oldest first: the "#2" of a run's name.
   */
  async sequences(runIds: readonly string[]): Promise<Map<string, number>> {
    if (runIds.length === 0) return new Map();
    const rows = await this.prisma.$queryRaw<{ id: string; seq: bigint }[]>`
      SELECT r.id, (
        SELECT count(*) FROM "PayRun" o
        WHERE o.kind = r.kind AND o."municipalityId" IS NOT DISTINCT FROM r."municipalityId"
          AND (o."createdAt", o.id) <= (r."createdAt", r.id)
      ) AS seq
      FROM "PayRun" r WHERE r.id = ANY(${[...runIds]}::uuid[])`;
    return new Map(rows.map((r) => [r.id, Number(r.seq)]));
  }

  /** The users who created or approved runs, by id (a user is never deleted, only deactivated). */
  users(ids: readonly string[]): Promise<{ id: string; email: string }[]> {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, email: true } });
  }

  /** Did an approved run overlapping this scope pay anything yet? (null = national) */
  async anyPaid(db: Tx | PrismaClient, municipalityId: string | null): Promise<boolean> {
    const rows = await db.$queryRawUnsafe<{ any: boolean }[]>(anyPaidSql(municipalityId));
    return rows[0]?.any === true;
  }

  /** Serialises approvals (exclusive) against each other and against computations fixing their baseline (shared). */
  async lockApprovals(tx: Tx): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${APPROVAL_LOCK}::bigint)`;
  }

  /** Approved runs overlapping `run`'s scope approved after `since` (the run's data snapshot). */
  overlappingApprovedSince(tx: Tx, run: { id: string; municipalityId: string | null }, since: Date): Promise<number> {
    return tx.payRun.count({
      where: {
        id: { not: run.id },
        status: 'APPROVED',
        approvedAt: { gt: since },
        ...(run.municipalityId === null ? {} : { OR: [{ municipalityId: null }, { municipalityId: run.municipalityId }] }),
      },
    });
  }

  /**
   * The approval itself: one conditional UPDATE, so that of concurrent approvals exactly one
   * changes the row. The time is the database clock at the update (after the lock), which the
   * staleness rule compares with computations' snapshot times.
   */
  async markApproved(tx: Tx, runId: string, approverId: string): Promise<boolean> {
    const n = await tx.$executeRaw`
      UPDATE "PayRun" SET status = ${T.approve.to}::"PayRunStatus", "approvedById" = ${approverId}::uuid, "approvedAt" = clock_timestamp()
      WHERE id = ${runId}::uuid AND status = ANY(${fromStatuses('approve')}::"PayRunStatus"[]) AND "createdById" <> ${approverId}::uuid`;
    return n === 1;
  }

  /** COMPUTED/FAILED → QUEUED, clearing the previous result; false when the run is not in that state (or not in scope). */
  async requeue(tx: Tx, scope: Scope, runId: string): Promise<boolean> {
    const res = await tx.payRun.updateMany({
      where: { id: runId, status: { in: fromStatuses('requeue') }, ...payRunVisibleWhere(scope) },
      data: {
        status: T.requeue.to,
        progress: 0,
        failedReason: null,
        computedAt: null,
        peopleCount: 0,
        blockedCount: 0,
        grossCents: 0n,
        deductionsCents: 0n,
        netCents: 0n,
      },
    });
    return res.count === 1;
  }

  // ---- worker side (system actor, run id from the job) ----

  /** QUEUED/COMPUTING → COMPUTING; null when the run is gone or no longer wants computing. */
  async claim(runId: string): Promise<ClaimedRun | null> {
    const res = await this.prisma.payRun.updateMany({
      where: { id: runId, status: { in: fromStatuses('claim') } },
      data: { status: T.claim.to, progress: 0, failedReason: null },
    });
    if (res.count === 0) return null;
    return this.prisma.payRun.findUnique({
      where: { id: runId },
      select: { id: true, censusId: true, municipalityId: true, tariffId: true, createdById: true },
    });
  }

  /** Whether any contract exists (in the census, when given): a run without any skips the per-person lookup. */
  async anyContracts(censusId: string | null): Promise<boolean> {
    return (await this.prisma.contract.findFirst({ where: censusId === null ? {} : { censusId }, select: { id: true } })) !== null;
  }

  /** The run's census and its settings (null: no such run), read by the computation for its rules. */
  runCensus(runId: string): Promise<RunCensus | null> {
    return readRunCensus(this.prisma, runId);
  }

  /** A census's settings (null: no such census), read by the computation for its switches. */
  censusSettings(censusId: string): Promise<{ settings: unknown } | null> {
    return this.prisma.census.findUnique({ where: { id: censusId }, select: { settings: true } });
  }

  async setProgress(runId: string, progress: number): Promise<void> {
    await this.prisma.payRun.updateMany({ where: { id: runId, status: 'COMPUTING' }, data: { progress } });
  }

  async complete(tx: Tx, runId: string, r: ComputedResult): Promise<boolean> {
    const res = await tx.payRun.updateMany({
      where: { id: runId, status: { in: fromStatuses('complete') } },
      data: { status: T.complete.to, progress: 100, failedReason: null, ...r },
    });
    return res.count === 1;
  }

  async fail(runId: string, reason: string): Promise<boolean> {
    const res = await this.prisma.payRun.updateMany({
      where: { id: runId, status: { in: fromStatuses('fail') } },
      data: { status: T.fail.to, failedReason: reason.slice(0, 1000) },
    });
    return res.count === 1;
  }

  /** Runs PostgreSQL says are waiting for or in computation (for job recovery). */
  unfinished(): Promise<{ id: string; status: PayRunStatus }[]> {
    return this.prisma.payRun.findMany({
      where: { status: { in: fromStatuses('claim') } },
      select: { id: true, status: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  status(runId: string): Promise<{ status: PayRunStatus } | null> {
    return this.prisma.payRun.findUnique({ where: { id: runId }, select: { status: true } });
  }

  /** How many people a computation of this scope reads (for progress). */
  staffCount(municipalityId: string | null): Promise<number> {
    return this.prisma.staffMember.count({ where: municipalityId === null ? {} : { municipalityId } });
  }

  tariffOf(tariffId: string) {
    return this.prisma.tariff.findUnique({ where: { id: tariffId } });
  }
}

/** The run's census and its settings, in the caller's transaction (null: no such run). */
export function readRunCensus(db: Tx | PrismaClient, runId: string): Promise<RunCensus | null> {
  return db.payRun.findUnique({
    where: { id: runId },
    select: { censusId: true, census: { select: { code: true, settings: true } } },
  });
}
