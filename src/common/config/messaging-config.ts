import { z } from 'zod';

/**
 * Messages to people (src/messaging): where e-mail and SMS go, how fast, and the census's
 * time zone for session times. Without SMTP or SMS settings messages are written to the local
 * outbox instead of being sent (development, `npm start`).
 */
export interface MessagingConfig {
  /** IANA zone of the census: session times are wall-clock times there (read through `censusTimeZone`). */
  readonly censusTimeZone: string;
  readonly email:
    { readonly transport: 'smtp'; readonly url: string; readonly from: string } | { readonly transport: 'outbox'; readonly from: string };
  readonly sms:
    | { readonly transport: 'http'; readonly url: string; readonly username: string; readonly password: string; readonly from: string }
    | { readonly transport: 'outbox'; readonly from: string };
  readonly outboxDir: string;
  /** messages per channel and minute, across all workers (Redis counter) */
  readonly ratePerMinute: { readonly EMAIL: number; readonly SMS: number };
  /** request timeout of the SMS gateway and the SMTP connection */
  readonly timeoutMs: number;
  /** Serbian-speaking people get sr-Latn (as the printed reports) or sr-Cyrl */
  readonly serbianScript: 'Latn' | 'Cyrl';
}

const validZone = (z0: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: z0 });
    return true;
  } catch {
    return false;
  }
};

const boolFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Environment variables of messaging, merged into the one configuration schema. */
export const MESSAGING_ENV = {
  CENSUS_TIME_ZONE: z.string().refine(validZone, 'must be an IANA time zone, e.g. Europe/Belgrade').default('Europe/Belgrade'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_SECURE: boolFlag.optional(),
  MAIL_FROM: z.string().min(3).default('ASK Census <census@ask.rks-gov.net>'),
  SMS_URL: z
    .string()
    .regex(/^https?:\/\//, 'must be an http(s):// URL')
    .optional(),
  SMS_USERNAME: z.string().min(1).optional(),
  SMS_PASSWORD: z.string().min(1).optional(),
  SMS_FROM: z.string().min(1).default('ASK'),
  OUTBOX_DIR: z.string().min(1).default('./data/outbox'),
  EMAIL_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SMS_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  MESSAGE_TIMEOUT_MS: z.coerce.number().int().min(500).default(15_000),
  SERBIAN_SCRIPT: z.enum(['Latn', 'Cyrl']).default('Latn'),
};

type MessagingEnv = z.output<z.ZodObject<typeof MESSAGING_ENV>>;

/** Problems of combinations (an SMS URL without credentials, a host without a port...). */
export function messagingEnvProblems(e: MessagingEnv): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (e.SMTP_URL && e.SMTP_HOST) out.push({ path: 'SMTP_HOST', message: 'set either SMTP_URL or SMTP_HOST, not both' });
  if ((e.SMTP_USER === undefined) !== (e.SMTP_PASS === undefined))
    out.push({ path: 'SMTP_PASS', message: 'SMTP_USER and SMTP_PASS go together' });
  if (e.SMS_URL && (!e.SMS_USERNAME || !e.SMS_PASSWORD))
    out.push({ path: 'SMS_USERNAME', message: 'SMS_URL needs SMS_USERNAME and SMS_PASSWORD' });
  return out;
}

export function messagingConfig(e: MessagingEnv): MessagingConfig {
  let email: MessagingConfig['email'] = { transport: 'outbox', from: e.MAIL_FROM };
  if (e.SMTP_URL) email = { transport: 'smtp', url: e.SMTP_URL, from: e.MAIL_FROM };
  else if (e.SMTP_HOST) {
    const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
    const auth = e.SMTP_USER && e.SMTP_PASS ? `${encodeURIComponent(e.SMTP_USER)}:${encodeURIComponent(e.SMTP_PASS)}@` : '';
    email = {
      transport: 'smtp',
      url: `${secure ? 'smtps' : 'smtp'}://${auth}${e.SMTP_HOST}:${e.SMTP_PORT ?? (secure ? 465 : 587)}`,
      from: e.MAIL_FROM,
    };
  }
  const sms: MessagingConfig['sms'] =
    e.SMS_URL && e.SMS_USERNAME && e.SMS_PASSWORD
      ? { transport: 'http', url: e.SMS_URL, username: e.SMS_USERNAME, password: e.SMS_PASSWORD, from: e.SMS_FROM }
      : { transport: 'outbox', from: e.SMS_FROM };
  return {
    censusTimeZone: e.CENSUS_TIME_ZONE,
    email,
    sms,
    outboxDir: e.OUTBOX_DIR,
    ratePerMinute: { EMAIL: e.EMAIL_RATE_PER_MINUTE, SMS: e.SMS_RATE_PER_MINUTE },
    timeoutMs: e.MESSAGE_TIMEOUT_MS,
    serbianScript: e.SERBIAN_SCRIPT,
  };
}

/**
 * The census's time zone. One function so that the value can move to the census record
 * without touching its readers.
 */
export function censusTimeZone(config: { readonly messaging: MessagingConfig }): string {
  return config.messaging.censusTimeZone;
}
