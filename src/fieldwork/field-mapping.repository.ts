import { Inject, Injectable } from '@nestjs/common';
import { AuditService, actorOf } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, notFound, problem } from '../common/errors/app-error.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import {
  type CsvMapping,
  csvMapping,
  type FieldMappingBody,
  type SurveySolutionsMapping,
  surveySolutionsMapping,
} from './domain/field-mapping.js';

interface MappingCommon {
  readonly id: string;
  readonly name: string;
  readonly operation: string | null;
  readonly updatedAt: Date;
}
export type FieldMappingView =
  | (MappingCommon & { readonly source: 'SURVEY_SOLUTIONS'; readonly definition: SurveySolutionsMapping })
  | (MappingCommon & { readonly source: 'CSV'; readonly definition: CsvMapping });

/** Field mappings (national reference data) and CAPI logins. */
@Injectable()
export class FieldMappingRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  private view(r: {
    id: string;
    name: string;
    operation: string | null;
    source: string;
    definition: unknown;
    updatedAt: Date;
  }): FieldMappingView {
    const common = { id: r.id, name: r.name, operation: r.operation, updatedAt: r.updatedAt };
    return r.source === 'CSV'
      ? { ...common, source: 'CSV', definition: csvMapping.parse(r.definition) }
      : { ...common, source: 'SURVEY_SOLUTIONS', definition: surveySolutionsMapping.parse(r.definition) };
  }

  async list(): Promise<FieldMappingView[]> {
    const rows = await this.prisma.fieldMapping.findMany({ orderBy: { name: 'asc' } });
    return rows.map((r) => this.view(r));
  }

  async get(id: string): Promise<FieldMappingView> {
    const r = await this.prisma.fieldMapping.findUnique({ where: { id } });
    if (!r) throw notFound('NOT_FOUND', 'field mapping');
    return this.view(r);
  }

  async imports(id: string, q: { limit: number; cursor?: string | undefined }) {
    await this.get(id);
    const offset = offsetOf(q.cursor);
    const [items, total] = await Promise.all([
      this.prisma.fieldImport.findMany({
        where: { mappingId: id },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: offset,
        take: q.limit,
        select: {
          id: true,
          fileName: true,
          fileHash: true,
          interviews: true,
          counted: true,
          importBatchId: true,
          actorId: true,
          createdAt: true,
        },
      }),
      this.prisma.fieldImport.count({ where: { mappingId: id } }),
    ]);
    return offsetPage(items, offset, q.limit, total);
  }

  async save(p: Principal, body: FieldMappingBody, id: string | null): Promise<FieldMappingView> {
    return this.prisma.$transaction(async (tx) => {
      const data = {
        name: body.name,
        operation: body.operation ?? null,
        source: body.source,
        definition: body.definition,
        updatedById: p.userId,
      };
      let row;
      if (id === null) row = await tx.fieldMapping.create({ data });
      else {
        const n = await tx.fieldMapping.updateMany({ where: { id }, data });
        if (n.count === 0) throw notFound('NOT_FOUND', 'field mapping');
        row = await tx.fieldMapping.findUniqueOrThrow({ where: { id } });
      }
      await this.audit.record(tx, actorOf(p), { action: id === null ? 'created' : 'updated', entity: 'FieldMapping', entityIds: [row.id] });
      return this.view(row);
    });
  }

  /** Links CAPI logins to enumerators (national ids); all or nothing. */
  async saveLogins(p: Principal, logins: readonly { login: string; enumeratorId: string }[]): Promise<{ saved: number }> {
    const ids = [...new Set(logins.map((l) => l.enumeratorId.toUpperCase()))];
    const staff = await this.prisma.staffMember.findMany({
      where: { nationalId: { in: ids }, kind: 'ENUMERATOR' },
      select: { id: true, nationalId: true },
    });
    const byId = new Map(staff.map((s) => [s.nationalId, s.id]));
    const problems = logins.flatMap((l, i) =>
      byId.has(l.enumeratorId.toUpperCase())
        ? []
        : [problem('NOT_AN_ENUMERATOR_ID', { value: l.enumeratorId }, { row: i + 1, field: 'enumeratorId' })],
    );
    if (problems.length) throw new AppError('IMPORT_INVALID', `${problems.length} logins name no enumerator`, problems);
    return this.prisma.$transaction(async (tx) => {
      for (const l of logins) {
        const staffId = byId.get(l.enumeratorId.toUpperCase()) as string;
        await tx.fieldLogin.upsert({ where: { login: l.login }, create: { login: l.login, staffId }, update: { staffId } });
      }
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'FieldLogin',
        entityIds: logins.map((l) => l.login).slice(0, 100),
        details: { count: logins.length },
      });
      return { saved: logins.length };
    });
  }
}
