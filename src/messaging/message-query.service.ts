import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
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

  async forPlan(p: Principal, planId: string, f: { status?: MessageStatus; limit: number; offset: number }) {
    // The plan must be visible to the caller (another municipality's plan: 404, not an empty list).
    if (!(await this.sessions.planSessions(p.scope, planId))) throw new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');
    const [items, total, groups] = await this.repo.listForSubject(p.scope, planId, f);
    const counts: Record<string, Record<string, number>> = {};
    for (const g of groups) (counts[g.channel] ??= {})[g.status] = g._count;
    return { items, total, counts };
  }

  async forRun(p: Principal, runId: string, f: { status?: MessageStatus; limit: number; offset: number }) {
    // Visible to the caller by the pay runs' one rule (another municipality's run: 404).
    if (!(await this.repo.payRunInScope(p.scope, runId))) throw new AppError('PAY_RUN_UNKNOWN', 'pay run not found');
    const [items, total, groups] = await this.repo.listForSubject(p.scope, runId, f);
    const counts: Record<string, Record<string, number>> = {};
    for (const g of groups) (counts[g.channel] ??= {})[g.status] = g._count;
    return { items, total, counts };
  }

  async forStaff(p: Principal, staffId: string) {
    if (!(await this.repo.staffInScope(p.scope, staffId))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const items = await this.repo.listForRecipient(p.scope, staffId);
    return { items, total: items.length };
  }

  async outbox(limit: number) {
    return {
      transports: { EMAIL: this.email.transport, SMS: this.sms.transport },
      dir: this.config.messaging.outboxDir,
      total: await this.outboxStore.count(),
      items: await this.outboxStore.list(limit),
    };
  }
}
