import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import type { Prisma } from '../generated/prisma/client.js';

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
  readonly limit: number;
  readonly beforeId?: bigint;
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

  list(q: AuditQuery) {
    return this.prisma.auditEvent.findMany({
      where: {
        ...(q.entity ? { entity: q.entity } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.actorId ? { actorId: q.actorId } : {}),
        ...(q.entityId ? { entityIds: { has: q.entityId } } : {}),
        ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lt: q.to } : {}) } } : {}),
        ...(q.beforeId !== undefined ? { id: { lt: q.beforeId } } : {}),
      },
      orderBy: { id: 'desc' },
      take: q.limit,
    });
  }
}
