import type { Params } from 'nestjs-pino';
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

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
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
      ...(config.nodeEnv === 'development' && process.stdout.isTTY
        ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
        : {}),
    },
  };
}
