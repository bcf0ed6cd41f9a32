import { z } from 'zod';
import { MESSAGING_ENV, messagingConfig, messagingEnvProblems, type MessagingConfig } from './messaging-config.js';

/** Parsed, typed configuration. Built once at boot by {@link loadConfig}; nothing else reads process.env. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  /** Explicit DATABASE_URL, or the local default when unset. */
  readonly databaseUrl: string;
  /** True when DATABASE_URL was set by the operator: then we never start the embedded server. */
  readonly databaseUrlExplicit: boolean;
  /** `auto`: DATABASE_URL, else a server on the default address, else the embedded one. */
  readonly databaseMode: 'auto' | 'server' | 'embedded';
  /** The embedded PostgreSQL server (src/common/prisma/embedded-postgres.ts). */
  readonly embeddedPostgres: { readonly dir: string; readonly port: number };
  readonly redisUrl: string;
  /** True when REDIS_URL was set by the operator. */
  readonly redisUrlExplicit: boolean;
  /**
   * Transport of the job queues and of the shared counters (sign-in rate limits). `auto` is
   * resolved at start-up by resolveQueueBackend (src/common/jobs/job-transport.ts).
   */
  readonly queueBackend: 'auto' | QueueBackend;
  readonly redisPrefix: string;
  /** Where the service keeps its own files (the development signing secret). */
  readonly dataDir: string;
  /** JWT_SECRET when set (required in production); otherwise a secret generated in {@link dataDir} (src/auth/signing-secret.ts). */
  readonly jwtSecret: string | null;
  readonly jwtTtlSeconds: number;
  /** sign-ins kept alive by the console's refresh cookie: idle window and absolute end */
  readonly session: { readonly idleMinutes: number; readonly maxHours: number };
  /** How long a node trusts what it looked up about a token's user (active, token version, role). */
  readonly authCacheSeconds: number;
  readonly demoData: boolean;
  readonly demoPassword: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `auto`: readable lines on a terminal, JSON otherwise. */
  readonly logFormat: 'auto' | 'json' | 'pretty';
  readonly migrateOnStart: boolean;
  readonly loginRateLimit: {
    /** failed sign-ins in a row for one (e-mail, client address) before that pair is blocked; ten times as many attempts per address per window */
    readonly attempts: number;
    readonly windowSeconds: number;
    /** how long a blocked (e-mail, client address) pair stays blocked */
    readonly blockSeconds: number;
    /** failed sign-ins per client address per day, whatever the e-mail, before the address is blocked for a day */
    readonly failuresPerAddressPerDay: number;
  };
  /** the largest file or bulk list (routes declaring @ImportRoute / @BulkJsonBody) */
  readonly importMaxBytes: number;
  /** the largest body of every other route (src/common/http/body.ts) */
  readonly jsonBodyMaxBytes: number;
  /** Run the BullMQ workers inside the API process too (development default); else `npm run worker`. */
  readonly workerInProcess: boolean;
  /** PDF reports (src/reports): where files live and how Chromium is driven (src/common/pdf). */
  readonly reports: {
    readonly dir: string;
    readonly chromiumPath: string;
    /** pages rendering at once per worker process */
    readonly pagePool: number;
    /** the browser is replaced after this many renders (bounds leaks in a long-lived Chromium) */
    readonly rendersPerBrowser: number;
    readonly renderTimeoutMs: number;
  };
  /** E-mail, SMS, outbox, rate limits and the census time zone (src/messaging). */
  readonly messaging: MessagingConfig;
}

export type QueueBackend = 'redis' | 'postgres';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/terren';
export const DEFAULT_DEMO_PASSWORD = 'census-field-demo';

