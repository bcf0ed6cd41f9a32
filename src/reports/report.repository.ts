import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/audit.service.js';
import { auditInsertSql } from '../audit/audit.repository.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { Prisma } from '../generated/prisma/client.js';
import type { ReportAudience, ReportStatus, Role } from '../generated/prisma/enums.js';
import { storedLanguages, type ReportLanguage } from './report-language.js';
import { payRunVisibleWhere } from '../payroll/runs/pay-run-visibility.js';

export const reportSelect = {
  id: true,
  type: true,
  params: true,
  language: true,
  municipalityId: true,
  requestedById: true,
  requesterRole: true,
  audience: true,
  payRunId: true,
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

/** The columns of {@link reportSelect}, for the raw statements below. */
const REPORT_COLUMNS = Prisma.raw(
  Object.keys(reportSelect)
    .map((c) => `"${c}"`)
    .join(', '),
);

/** What the worker reads of the request it claims. */
export type ClaimedReport = Pick<
  ReportRow,
  | 'id'
  | 'type'
  | 'params'
  | 'language'
  | 'municipalityId'
  | 'requestedById'
  | 'requesterRole'
  | 'audience'
  | 'contentHash'
  | 'createdAt'
  | 'attempts'
>;

export interface NewReport {
  readonly type: string;
  readonly params: Prisma.InputJsonValue;
  readonly language: string;
  readonly municipalityId: string | null;
  readonly requestedById: string;
  readonly requesterRole: Role;
  readonly audience: ReportAudience;
  readonly payRunId: string | null;
  readonly contentHash: string;
}

/** The audience a caller's documents are rendered for: their scope decides their masking level. */
export const audienceOf = (scope: Scope): ReportAudience => (scope.kind === 'national' ? 'NATIONAL' : 'MUNICIPAL');

/**
 * Which report records a caller may read. National callers: all. A municipality: documents
 * rendered for a municipal audience (never a national copy), of its own municipality, and — for
 * a document about a pay run — only while the payroll API shows it that run (the same rule,
 * {@link payRunVisibleWhere}, not a copy of it).
 */
export function reportVisibleWhere(scope: Scope): Prisma.ReportRequestWhereInput {
  if (scope.kind === 'national') return {};
  return {
    audience: 'MUNICIPAL',
    ...municipalityWhere(scope),
    OR: [{ payRunId: null }, { payRun: payRunVisibleWhere(scope) }],
  };
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
 * Report requests. Reads for callers take their scope in the WHERE clause
 * ({@link reportVisibleWhere}): a municipal user sees the copies rendered for its municipality
 * only (national reports and national copies never); the worker's methods work by request id
 * (the job carries nothing else).
 */
@Injectable()
export class ReportRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** A municipality's document languages (the default of its documents); unknown: sq. */
  async documentLocales(municipalityId: string): Promise<ReportLanguage[]> {
    const m = await this.prisma.municipality.findUnique({ where: { id: municipalityId }, select: { documentLocales: true } });
    return storedLanguages((m?.documentLocales ?? []).join(','));
  }

  find(scope: Scope, id: string): Promise<ReportRow | null> {
    return this.prisma.reportRequest.findFirst({ where: { AND: [{ id }, reportVisibleWhere(scope)] }, select: reportSelect });
  }

  async list(scope: Scope, f: { status?: ReportStatus; type?: string; limit: number; offset: number }) {
    const where: Prisma.ReportRequestWhereInput = {
      AND: [reportVisibleWhere(scope), { ...(f.status ? { status: f.status } : {}), ...(f.type ? { type: f.type } : {}) }],
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

  /**
   * `POST`'s whole database work in one transaction of two statements (instead of an
   * interactive transaction of five or six): the advisory lock on the content hash, then one
   * statement that picks a reusable request rendered for the same audience (a
   * finished, unexpired file, newest first, else the oldest queued or running one) or, when
   * there is none, creates the request and its `requested` audit event (the row
   * `AuditService.record` writes). The second statement runs after the lock is held, so it
   * sees every request committed by an earlier holder (READ COMMITTED: a snapshot per
   * statement).
   */
  async findOrCreate(scope: Scope, r: NewReport, actor: AuditActor, now: Date): Promise<{ row: ReportRow; created: boolean }> {
    const id = randomUUID();
    const details = JSON.stringify({ type: r.type, language: r.language });
    const [, rows] = await this.prisma.$transaction([
      this.prisma.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${r.contentHash}, 0))`,
      this.prisma.$queryRaw<(ReportRow & { created: boolean })[]>`
        WITH found AS (
          SELECT ${REPORT_COLUMNS} FROM "ReportRequest"
          WHERE "contentHash" = ${r.contentHash} AND audience = ${r.audience}::"ReportAudience" ${scopeSql(scope)}
            AND ((status = 'COMPLETED' AND "expiresAt" > ${now}) OR status IN ('QUEUED', 'RUNNING'))
          ORDER BY (status = 'COMPLETED') DESC, "completedAt" DESC NULLS LAST, "createdAt" ASC
          LIMIT 1
        ), made AS (
          INSERT INTO "ReportRequest" (id, type, params, language, "municipalityId", "requestedById", "requesterRole", audience,
                                       "payRunId", "contentHash", "updatedAt")
          SELECT ${id}::uuid, ${r.type}, ${JSON.stringify(r.params)}::jsonb, ${r.language}, ${r.municipalityId}::uuid,
                 ${r.requestedById}::uuid, ${r.requesterRole}::"Role", ${r.audience}::"ReportAudience", ${r.payRunId}::uuid,
                 ${r.contentHash}, ${new Date()}
          WHERE NOT EXISTS (SELECT 1 FROM found)
          RETURNING ${REPORT_COLUMNS}
        ), audited AS (
          ${auditInsertSql(actor, 'requested', 'ReportRequest', { table: 'made', details: Prisma.sql`${details}::jsonb` })}
        )
        SELECT *, false AS created FROM found
        UNION ALL
        SELECT *, true AS created FROM made`,
    ]);
    const hit = rows[0];
    if (!hit) throw new Error('report request neither found nor created');
    const { created, ...row } = hit;
    return { row, created };
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
      RETURNING id, type, params, language, "municipalityId", "requestedById", "requesterRole", audience, "contentHash", "createdAt", attempts`;
    return rows[0] ?? null;
  }

  async progress(id: string, progress: number, pages: number): Promise<void> {
    await this.prisma.reportRequest.updateMany({ where: { id, status: 'RUNNING' }, data: { progress, pages } });
  }

  /**
   * Record the file and its `rendered` audit event (the row `AuditService.record` writes) in
   * one statement, hence atomically and in one round trip; false when the request is no
   * longer running (another attempt finished it), and then no audit event either.
   */
  async completeAudited(id: string, f: ReportFile): Promise<boolean> {
    const inserted = await this.prisma.$executeRaw`
      WITH done AS (
        UPDATE "ReportRequest"
        SET status = 'COMPLETED', progress = 100, "failedReason" = NULL, "filePath" = ${f.filePath}, "fileSize" = ${f.fileSize},
            sha256 = ${f.sha256}, pages = ${f.pages}, "expiresAt" = ${f.expiresAt}, "completedAt" = ${f.completedAt}, "updatedAt" = ${new Date()}
        WHERE id = ${id}::uuid AND status = 'RUNNING'
        RETURNING id, type, "municipalityId"
      )
      ${auditInsertSql(SYSTEM_ACTOR, 'rendered', 'ReportRequest', {
        table: 'done',
        details: Prisma.sql`jsonb_build_object('type', type, 'pages', ${f.pages}::int, 'bytes', ${f.fileSize}::int)`,
      })}`;
    return inserted === 1;
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
