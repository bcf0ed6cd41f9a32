import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { PRISMA } from '../common/prisma/tokens.js';
import type { Tx } from '../common/prisma/transaction.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';

export interface AuditActor {
  readonly userId: string | null;
  readonly email: string | null;
}

export interface AuditEntry {
  /** Verb in the past tense: `created`, `updated`, `deleted`, `imported`, `approved`, ... */
  readonly action: string;
  /** Model or aggregate: `EnumerationArea`, `StaffMember`, `Import`, ... */
  readonly entity: string;
  readonly entityIds: readonly string[];
  readonly municipalityId?: string | null;
  /** Field names, counts and codes only: never personal data or amounts. */
  readonly details?: Prisma.InputJsonValue;
}

export interface AuditQuery {
  readonly entity?: string;
  readonly action?: string;
  readonly actorId?: string;
  readonly entityId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** `-at` newest first (the default), `at` oldest first; the event number breaks ties. */
  readonly sort: 'at' | '-at';
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * The one writer of audit rows. Raw-SQL paths that write the row in the statement that makes
 * the change (`WITH changed AS (…) INSERT …`) take the column list and the row from
 * {@link auditInsertSql}, so every audit row has the same shape whichever path wrote it.
 */
export function auditInsertSql(
  actor: AuditActor,
  action: string,
  entity: string,
  from: { table: string; details: Prisma.Sql },
): Prisma.Sql {
  return Prisma.sql`INSERT INTO "AuditEvent" ("actorId", "actorEmail", action, entity, "entityIds", "municipalityId", details)
    SELECT ${actor.userId}::uuid, ${actor.email}, ${action}, ${entity}, ARRAY[id::text], "municipalityId", ${from.details}
    FROM ${Prisma.raw(from.table)}`;
}

/**
 * The same row for paths that write through a plain `pg` client inside their own transaction
 * (COPY-based imports): the statement and its parameters, `at` being the change's own time.
 */
export function auditInsertQuery(actor: AuditActor, entry: AuditEntry, at: Date): { text: string; values: unknown[] } {
  return {
    text: `INSERT INTO "AuditEvent" (at, "actorId", "actorEmail", action, entity, "entityIds", "municipalityId", details)
           VALUES ($1, $2::uuid, $3, $4, $5, $6::text[], $7::uuid, $8::jsonb)`,
    values: [
      at,
      actor.userId,
      actor.email,
      entry.action,
      entry.entity,
      [...entry.entityIds],
      entry.municipalityId ?? null,
      entry.details === undefined ? null : JSON.stringify(entry.details),
    ],
  };
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async insert(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({
      data: {
        actorId: actor.userId,
        actorEmail: actor.email,
        action: entry.action,
        entity: entry.entity,
        entityIds: [...entry.entityIds],
        municipalityId: entry.municipalityId ?? null,
        details: entry.details ?? undefined,
      },
    });
  }

  /** A keyset page of the trail (event numbers exceed 2^53 in principle: cursors keep them as strings). */
  async list(q: AuditQuery) {
    const { dir } = sortOf(q.sort);
    const columns = [
      { field: 'at', dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(q.cursor, q.sort, columns);
    if (after && !/^\d+$/.test(String(after[1]))) {
      throw new AppError('VALIDATION_FAILED', 'request validation failed', [problem('NOT_A_CURSOR', {}, { field: 'cursor' })]);
    }
    const where: Prisma.AuditEventWhereInput = {
      ...(q.entity ? { entity: q.entity } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
      ...(q.entityId ? { entityIds: { has: q.entityId } } : {}),
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
    };
    const keyset = after ? (keysetWhere(columns, [after[0]!, BigInt(String(after[1]))] as never) as Prisma.AuditEventWhereInput) : {};
    const [rows, total] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where: { AND: [where, keyset] },
        orderBy: keysetOrderBy(columns) as Prisma.AuditEventOrderByWithRelationInput[],
        take: q.limit + 1,
      }),
      this.prisma.auditEvent.count({ where }),
    ]);
    const page = keysetPage(rows, q.limit, total, q.sort, (r) => [r.at, r.id.toString()]);
    return { ...page, items: page.items.map((r) => ({ ...r, id: r.id.toString() })) };
  }
}
