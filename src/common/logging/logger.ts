import { createRequire } from 'node:module';
import type { LoggerService } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/config.js';

/**
 * Logs carry ids, never payloads: request bodies are not logged, and any field that could
 * hold personal data or pay (IBAN, national id, names, amounts, tokens) is censored wherever
 * it appears in a logged object.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.iban',
  '*.nationalId',
  '*.national_id',
  '*.fullName',
  '*.full_name',
  '*.phone',
  '*.email',
  '*.amount',
  '*.net',
  '*.gross',
  '*.accessToken',
  'body',
  '*.body',
];

let prettyStream: DestinationStream | null | undefined;

/**
 * Readable one-line logs for a person at a terminal (pino-pretty, a development dependency:
 * absent in a production install, where logs stay JSON). Synchronous, so that log lines and
 * the start-up banner appear in the order they were written. One stream per process.
 */
function pretty(): DestinationStream | null {
  if (prettyStream !== undefined) return prettyStream;
  try {
    const build = createRequire(import.meta.url)('pino-pretty') as (o: object) => DestinationStream;
    prettyStream = build({ sync: true, singleLine: true, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
  } catch {
    prettyStream = null;
  }
  return prettyStream;
}

/** LOG_FORMAT: `pretty`, `json`, or `auto` (pretty on a terminal, JSON when output is piped or collected). */
export function logDestination(config: AppConfig): DestinationStream | undefined {
  const wantPretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);
  return (wantPretty && pretty()) || undefined;
}

/** The process's logger outside Nest (start-up steps, the worker entry point): same level, redaction and format. */
export function createLogger(config: AppConfig, name?: string): Logger {
  const options = { level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, ...(name ? { name } : {}) };
  const stream = logDestination(config);
  return stream ? pino(options, stream) : pino(options);
}

export function loggerParams(config: AppConfig): Params {
  const stream = logDestination(config);
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      ...(stream ? { stream } : {}),
      // Keep request logs to method, route and ids: query strings can hold search terms.
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: (req) => {
        const p = (req as { principal?: { userId: string; role: string } }).principal;
        return p ? { userId: p.userId, role: p.role } : {};
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}

/** Nest's own start-up chatter (one line per module and per route): debug, not news for a person. */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** The application's logger with Nest's framework start-up lines moved from info to debug. */
export function quietFramework(logger: LoggerService): LoggerService {
  const isFramework = (params: unknown[]) => typeof params.at(-1) === 'string' && FRAMEWORK_CONTEXTS.has(params.at(-1) as string);
  return {
    log: (message: unknown, ...params: unknown[]) =>
      isFramework(params) ? logger.debug?.(message, ...params) : logger.log(message, ...params),
    error: (message: unknown, ...params: unknown[]) => logger.error(message, ...params),
    warn: (message: unknown, ...params: unknown[]) => logger.warn(message, ...params),
    debug: (message: unknown, ...params: unknown[]) => logger.debug?.(message, ...params),
    verbose: (message: unknown, ...params: unknown[]) => logger.verbose?.(message, ...params),
    fatal: (message: unknown, ...params: unknown[]) => logger.fatal?.(message, ...params),
  };
}
