import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { offsetOf, offsetPage, pageArray } from '../common/http/lists.js';
import type { MessageStatus } from '../generated/prisma/enums.js';
import { SessionService } from '../training/sessions/session.service.js';
import { EmailChannel, SmsChannel } from './channels/channel.js';
import { Outbox } from './channels/outbox.js';
import { MessageRepository } from './message.repository.js';

/** Reading messages: per plan version, per person, and the local outbox. */
@Injectable()
export class MessageQueryService {
  constructor(
    private readonly repo: MessageRepository,
    private readonly sessions: SessionService,
    private readonly outboxStore: Outbox,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forPlan(p: Principal, planId: string, f: { status?: MessageStatus; limit: number; cursor?: string }) {
    // The plan must be visible to the caller (another municipality's plan: 404, not an empty list).
    if (!(await this.sessions.planSessions(p.scope, planId))) throw new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');
    return this.subjectPage(p, planId, f);
  }

  async forRun(p: Principal, runId: string, f: { status?: MessageStatus; limit: number; cursor?: string }) {
    // Visible to the caller by the pay runs' one rule (another municipality's run: 404).
    if (!(await this.repo.payRunInScope(p.scope, runId))) throw new AppError('PAY_RUN_UNKNOWN', 'pay run not found');
    return this.subjectPage(p, runId, f);
  }

  private async subjectPage(p: Principal, subjectId: string, f: { status?: MessageStatus; limit: number; cursor?: string }) {
    const offset = offsetOf(f.cursor);
    const [items, total, groups] = await this.repo.listForSubject(p.scope, subjectId, { status: f.status, limit: f.limit, offset });
    const counts: Record<string, Record<string, number>> = {};
    for (const g of groups) (counts[g.channel] ??= {})[g.status] = g._count;
    return { ...offsetPage(items, offset, f.limit, total), counts };
  }

  async forStaff(p: Principal, staffId: string, page: { limit: number; cursor?: string }) {
    if (!(await this.repo.staffInScope(p.scope, staffId))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const items = await this.repo.listForRecipient(p.scope, staffId);
    return pageArray(items, page);
  }

  async outbox(page: { limit: number; cursor?: string }) {
    const offset = offsetOf(page.cursor);
    const total = await this.outboxStore.count();
    const items = (await this.outboxStore.list(offset + page.limit)).slice(offset);
    return {
      ...offsetPage(items, offset, page.limit, total),
      transports: { EMAIL: this.email.transport, SMS: this.sms.transport },
      dir: this.config.messaging.outboxDir,
    };
  }
}
