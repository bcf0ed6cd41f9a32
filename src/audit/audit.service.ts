import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/transaction.js';
import { AuditRepository, type AuditActor, type AuditEntry, type AuditQuery } from './audit.repository.js';

export type { AuditActor, AuditEntry, AuditQuery };

export const SYSTEM_ACTOR: AuditActor = { userId: null, email: 'system' };

/** The signed-in caller as the audit trail records them. */
export const actorOf = (p: { readonly userId: string; readonly email: string }): AuditActor => ({ userId: p.userId, email: p.email });

/**
 * The audit trail. `record` takes the caller's transaction client: the entry commits or rolls
 * back with the change it describes. Statements that write their audit row in the same SQL
 * statement as their change (the report hot path) use `auditInsertSql` (audit.repository.ts),
 * the same row shape.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
    return this.repo.insert(tx, actor, entry);
  }

  list(q: AuditQuery) {
    return this.repo.list(q);
  }
}
