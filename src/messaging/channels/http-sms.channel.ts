import { DeliveryError, SmsChannel, type DeliveryReceipt, type OutgoingSms } from './channel.js';

/**
 * SMS through an HTTP gateway speaking the shape of Twilio's Messages API (which several other
 * gateways copy): `POST <SMS_URL>` with a form-encoded body `To`, `From`, `Body` and HTTP basic
 * authentication (SMS_USERNAME / SMS_PASSWORD, Twilio: account SID and auth token, URL
 * `https://api.twilio.com/2010-04-01/Accounts/<sid>/Messages.json`). A 2xx answer is JSON with
 * the message's `sid` and `status`; an error is JSON `{ code, message, status }`.
 */
export class HttpSmsChannel extends SmsChannel {
  readonly transport = 'http';
  private readonly authorization: string;

  constructor(
    private readonly url: string,
    username: string,
    password: string,
    private readonly from: string,
    private readonly timeoutMs: number,
  ) {
    super();
    this.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  async send(sms: OutgoingSms): Promise<DeliveryReceipt> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { authorization: this.authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ To: sms.to, From: this.from, Body: sms.body }).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new DeliveryError(`SMS gateway unreachable: ${(err as Error).message}`, 'retry');
    }
    const text = await res.text().catch(() => '');
    let body: { sid?: unknown; status?: unknown; code?: unknown; message?: unknown; error_message?: unknown } = {};
    try {
      body = text ? (JSON.parse(text) as typeof body) : {};
    } catch {
      // not JSON: the status code and raw text say enough
    }
    if (res.ok) {
      if (body.status === 'failed' || body.status === 'undelivered')
        throw new DeliveryError(`gateway status ${String(body.status)}: ${String(body.error_message ?? '')}`.trim(), 'failed');
      return { providerId: typeof body.sid === 'string' ? body.sid : null };
    }
    const reason = `HTTP ${res.status}${body.code !== undefined ? ` code ${String(body.code)}` : ''}: ${String(body.message ?? text).slice(0, 300)}`;
    if (res.status === 429 || res.status >= 500) throw new DeliveryError(reason, 'retry');
    // 400 with Twilio's "invalid To" codes (21211, 21614): the number itself is refused.
    if (res.status === 400 && (body.code === 21211 || body.code === 21614)) throw new DeliveryError(reason, 'bounced');
    throw new DeliveryError(reason, 'failed');
  }
}
