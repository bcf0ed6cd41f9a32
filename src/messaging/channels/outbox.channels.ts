import { EmailChannel, SmsChannel, type DeliveryReceipt, type OutgoingEmail, type OutgoingSms } from './channel.js';
import type { Outbox } from './outbox.js';

/** E-mail into the local outbox instead of an SMTP server. */
export class OutboxEmailChannel extends EmailChannel {
  readonly transport = 'outbox';
  constructor(private readonly outbox: Outbox) {
    super();
  }
  async send(email: OutgoingEmail): Promise<DeliveryReceipt> {
    const file = await this.outbox.write(
      { channel: 'EMAIL', messageId: email.messageId, to: email.to, subject: email.subject, text: email.text },
      email.attachments ?? [],
    );
    return { providerId: `outbox:${file}` };
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** SMS into the local outbox instead of a gateway. */
export class OutboxSmsChannel extends SmsChannel {
  readonly transport = 'outbox';
  constructor(private readonly outbox: Outbox) {
    super();
  }
  async send(sms: OutgoingSms): Promise<DeliveryReceipt> {
    const file = await this.outbox.write({ channel: 'SMS', messageId: sms.messageId, to: sms.to, subject: null, text: sms.body });
    return { providerId: `outbox:${file}` };
  }
}
