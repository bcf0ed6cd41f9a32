import { Inject, Injectable } from '@nestjs/common';
import { AuditService, actorOf } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import type { QualityThresholds } from '../../payroll/counts/domain/quality-rules.js';

export interface FlagFilter {
  readonly open?: boolean;
  readonly eaCode?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Quality flags: listed within the caller's scope, accepted by FINANCE or ADMIN with a reason. */
@Injectable()
export class FlagRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async list(scope: Scope, f: FlagFilter) {
    const ea = f.eaCode
      ? await this.prisma.enumerationArea.findUnique({ where: { code: f.eaCode.toUpperCase() }, select: { id: true } })
      : null;
    const where = {
      ...municipalityWhere(scope),
      ...(f.open === undefined ? {} : f.open ? { acceptedAt: null } : { acceptedAt: { not: null } }),
      ...(f.eaCode ? { eaId: ea?.id ?? '00000000-0000-0000-0000-000000000000' } : {}),
      // flags of superseded versions no longer hold anything: current versions only
      countId: { in: await this.currentIds(scope) },
    };
    const [items, total] = await Promise.all([
      this.prisma.countFlag.findMany({ where, orderBy: [{ createdAt: 'desc' }, { rule: 'asc' }], take: f.limit, skip: f.offset }),
      this.prisma.countFlag.count({ where }),
    ]);
    return { items, total };
  }

  private async currentIds(scope: Scope): Promise<string[]> {
    const rows = await this.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id FROM "EaCount" c WHERE c."isCurrent" AND EXISTS (SELECT 1 FROM "CountFlag" f WHERE f."countId" = c.id)
       ${scope.kind === 'national' ? '' : 'AND c."municipalityId" = ANY($1::uuid[])'}`,
      ...(scope.kind === 'national' ? [] : [[...scope.municipalityIds]]),
    );
    return rows.map((r) => r.id);
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
      where: { id: runId, ...(scope.kind === 'national' ? {} : { OR: [{ municipalityId: { in: [...scope.municipalityIds] } }] }) },
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
        description: string;
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
