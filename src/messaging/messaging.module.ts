import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { TrainingModule } from '../training/training.module.js';
import { EmailChannel, SmsChannel } from './channels/channel.js';
import { HttpSmsChannel } from './channels/http-sms.channel.js';
import { Outbox } from './channels/outbox.js';
import { OutboxEmailChannel, OutboxSmsChannel } from './channels/outbox.channels.js';
import { SmtpEmailChannel } from './channels/smtp-email.channel.js';
import { loadCatalogues } from './catalogue.loader.js';
import { InvitationService } from './invitation.service.js';
import { MessageQueryService } from './message-query.service.js';
import { MessageRecoveryService } from './message-recovery.service.js';
import { MessageRepository } from './message.repository.js';
import { MessageSendProcessor } from './message-send.processor.js';
import { MessageSendService } from './message-send.service.js';
import { OutboxController, PayRunMessagesController, PersonMessagesController, PlanInvitationsController } from './messaging.controller.js';
import { MESSAGE_CATALOGUES } from './messaging.tokens.js';
import { ChannelRateLimiter } from './rate-limiter.js';
import { StatementMailService } from './statement-mail.service.js';

@Injectable()
class ChannelLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EmailChannel) private readonly email: EmailChannel) {}
  onApplicationShutdown(): Promise<void> {
    return this.email.close();
  }
}

/**
 * Messages to people: training invitations and cancellations by e-mail and SMS, payment
 * statements by e-mail (the PDF through StatementDocuments, bound in src/wiring). The
 * channels are bound here from the configuration: SMTP and an HTTP SMS gateway when
 * configured, else the local outbox.
 */
@Module({
  imports: [AuditModule, TrainingModule],
  controllers: [PlanInvitationsController, PersonMessagesController, PayRunMessagesController, OutboxController],
  providers: [
    { provide: MESSAGE_CATALOGUES, useFactory: () => loadCatalogues() },
    { provide: Outbox, useFactory: (c: AppConfig) => new Outbox(c.messaging.outboxDir), inject: [APP_CONFIG] },
    {
      provide: EmailChannel,
      useFactory: (c: AppConfig, outbox: Outbox): EmailChannel =>
        c.messaging.email.transport === 'smtp'
          ? new SmtpEmailChannel(c.messaging.email.url, c.messaging.email.from, c.messaging.timeoutMs)
          : new OutboxEmailChannel(outbox),
      inject: [APP_CONFIG, Outbox],
    },
    {
      provide: SmsChannel,
      useFactory: (c: AppConfig, outbox: Outbox): SmsChannel => {
        const s = c.messaging.sms;
        return s.transport === 'http'
          ? new HttpSmsChannel(s.url, s.username, s.password, s.from, c.messaging.timeoutMs)
          : new OutboxSmsChannel(outbox);
      },
      inject: [APP_CONFIG, Outbox],
    },
    ChannelLifecycle,
    ChannelRateLimiter,
    MessageRepository,
    MessageSendService,
    MessageSendProcessor,
    MessageRecoveryService,
    MessageQueryService,
    InvitationService,
    StatementMailService,
  ],
  exports: [InvitationService, StatementMailService, ChannelRateLimiter],
})
export class MessagingModule {}
