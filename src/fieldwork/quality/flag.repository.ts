import { Inject, Injectable } from '@nestjs/common';
import { AuditService, actorOf } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound, problem } from '../../common/errors/app-error.js';
import { type KeyColumn, keysetAfter, keysetPage, type Page } from '../../common/http/lists.js';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import { scopeSql } from '../../common/scope/scope-sql.js';
import { Prisma as P } from '../../generated/prisma/client.js';
import type { QualityThresholds } from '../../payroll/counts/domain/quality-rules.js';

export interface FlagFilter {
  readonly open?: boolean;
  readonly eaCode?: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Newest first, then by rule; the id breaks ties. */
const FLAG_KEYS: readonly KeyColumn[] = [
  { field: 'createdAt', dir: 'desc' },
  { field: 'rule', dir: 'asc' },
  { field: 'id', dir: 'asc' },
];

interface FlagRow {
  readonly id: string;
  readonly createdAt: Date;
  readonly rule: string;
  /** the stored notices (jsonb) */
  readonly explanation: unknown;
}

/** Quality flags: listed within the caller's scope, accepted by FINANCE or ADMIN with a reason. */
@Injectable()
export class FlagRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** Flags of current versions only: a superseded version's flags hold nothing any more. */
  async list(scope: Scope, f: FlagFilter): Promise<Page<FlagRow>> {
    const after = keysetAfter(f.cursor, '', FLAG_KEYS);
    const [at, rule, id] = after ?? [];
    if (after && (!(at instanceof Date) || typeof rule !== 'string' || typeof id !== 'string'))
      throw new AppError('VALIDATION_FAILED', 'request validation failed', [problem('NOT_A_CURSOR', {}, { field: 'cursor' })]);
    const keyset = after
      ? P.sql`AND (f."createdAt" < ${at} OR (f."createdAt" = ${at} AND (f.rule > ${rule} OR (f.rule = ${rule} AND f.id > ${id}::uuid))))`
      : P.empty;
    const where = P.sql`WHERE c."isCurrent" ${scopeSql(scope, 'f."municipalityId"')}
      ${f.open === undefined ? P.empty : f.open ? P.sql`AND f."acceptedAt" IS NULL` : P.sql`AND f."acceptedAt" IS NOT NULL`}
      ${f.eaCode ? P.sql`AND e.code = ${f.eaCode.toUpperCase()}` : P.empty}`;
    const from = P.sql`FROM "CountFlag" f JOIN "EaCount" c ON c.id = f."countId" JOIN "EnumerationArea" e ON e.id = f."eaId"`;
    const [rows, total] = await Promise.all([
      this.prisma.$queryRaw<FlagRow[]>`
        SELECT f.id, f."countId", f."eaId", e.code AS "eaCode", f."enumeratorId", f."municipalityId", f.rule, f.explanation,
               f."createdAt", f."acceptedById", f."acceptedAt", f."acceptReason"
        ${from} ${where} ${keyset}
        ORDER BY f."createdAt" DESC, f.rule, f.id LIMIT ${f.limit + 1}`,
      this.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} ${where}`,
    ]);
    return keysetPage(rows, f.limit, Number(total[0]?.n ?? 0), '', (r) => [r.createdAt, r.rule, r.id]);
  }

  /** Accepts an open flag of a current version (the next pay run pays the row unless another flag is open). */
  async accept(p: Principal, id: string, reason: string, now: Date) {
    return this.prisma.$transaction(async (tx) => {
      const n = await tx.countFlag.updateMany({
        where: { id, acceptedAt: null, ...municipalityWhere(p.scope) },
        data: { acceptedAt: now, acceptedById: p.userId, acceptReason: reason },
      });
      const flag = await tx.countFlag.findFirst({ where: { id, ...municipalityWhere(p.scope) } });
      if (!flag) throw notFound('NOT_FOUND', 'quality flag');
      if (n.count === 0) throw new AppError('CONFLICT', 'the flag was already accepted');
      await this.audit.record(tx, actorOf(p), {
        action: 'accepted',
        entity: 'CountFlag',
        entityIds: [flag.id, flag.countId],
        municipalityId: flag.municipalityId,
        details: { rule: flag.rule },
      });
      return flag;
    });
  }

  async saveThresholds(p: Principal, t: QualityThresholds) {
    return this.prisma.$transaction(async (tx) => {
      await tx.fieldQualitySettings.upsert({
        where: { id: 1 },
        create: { id: 1, thresholds: t, updatedById: p.userId },
        update: { thresholds: t, updatedById: p.userId },
      });
      await this.audit.record(tx, actorOf(p), { action: 'updated', entity: 'FieldQualitySettings', entityIds: ['1'], details: t });
      return t;
    });
  }

  /** Lines a pay run held back, within the caller's scope. */
  async heldLines(scope: Scope, runId: string) {
    const run = await this.prisma.payRun.findFirst({
      where: { id: runId, ...municipalityWhere(scope) },
      select: { id: true },
    });
    if (!run) throw notFound('NOT_FOUND', 'pay run');
    return this.prisma.$queryRawUnsafe<
      {
        staffId: string;
        nationalId: string;
        fullName: string;
        eaCode: string;
        unit: string;
        quantity: number;
        countId: string;
        description: unknown;
      }[]
    >(
      `SELECT l."staffId", s."nationalId", s."fullName", e.code AS "eaCode", l.unit::text AS unit, l.quantity, l."countId", l.description
         FROM "PayLine" l JOIN "StaffMember" s ON s.id = l."staffId" LEFT JOIN "EnumerationArea" e ON e.id = l."eaId"
        WHERE l."runId" = $1::uuid AND l."lineType" = 'HELD' ${scope.kind === 'national' ? '' : 'AND l."municipalityId" = ANY($2::uuid[])'}
        ORDER BY e.code, s."nationalId", l.unit`,
      runId,
      ...(scope.kind === 'national' ? [] : [[...scope.municipalityIds]]),
    );
  }
}