/** 127.0.0.0/8, ::1 and `localhost`: nobody else on the network can reach the server. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // Default depends on NODE_ENV (below): loopback except in production.
    HOST: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
    DATABASE_MODE: z.enum(['auto', 'server', 'embedded']).default('auto'),
    EMBEDDED_POSTGRES_DIR: z.string().min(1).default('./data/postgres'),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .optional(),
    QUEUE_BACKEND: z.enum(['redis', 'postgres']).optional(),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9:_-]+$/)
      .default('terren'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1_440).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
    DATA_DIR: z.string().min(1).default('./data'),
    AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
    DEMO_DATA: bool.optional(),
    DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    MIGRATE_ON_START: bool.default(true),
    LOGIN_RATE_LIMIT_ATTEMPTS: z.coerce.number().int().min(1).default(10),
    LOGIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    LOGIN_BLOCK_SECONDS: z.coerce.number().int().min(1).default(900),
    LOGIN_FAILURES_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(1).default(100),
    IMPORT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(50),
    JSON_BODY_MAX_KB: z.coerce.number().int().min(1).max(10_240).default(64),
    WORKER_IN_PROCESS: bool.optional(),
    REPORTS_DIR: z.string().min(1).default('./reports'),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    PDF_PAGE_POOL: z.coerce.number().int().min(1).max(16).default(2),
    PDF_RENDERS_PER_BROWSER: z.coerce.number().int().min(1).default(1_000),
    PDF_RENDER_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
    ...MESSAGING_ENV,
  })
  .superRefine((env, ctx) => {
    for (const p of messagingEnvProblems(env)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    const demoData = env.DEMO_DATA ?? env.NODE_ENV !== 'production';
    if (demoData && (env.DEMO_PASSWORD === undefined || env.DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD)) {
      // The default password is in the README: a server others can reach must not accept it.
      if (env.NODE_ENV === 'production') {
        ctx.addIssue({
          code: 'custom',
          path: ['DEMO_PASSWORD'],
          message: 'must be set (not to the published default) when demo data is enabled in production',
        });
      } else if (env.HOST !== undefined && !isLoopbackHost(env.HOST)) {
        ctx.addIssue({
          code: 'custom',
          path: ['DEMO_PASSWORD'],
          message: `must be set (not to the published default) when demo data is on and HOST (${env.HOST}) is not a loopback address`,
        });
      }
    }
  });

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validate the environment once. Throws {@link ConfigError} listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'} ${i.message}`));
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    databaseUrlExplicit: e.DATABASE_URL !== undefined,
    databaseMode: e.DATABASE_MODE,
    embeddedPostgres: { dir: e.EMBEDDED_POSTGRES_DIR, port: e.EMBEDDED_POSTGRES_PORT },
    redisUrl: e.REDIS_URL ?? DEFAULT_REDIS_URL,
    redisUrlExplicit: e.REDIS_URL !== undefined,
    queueBackend: e.QUEUE_BACKEND ?? (e.REDIS_URL !== undefined ? 'redis' : 'auto'),
    redisPrefix: e.REDIS_PREFIX,
    dataDir: e.DATA_DIR,
    jwtSecret: e.JWT_SECRET ?? null,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    authCacheSeconds: e.AUTH_CACHE_SECONDS,
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    demoPassword: e.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    migrateOnStart: e.MIGRATE_ON_START,
    loginRateLimit: {
      attempts: e.LOGIN_RATE_LIMIT_ATTEMPTS,
      windowSeconds: e.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
      blockSeconds: e.LOGIN_BLOCK_SECONDS,
      failuresPerAddressPerDay: e.LOGIN_FAILURES_PER_ADDRESS_PER_DAY,
    },
    importMaxBytes: e.IMPORT_MAX_MB * 1024 * 1024,
    jsonBodyMaxBytes: e.JSON_BODY_MAX_KB * 1024,
    workerInProcess: e.WORKER_IN_PROCESS ?? e.NODE_ENV !== 'production',
    reports: {
      dir: e.REPORTS_DIR,
      chromiumPath: e.CHROMIUM_PATH,
      pagePool: e.PDF_PAGE_POOL,
      rendersPerBrowser: e.PDF_RENDERS_PER_BROWSER,
      renderTimeoutMs: e.PDF_RENDER_TIMEOUT_MS,
    },
    messaging: messagingConfig(e),
  };
}

/** DI token for {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');
