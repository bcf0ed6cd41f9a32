import nodemailer, { type Transporter } from 'nodemailer';
import { DeliveryError, EmailChannel, type DeliveryReceipt, type OutgoingEmail } from './channel.js';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/** How an SMTP failure is handled: 5xx on RCPT bounces, other 5xx fail, 4xx and lost connections retry. */
export function classifySmtpError(err: SmtpError): DeliveryError {
  const reason = (err.response ?? err.message).trim().slice(0, 500);
  const code = err.responseCode;
  if (code !== undefined && code >= 500) {
    const atRecipient = err.code === 'EENVELOPE' || /RCPT/i.test(err.command ?? '');
    return new DeliveryError(reason, atRecipient ? 'bounced' : 'failed');
  }
  return new DeliveryError(code !== undefined ? reason : `${err.code ?? 'SMTP'}: ${reason}`, 'retry');
}

/** E-mail through an SMTP server (SMTP_URL or SMTP_HOST/PORT/USER/PASS), one pooled connection set per process. */
export class SmtpEmailChannel extends EmailChannel {
  readonly transport = 'smtp';
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    super();
    const u = new URL(url);
    this.transporter = nodemailer.createTransport({
      host: u.hostname,
      port: Number(u.port) || (u.protocol === 'smtps:' ? 465 : 587),
      secure: u.protocol === 'smtps:',
      auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
      pool: true,
      maxConnections: 2,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(email: OutgoingEmail): Promise<DeliveryReceipt> {
    try {
      const info = await this.transporter.sendMail({
        from: this.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // base64 keeps Cyrillic and Albanian letters intact through any relay
        textEncoding: 'base64',
        attachments: email.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        headers: { 'X-Terren-Message': email.messageId },
      });
      // One recipient: a rejected one arrives as an error above, never as a partial success.
      return { providerId: info.messageId ?? null };
    } catch (err) {
      throw classifySmtpError(err as SmtpError);
    }
  }

  close(): Promise<void> {
    this.transporter.close();
    return Promise.resolve();
  }
}
