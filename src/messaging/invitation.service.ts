import { Inject, Injectable, Logger } from '@nestjs/common';
import { actorOf, AuditService, SYSTEM_ACTOR, type AuditActor } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { JobClient } from '../common/jobs/job-client.js';
import type { Prisma } from '../common/prisma/prisma.module.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import { nationalScope, type Scope } from '../common/scope/scope.js';
import type { MessageChannel } from '../generated/prisma/enums.js';
import type { SessionSnapshot } from '../training/domain/session-times.js';
import type { PlanPublishedListener } from '../training/plan-published.js';
import { SessionService } from '../training/sessions/session.service.js';
import type { Catalogues } from './domain/catalogue.js';
import { isLocale, LOCALES } from '../common/i18n/catalogue.js';
import { DEFAULT_LOCALE } from '../common/i18n/locales.js';
import { composeCancellation, composeInvitation, sessionChanges } from './domain/invitation.js';
import { messageLanguageOf } from './domain/languages.js';
import { MESSAGE_CATALOGUES } from './messaging.tokens.js';
import { MessageRepository, type NewMessage } from './message.repository.js';

export interface InvitationOutcome {
  readonly planId: string;
  /** messages written now and queued for sending */
  readonly queued: number;
  /** people already told about exactly this session (same class, room and times) */
  readonly unchanged: number;
  /** people with neither e-mail nor phone on record */
  readonly noContact: number;
  /** (person, channel) pairs that already had a message for this plan version */
  readonly alreadyQueued: number;
}

/**
 * Training invitations: every trainee of a published plan in the sender's scope gets their own
 * message (e-mail, and SMS where a phone is known) in their language, unless they were already
 * told about exactly this session. When a plan is re-published, the people whose class, room or
 * time changed are told automatically, with what changed.
 */
@Injectable()
export class InvitationService implements PlanPublishedListener {
  private readonly logger = new Logger('invitations');

