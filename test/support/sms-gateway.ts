import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string;
  readonly authorization: string;
  readonly form: Readonly<Record<string, string>>;
}

type Answer = { status: number; body: unknown };

/**
 * A local HTTP server standing in for an SMS gateway with Twilio's Messages API shape. `answer`
 * decides per request (by number and how often it was tried) what the gateway says.
 */
export class SmsGateway {
  readonly requests: GatewayRequest[] = [];
  private server!: Server;
  private seq = 0;
  port = 0;

  constructor(private readonly answer: (req: GatewayRequest, attempt: number) => Answer) {}

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r: GatewayRequest = {
          method: req.method ?? '',
          path: req.url ?? '',
          contentType: req.headers['content-type'] ?? '',
          authorization: req.headers.authorization ?? '',
          form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
        };
        this.requests.push(r);
        const attempt = this.requests.filter((x) => x.form.To === r.form.To).length;
        const a = this.answer(r, attempt);
        const body =
          a.status < 300 ? { sid: `SM${String(++this.seq).padStart(32, '0')}`, status: 'queued', ...(a.body as object) } : a.body;
        res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(accountSid: string): string {
    return `http://127.0.0.1:${this.port}/2010-04-01/Accounts/${accountSid}/Messages.json`;
  }

  to(number: string): GatewayRequest[] {
    return this.requests.filter((r) => r.form.To === number);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
