import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
  /** parts of a multipart message with a file name, decoded */
  readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly content: Buffer }[];
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) of a header, decoded. */
function decodeWords(v: string): string {
  return v.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function entity(raw: string): { headers: Record<string, string>; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: rest.join('\n\n') };
}

const decoded = (e: { headers: Record<string, string>; body: string }): Buffer =>
  /base64/i.test(e.headers['content-transfer-encoding'] ?? '')
    ? Buffer.from(e.body.replace(/\s+/g, ''), 'base64')
    : Buffer.from(e.body, 'utf8');

function parse(raw: string, to: readonly string[]): ReceivedMail {
  const { headers, body } = entity(raw);
  const boundary = /multipart\/[a-z]+;.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary)
    return { to, subject: decodeWords(headers.subject ?? ''), text: decoded({ headers, body }).toString('utf8'), headers, attachments: [] };
  // multipart/mixed (nodemailer with attachments): the text part and the files
  const parts = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .map((p) => entity(p.replace(/^\r?\n/, '')));
  let text = '';
  const attachments: ReceivedMail['attachments'][number][] = [];
  for (const part of parts) {
    const type = part.headers['content-type'] ?? 'text/plain';
    const filename = /filename="?([^";]+)"?/i.exec(`${part.headers['content-disposition'] ?? ''};${type}`)?.[1];
    if (filename) attachments.push({ filename, contentType: type.split(';')[0] ?? type, content: decoded(part) });
    else if (/^text\/plain/i.test(type)) text = decoded(part).toString('utf8');
  }
  return { to, subject: decodeWords(headers.subject ?? ''), text, headers, attachments };
}

/**
 * A real SMTP server on loopback receiving what terren sends. `rcpt` decides per recipient:
 * accept, or answer with an SMTP code (550 refuses for good, 451 asks to try later).
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  rcptAttempts = new Map<string, number>();
  private server!: SMTPServer;
  port = 0;

  constructor(private readonly rcpt: (address: string) => { code: number; message: string } | null = () => null) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, cb) => {
        this.rcptAttempts.set(address.address, (this.rcptAttempts.get(address.address) ?? 0) + 1);
        const refusal = this.rcpt(address.address);
        if (!refusal) return cb();
        const err = new Error(refusal.message) as Error & { responseCode: number };
        err.responseCode = refusal.code;
        return cb(err);
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.mails.push(
            parse(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