  constructor(
    private readonly sessions: SessionService,
    private readonly messages: MessageRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobClient,
    @Inject(MESSAGE_CATALOGUES) private readonly catalogues: Catalogues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /** POST /training/plans/:id/invitations (KKR for its municipality, ASK nationally). */
  async send(p: Principal, planId: string, channels: readonly MessageChannel[]): Promise<InvitationOutcome> {
    const { outcome, ids } = await this.transactions.run(async (tx) => {
      const r = await this.write(tx, p.scope, planId, actorOf(p), channels, 'explicit');
      if (!r) throw new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');
      return r;
    });
    await this.dispatch(ids);
    return outcome;
  }

  /**
   * A plan version was published (in `tx`). When an earlier version of the same event and scope
   * had invitations, write the messages for people whose session changed; the caller enqueues the
   * returned ids after its commit (or the recovery sweep does).
   */
  async planPublished(tx: Tx, planId: string): Promise<string[]> {
    const plan = await this.messages.planEventScope(tx, planId);
    if (!plan || !(await this.messages.anyInvitationForEventScope(tx, plan.eventId, plan.scopeKey, planId))) return [];
    const r = await this.write(tx, nationalScope, planId, SYSTEM_ACTOR, ['EMAIL', 'SMS'], 'republish');
    const cancelled = await this.cancelRemoved(tx, planId, plan.eventId, plan.scopeKey);
    return [...(r?.ids ?? []), ...cancelled];
  }

  /**
   * People invited under an earlier version of this event and scope who are in no class of the
   * new version: each is told, on the channels of that invitation and in its language, that it
   * is cancelled. Nobody else gets a word; a cancelled person is cancelled once.
   */
  private async cancelRemoved(tx: Tx, planId: string, eventId: string, scopeKey: string): Promise<string[]> {
    const standing = await this.messages.standingInvitations(tx, eventId, scopeKey, planId);
    if (standing.size === 0) return [];
    const placed = await this.messages.placedTrainees(tx, planId);
    const removed = [...standing.entries()].filter(([id]) => !placed.has(id));
    if (removed.length === 0) return [];
    const names = await this.messages.names(
      tx,
      removed.filter(([, rows]) => rows[0]?.recipientKind === 'STAFF').map(([id]) => id),
      removed.filter(([, rows]) => rows[0]?.recipientKind === 'KKR_MEMBER').map(([id]) => id),
    );
    const rows: NewMessage[] = [];
    for (const [recipientId, invitations] of removed) {
      for (const inv of invitations) {
        const language = isLocale(inv.language) ? inv.language : DEFAULT_LOCALE;
        const text = composeCancellation(this.catalogues, {
          language,
          fullName: names.get(recipientId) ?? '',
          session: inv.session as SessionSnapshot,
        });
        rows.push({
          kind: 'CANCELLATION',
          channel: inv.channel,
          subjectId: planId,
          recipientKind: inv.recipientKind,
          recipientId,
          municipalityId: inv.municipalityId,
          language,
          address: inv.address,
          subject: inv.channel === 'EMAIL' ? text.subject : null,
          body: inv.channel === 'EMAIL' ? text.email : text.sms,
          session: inv.session as Prisma.InputJsonValue,
          changes: [],
          createdById: null,
        });
      }
    }
    const ids = await this.messages.insert(tx, rows);
    if (ids.length)
      await this.audit.record(tx, SYSTEM_ACTOR, {
        action: 'invitations-cancelled',
        entity: 'TrainingPlan',
        entityIds: [planId],
        municipalityId: null,
        details: { messages: ids.length, people: removed.length },
      });
    return ids;
  }

  /** Queue the jobs of written messages (after their transaction committed). */
  async dispatch(ids: readonly string[]): Promise<void> {
    for (const messageId of ids) {
      try {
        await this.jobs.enqueue('message.send', { messageId });
      } catch (err) {
        // The row is the record: the recovery sweep queues it again.
        this.logger.warn({ messageId, err: (err as Error).message }, 'message job not queued; recovery will retry');
      }
    }
  }

  private async write(
    tx: Tx,
    scope: Scope,
    planId: string,
    actor: AuditActor,
    channels: readonly MessageChannel[],
    mode: 'explicit' | 'republish',
  ): Promise<{ outcome: InvitationOutcome; ids: string[] } | null> {
    const s = await this.sessions.planSessions(scope, planId, tx);
    if (!s) return null;
    if (s.plan.status !== 'PUBLISHED' || !s.plan.pinned)
      throw new AppError(
        'TRAINING_PLAN_NOT_PUBLISHED',
        'invitations go out for the published plan in force only; publish this version first',
      );
    const previous = await this.messages.lastInvitedSessions(
      tx,
      s.plan.eventId,
      s.trainees.map((t) => t.traineeId),
    );
    const rows: NewMessage[] = [];
    let unchanged = 0;
    let noContact = 0;
    for (const t of s.trainees) {
      const before = previous.get(t.traineeId) as SessionSnapshot | undefined;
      const changes = before ? sessionChanges(before, t.session) : null;
      if (changes && changes.length === 0) {
        unchanged++;
        continue;
      }
      const language = messageLanguageOf(t.language, this.config.messaging.serbianScript, LOCALES);
      const text = composeInvitation(this.catalogues, {
        language,
        fullName: t.fullName,
        session: t.session,
        bringNote: s.bringNote,
        changes,
        newlyPlaced: mode === 'republish' && !before,
      });
      const base = {
        kind: 'INVITATION' as const,
        subjectId: planId,
        recipientKind: t.traineeKind,
        recipientId: t.traineeId,
        municipalityId: t.municipalityId,
        language,
        session: t.session as unknown as Prisma.InputJsonValue,
        changes: (changes ?? []) as unknown as Prisma.InputJsonValue,
        createdById: actor.userId,
      };
      const email = t.email?.trim();
      const phone = t.phone?.trim();
      if (!email && !phone) noContact++;
      if (email && channels.includes('EMAIL'))
        rows.push({ ...base, channel: 'EMAIL', address: email, subject: text.subject, body: text.email });
      if (phone && channels.includes('SMS')) rows.push({ ...base, channel: 'SMS', address: phone, subject: null, body: text.sms });
    }
    const ids = await this.messages.insert(tx, rows);
    if (ids.length)
      await this.audit.record(tx, actor, {
        action: mode === 'republish' ? 'invitations-resent' : 'invitations-sent',
        entity: 'TrainingPlan',
        entityIds: [planId],
        municipalityId: scope.kind === 'municipal' && scope.municipalityIds.length === 1 ? (scope.municipalityIds[0] ?? null) : null,
        details: { messages: ids.length, unchanged, noContact },
      });
    return { outcome: { planId, queued: ids.length, unchanged, noContact, alreadyQueued: rows.length - ids.length }, ids };
  }
}
