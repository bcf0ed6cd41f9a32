import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { payRunVisibleWhere } from '../payroll/runs/pay-run-visibility.js';
import type { MessageChannel, MessageKind, MessageStatus, TraineeKind } from '../generated/prisma/enums.js';

type Db = Tx | PrismaClient;

export interface NewMessage {
  kind: MessageKind;
  channel: MessageChannel;
  subjectId: string;
  recipientKind: TraineeKind;
  recipientId: string;
  municipalityId: string;
  language: string;
  address: string;
  subject: string | null;
  body: string;
  session: Prisma.InputJsonValue | null;
  changes: Prisma.InputJsonValue;
  createdById: string | null;
}

const viewSelect = {
  id: true,
  kind: true,
  channel: true,
  subjectId: true,
  recipientKind: true,
  recipientId: true,
  municipalityId: true,
  language: true,
  address: true,
  subject: true,
  changes: true,
  status: true,
  attempts: true,
  providerId: true,
  reason: true,
  createdAt: true,
  updatedAt: true,
  sentAt: true,
} as const satisfies Prisma.MessageSelect;

/** Messages and their delivery. Reads of municipal data carry the caller's scope. */
@Injectable()
export class MessageRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /**
   * Insert messages; one that exists for the same (kind, subject, person, channel) is skipped,
   * which makes sending the same thing twice a no-op. Returns the ids of the new rows.
   */
  async insert(db: Db, rows: readonly NewMessage[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const created = await db.message.createManyAndReturn({
      data: rows.map((r) => ({ ...r, session: r.session ?? undefined })),
      skipDuplicates: true,
      select: { id: true },
    });
    return created.map((c) => c.id);
  }

  /**
   * Per person, the session of their latest invitation to any version of the event's plans;
   * people whose latest word was a cancellation are left out (they are invited anew).
   */
  async lastInvitedSessions(db: Db, eventId: string, recipientIds: readonly string[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    if (recipientIds.length === 0) return out;
    const plans = await db.trainingPlan.findMany({ where: { eventId }, select: { id: true } });
    const seen = new Set<string>();
    for (let i = 0; i < recipientIds.length; i += 10_000) {
      const rows = await db.message.findMany({
        where: {
          kind: { in: ['INVITATION', 'CANCELLATION'] },
          subjectId: { in: plans.map((p) => p.id) },
          recipientId: { in: recipientIds.slice(i, i + 10_000) },
        },
        select: { recipientId: true, kind: true, session: true },
        orderBy: { createdAt: 'desc' },
      });
      for (const r of rows) {
        if (seen.has(r.recipientId)) continue;
        seen.add(r.recipientId);
        if (r.kind === 'INVITATION') out.set(r.recipientId, r.session);
      }
    }
    return out;
  }

  /**
   * The invitations still standing for earlier versions of the event's plan in one scope: per
   * person whose latest invitation or cancellation there is an invitation, that invitation's
   * rows (one per channel).
   */
  async standingInvitations(db: Db, eventId: string, scopeKey: string, exceptPlanId: string) {
    const plans = await db.trainingPlan.findMany({ where: { eventId, scopeKey, id: { not: exceptPlanId } }, select: { id: true } });
    const out = new Map<
      string,
      { recipientKind: TraineeKind; municipalityId: string; language: string; channel: MessageChannel; address: string; session: unknown }[]
    >();
    if (plans.length === 0) return out;
    const rows = await db.message.findMany({
      where: { kind: { in: ['INVITATION', 'CANCELLATION'] }, subjectId: { in: plans.map((p) => p.id) } },
      select: {
        recipientId: true,
        recipientKind: true,
        municipalityId: true,
        kind: true,
        channel: true,
        address: true,
        language: true,
        session: true,
        createdAt: true,
      },
      orderBy: { createdAt: 'desc' },
    });
    // The rows of one write share its transaction's timestamp: the latest write per person decides.
    const latest = new Map<string, number>();
    const cancelled = new Set<string>();
    for (const r of rows) {
      const at = latest.get(r.recipientId);
      if (at === undefined) latest.set(r.recipientId, r.createdAt.getTime());
      else if (at !== r.createdAt.getTime()) continue;
      if (r.kind === 'CANCELLATION') {
        cancelled.add(r.recipientId);
        out.delete(r.recipientId);
        continue;
      }
      if (cancelled.has(r.recipientId)) continue;
      const list = out.get(r.recipientId) ?? [];
      if (!list.some((x) => x.channel === r.channel)) list.push({ ...r, session: r.session });
      out.set(r.recipientId, list);
    }
    return out;
  }

  /** Full names of staff members and KKR members, by id. */
  async names(db: Db, staffIds: readonly string[], kkrIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (staffIds.length)
      for (const r of await db.staffMember.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, fullName: true } }))
        out.set(r.id, r.fullName);
    if (kkrIds.length)
      for (const r of await db.kkrMember.findMany({ where: { id: { in: [...kkrIds] } }, select: { id: true, fullName: true } }))
        out.set(r.id, r.fullName);
    return out;
  }

  /** The event and scope of a plan version (any scope: called in the publishing transaction). */
  planEventScope(db: Db, planId: string) {
    return db.trainingPlan.findUnique({ where: { id: planId }, select: { eventId: true, scopeKey: true } });
  }

  /** Everyone placed in some class of a plan version. */
  async placedTrainees(db: Db, planId: string): Promise<Set<string>> {
    return new Set((await db.trainingClassTrainee.findMany({ where: { planId }, select: { traineeId: true } })).map((t) => t.traineeId));
  }

  /** Has anyone been invited to an earlier version of this event's plan for the same scope? */
  async anyInvitationForEventScope(db: Db, eventId: string, scopeKey: string, exceptPlanId: string): Promise<boolean> {
    const plans = await db.trainingPlan.findMany({ where: { eventId, scopeKey, id: { not: exceptPlanId } }, select: { id: true } });
    if (plans.length === 0) return false;
    const one = await db.message.findFirst({
      where: { kind: 'INVITATION', subjectId: { in: plans.map((p) => p.id) } },
      select: { id: true },
    });
    return one !== null;
  }

  /** The message to send, with what the channel needs. */
  forSending(id: string) {
    return this.prisma.message.findUnique({
      where: { id },
      select: {
        id: true,
        kind: true,
        channel: true,
        status: true,
        address: true,
        subject: true,
        body: true,
        subjectId: true,
        recipientId: true,
        language: true,
        attempts: true,
      },
    });
  }

  /** Count an attempt (and why the previous one failed) while the message is still queued. */
  async noteAttempt(id: string, attempt: number, reason: string | null): Promise<void> {
    await this.prisma.message.updateMany({ where: { id, status: 'QUEUED' }, data: { attempts: attempt, ...(reason ? { reason } : {}) } });
  }

  async markSent(id: string, providerId: string | null, at: Date): Promise<void> {
    await this.prisma.message.updateMany({
      where: { id, status: 'QUEUED' },
      data: { status: 'SENT', providerId, sentAt: at, reason: null },
    });
  }

  async markFinal(id: string, status: Extract<MessageStatus, 'FAILED' | 'BOUNCED'>, reason: string): Promise<void> {
    await this.prisma.message.updateMany({ where: { id, status: 'QUEUED' }, data: { status, reason: reason.slice(0, 1000) } });
  }

  /** Queued messages not touched for `olderThanMs`: their job may have been lost. */
  staleQueued(olderThan: Date, limit: number) {
    return this.prisma.message.findMany({
      where: { status: 'QUEUED', updatedAt: { lt: olderThan } },
      select: { id: true },
      orderBy: { updatedAt: 'asc' },
      take: limit,
    });
  }

  listForSubject(scope: Scope, subjectId: string, f: { status?: MessageStatus; limit: number; offset: number }) {
    const where: Prisma.MessageWhereInput = { subjectId, ...municipalityWhere(scope), ...(f.status ? { status: f.status } : {}) };
    return Promise.all([
      this.prisma.message.findMany({
        where,
        select: viewSelect,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: f.limit,
        skip: f.offset,
      }),
      this.prisma.message.count({ where }),
      this.prisma.message.groupBy({ by: ['status', 'channel'], where: { subjectId, ...municipalityWhere(scope) }, _count: true }),
    ]);
  }

  listForRecipient(scope: Scope, recipientId: string) {
    return this.prisma.message.findMany({
      where: { recipientId, ...municipalityWhere(scope) },
      select: viewSelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 500,
    });
  }

  payRunInScope(scope: Scope, runId: string) {
    return this.prisma.payRun.findFirst({ where: { id: runId, ...payRunVisibleWhere(scope) }, select: { id: true } });
  }

  staffInScope(scope: Scope, staffId: string) {
    return this.prisma.staffMember.findFirst({ where: { id: staffId, ...municipalityWhere(scope) }, select: { id: true } });
  }
}
