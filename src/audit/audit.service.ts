import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import type { Prisma } from '../generated/prisma/client.js';
import { AppError } from '../common/errors/app-error.js';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';

export interface AuditActor {
  readonly userId: string | null;
  readonly email: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, email: 'system' };

/** The signed-in caller as the audit trail records them. */
export const actorOf = (p: { readonly userId: string; readonly email: string }): AuditActor => ({ userId: p.userId, email: p.email });

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
 * The audit trail. `record` takes the caller's transaction client: the entry commits or rolls
 * back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async record(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
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

  async list(q: AuditQuery) {
    const { dir } = sortOf(q.sort);
    const columns = [
      { field: 'at', dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(q.cursor, q.sort, columns);
    if (after && !/^\d+$/.test(String(after[1]))) {
      throw new AppError('VALIDATION_FAILED', 'request validation failed', [{ field: 'cursor', reason: 'not a cursor of this list' }]);
    }
    const where: Prisma.AuditEventWhereInput = {
      ...(q.entity ? { entity: q.entity } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.actorId ? { actorId: q.actorId } : {}),
      ...(q.entityId ? { entityIds: { has: q.entityId } } : {}),
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
    };
    // Event numbers exceed 2^53 in principle: the cursor keeps them as strings.
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
