import { Injectable } from '@nestjs/common';
import { PermanentJobError } from '../common/jobs/job-handler.js';
import { DeliveryError, EmailChannel, SmsChannel, type OutgoingEmail } from './channels/channel.js';
import { isLocale } from '../common/i18n/catalogue.js';
import { DEFAULT_LOCALE } from '../common/i18n/locales.js';
import { MessageRepository } from './message.repository.js';
import { ChannelRateLimiter } from './rate-limiter.js';
import { runLabel } from './statement-mail.service.js';
import { StatementDocuments } from './statement-documents.js';

/**
 * Sends one message row through its channel and records the outcome. Only a QUEUED row is sent,
 * so a repeated job (or a second request for the same thing) never delivers twice. A retryable
 * failure is rethrown for the queue's back-off; a refusal for good ends the message as FAILED or
 * BOUNCED with the provider's reason.
 */
@Injectable()
export class MessageSendService {
  constructor(
    private readonly repo: MessageRepository,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    private readonly limiter: ChannelRateLimiter,
    private readonly documents: StatementDocuments,
  ) {}

  /** A statement e-mail carries the person's statement of the run as PDF, rendered when it is sent. */
  private async attachments(m: {
    kind: string;
    subjectId: string;
    recipientId: string;
    language: string;
  }): Promise<OutgoingEmail['attachments']> {
    if (m.kind !== 'STATEMENT') return undefined;
    const language = isLocale(m.language) ? m.language : DEFAULT_LOCALE;
    const pdf = await this.documents.statementPdf(m.subjectId, m.recipientId, language);
    return [{ filename: `statement-${runLabel(m.subjectId)}.pdf`, content: Buffer.from(pdf), contentType: 'application/pdf' }];
  }

  async deliver(messageId: string, attempt: number): Promise<void> {
    const m = await this.repo.forSending(messageId);
    // Not visible yet (its transaction has not committed) or gone: let the retry look again.
    if (!m) throw new Error(`message ${messageId} not found`);
    if (m.status !== 'QUEUED') return;
    await this.repo.noteAttempt(m.id, attempt, null);
    const attachments = m.channel === 'EMAIL' ? await this.attachments(m) : undefined;
    await this.limiter.acquire(m.channel);
    try {
      const receipt =
        m.channel === 'EMAIL'
          ? await this.email.send({
              messageId: m.id,
              to: m.address,
              subject: m.subject ?? '',
              text: m.body,
              attachments,
            })
          : await this.sms.send({ messageId: m.id, to: m.address, body: m.body });
      await this.repo.markSent(m.id, receipt.providerId, new Date());
    } catch (err) {
      if (err instanceof DeliveryError) {
        if (err.outcome === 'retry') {
          await this.repo.noteAttempt(m.id, attempt, err.reason);
          throw err;
        }
        await this.repo.markFinal(m.id, err.outcome === 'bounced' ? 'BOUNCED' : 'FAILED', err.reason);
        throw new PermanentJobError(`${err.outcome}: ${err.reason}`);
      }
      throw err;
    }
  }

  /** The last attempt failed: the message is FAILED with the last reason. */
  async giveUp(messageId: string, error: Error): Promise<void> {
    await this.repo.markFinal(messageId, 'FAILED', error instanceof DeliveryError ? error.reason : error.message);
  }
}
