import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import type { ReportStatus, Role } from '../generated/prisma/enums.js';

export const reportSelect = {
  id: true,
  type: true,
  params: true,
  language: true,
  municipalityId: true,
  requestedById: true,
  requesterRole: true,
  status: true,
  progress: true,
  pages: true,
  attempts: true,
  failedReason: true,
  contentHash: true,
  filePath: true,
  fileSize: true,
  sha256: true,
  expiresAt: true,
  createdAt: true,
  updatedAt: true,
  startedAt: true,
  completedAt: true,
} as const satisfies Prisma.ReportRequestSelect;

export type ReportRow = Prisma.ReportRequestGetPayload<{ select: typeof reportSelect }>;

/** What the worker reads of the request it claims. */
export type ClaimedReport = Pick<
  ReportRow,
  'id' | 'type' | 'params' | 'language' | 'municipalityId' | 'requestedById' | 'requesterRole' | 'contentHash' | 'createdAt'
>;

export interface NewReport {
  readonly type: string;
  readonly params: Prisma.InputJsonValue;
  readonly language: string;
  readonly municipalityId: string | null;
  readonly requestedById: string;
  readonly requesterRole: Role;
  readonly contentHash: string;
}

export interface ReportFile {
  readonly filePath: string;
  readonly fileSize: number;
  readonly sha256: string;
  readonly pages: number;
  readonly expiresAt: Date;
  readonly completedAt: Date;
}

/**
 * Report requests. Reads for callers take their scope in the WHERE clause: a municipal user
 * sees its municipality's reports only (national reports have no municipality, so never);
 * the worker's methods work by request id (the job carries nothing else).
 */
@Injectable()
export class ReportRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  find(scope: Scope, id: string): Promise<ReportRow | null> {
    return this.prisma.reportRequest.findFirst({ where: { id, ...municipalityWhere(scope) }, select: reportSelect });
  }

  async list(scope: Scope, f: { status?: ReportStatus; type?: string; limit: number; offset: number }) {
    const where: Prisma.ReportRequestWhereInput = {
      ...municipalityWhere(scope),
      ...(f.status ? { status: f.status } : {}),
      ...(f.type ? { type: f.type } : {}),
    };
    const [items, total] = await Promise.all([
      this.prisma.reportRequest.findMany({
        where,
        select: reportSelect,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: f.limit,
        skip: f.offset,
      }),
      this.prisma.reportRequest.count({ where }),
    ]);
    return { items, total };
  }

  /** Serialise requests for the same content (two identical POSTs at once become one request). */
  async lockContent(tx: Tx, contentHash: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${contentHash}, 0))`;
  }

  /**
   * A request for the same content the caller may see: a finished, unexpired file (served
   * again without rendering), else one queued or running (the same job).
   */
  async reusable(tx: Tx, scope: Scope, contentHash: string, now: Date): Promise<ReportRow | null> {
    const base = { contentHash, ...municipalityWhere(scope) };
    return (
      (await tx.reportRequest.findFirst({
        where: { ...base, status: 'COMPLETED', expiresAt: { gt: now } },
        select: reportSelect,
        orderBy: { completedAt: 'desc' },
      })) ??
      (await tx.reportRequest.findFirst({
        where: { ...base, status: { in: ['QUEUED', 'RUNNING'] } },
        select: reportSelect,
        orderBy: { createdAt: 'asc' },
      }))
    );
  }

  create(tx: Tx, r: NewReport): Promise<ReportRow> {
    return tx.reportRequest.create({ data: { ...r }, select: reportSelect });
  }

  // ── worker side (by request id) ──

  byId(id: string): Promise<ReportRow | null> {
    return this.prisma.reportRequest.findUnique({ where: { id }, select: reportSelect });
  }

  /**
   * Start an attempt: only an unfinished request can be claimed. One statement (UPDATE …
   * RETURNING) both claims and reads what the worker needs: null when the request is finished
   * (by an earlier attempt) or gone.
   */
  async claim(id: string, now: Date): Promise<ClaimedReport | null> {
    const rows = await this.prisma.$queryRaw<ClaimedReport[]>`
      UPDATE "ReportRequest"
      SET status = 'RUNNING', attempts = attempts + 1, "startedAt" = ${now}, progress = 0, pages = 0,
          "failedReason" = NULL, "updatedAt" = ${new Date()}
      WHERE id = ${id}::uuid AND status IN ('QUEUED', 'RUNNING')
      RETURNING id, type, params, language, "municipalityId", "requestedById", "requesterRole", "contentHash", "createdAt"`;
    return rows[0] ?? null;
  }

  async progress(id: string, progress: number, pages: number): Promise<void> {
    await this.prisma.reportRequest.updateMany({ where: { id, status: 'RUNNING' }, data: { progress, pages } });
  }

  /** Record the file; false when the request is no longer running (another attempt finished it). */
  async complete(tx: Tx, id: string, f: ReportFile): Promise<boolean> {
    const r = await tx.reportRequest.updateMany({
      where: { id, status: 'RUNNING' },
      data: { status: 'COMPLETED', progress: 100, failedReason: null, ...f },
    });
    return r.count === 1;
  }

  async fail(tx: Tx, id: string, reason: string): Promise<ReportRow | null> {
    const r = await tx.reportRequest.updateMany({
      where: { id, status: { in: ['QUEUED', 'RUNNING'] } },
      data: { status: 'FAILED', failedReason: reason.slice(0, 1_000) },
    });
    return r.count === 1 ? tx.reportRequest.findUnique({ where: { id }, select: reportSelect }) : null;
  }

  /** Requests PostgreSQL says want rendering. */
  unfinished(): Promise<{ id: string }[]> {
    return this.prisma.reportRequest.findMany({ where: { status: { in: ['QUEUED', 'RUNNING'] } }, select: { id: true } });
  }

  expired(now: Date, limit = 500): Promise<{ id: string; filePath: string | null; municipalityId: string | null }[]> {
    return this.prisma.reportRequest.findMany({
      where: { status: 'COMPLETED', expiresAt: { lte: now } },
      select: { id: true, filePath: true, municipalityId: true },
      orderBy: { expiresAt: 'asc' },
      take: limit,
    });
  }

  async markExpired(tx: Tx, id: string): Promise<boolean> {
    const r = await tx.reportRequest.updateMany({ where: { id, status: 'COMPLETED' }, data: { status: 'EXPIRED', filePath: null } });
    return r.count === 1;
  }
}
