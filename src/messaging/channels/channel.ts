/** One e-mail as the channels send it; `messageId` is the Message row's id (also the outbox file name). */
export interface OutgoingEmail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer; readonly contentType: string }[];
}

export interface OutgoingSms {
  readonly messageId: string;
  readonly to: string;
  readonly body: string;
}

/** What the provider said when it took the message. */
export interface DeliveryReceipt {
  /** the provider's id of the message (SMTP message id, gateway sid, outbox file), when it gives one */
  readonly providerId: string | null;
}

/**
 * A delivery that did not happen. `retry`: worth trying again (connection lost, 4xx, gateway
 * busy); `failed`: the provider refused for good (authentication, bad request); `bounced`: the
 * recipient address itself was refused (SMTP 5xx on RCPT, a number the gateway rejects).
 * `reason` is the provider's own words, stored on the message.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly reason: string,
    readonly outcome: 'retry' | 'failed' | 'bounced',
  ) {
    super(reason);
  }
}

/** Port: sends e-mail (SMTP, or the local outbox). Bound once in MessagingModule from the configuration. */
export abstract class EmailChannel {
  abstract readonly transport: string;
  abstract send(email: OutgoingEmail): Promise<DeliveryReceipt>;
  abstract close(): Promise<void>;
}

/** Port: sends SMS (an HTTP gateway, or the local outbox). */
export abstract class SmsChannel {
  abstract readonly transport: string;
  abstract send(sms: OutgoingSms): Promise<DeliveryReceipt>;
}
