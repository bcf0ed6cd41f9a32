import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig, type QueueBackend } from '../../src/common/config/config.js';
import { Role } from '../../src/generated/prisma/enums.js';
import type { TokenClaims } from '../../src/auth/auth.guard.js';
import { createJobTransport, QUEUE_SCHEMA, type JobQueue } from '../../src/common/jobs/job-transport.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';
import { CHECKED_HEADER, OpenApiCheck } from './openapi-check.js';

/**
 * The real application over HTTP against its own PostgreSQL database and its own Redis key
 * prefix. Users are created in the database; tokens are signed by the app's own JwtService.
 */
export interface TestApp {
  readonly app: INestApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  http(): ReturnType<typeof request>;
  /** Create a user of this role (and municipality code for MUNICIPALITY) and return a bearer header value. */
  tokenFor(role: Role, municipalityCode?: string): Promise<string>;
  userIdOf(token: string): string;
  close(): Promise<void>;
}

/** Queue backends the job tests run on (TEST_QUEUE_BACKENDS=redis,postgres narrows it). */
export const QUEUE_BACKENDS: readonly QueueBackend[] = (process.env.TEST_QUEUE_BACKENDS ?? 'redis,postgres')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is QueueBackend => b === 'redis' || b === 'postgres');

/**
 * `env` may set QUEUE_BACKEND; unset, the queues run on Redis (the machine's test Redis), as
 * they did before PostgreSQL could carry them.
 */
/** A queue of this test application's transport (Redis prefix or PostgreSQL database), for assertions. */
export function testQueue(t: TestApp, name: string): JobQueue {
  return createJobTransport(t.config, t.db.url).queue(name);
}

/**
 * Lose every job of this application's queues, as a flushed or replaced queue store would
 * (Redis: its keys; PostgreSQL: the rows of BullMQ's job tables). PostgreSQL's own records stay.
 */
export async function loseAllJobs(t: TestApp): Promise<void> {
  if (t.config.queueBackend === 'redis') {
    const redis = new Redis(t.config.redisUrl);
    const keys = await redis.keys(`${t.config.redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    return;
  }
  await t.db.prisma.$executeRawUnsafe(`TRUNCATE ${QUEUE_SCHEMA}.job, ${QUEUE_SCHEMA}.dedup, ${QUEUE_SCHEMA}.dedup_next CASCADE`);
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = `terren-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_PREFIX: prefix,
    QUEUE_BACKEND: 'redis',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    // A fresh secret per app: no signing secret is written anywhere in the repository.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ...env,
  });
  const app = await createApp(config, db.handle);
  // Registered before init(), so it sits in front of every route.
  const openApi = new OpenApiCheck(app);
  app.use(openApi.middleware());
  await app.init();
  const jwt = app.get(JwtService);
  const ids = new Map<string, string>();
  return {
    app,
    db,
    config,
    http: () => checkedClient(request(app.getHttpServer()), openApi),
    async tokenFor(role: Role, municipalityCode?: string) {
      const municipalityId = municipalityCode ? await db.municipalityId(municipalityCode) : null;
      const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.terren`;
      const user = await db.prisma.user.create({ data: { email, passwordHash: 'scrypt$invalid', role, municipalityId } });
      const claims: TokenClaims = { sub: user.id, email, role, mun: municipalityId, ver: user.tokenVersion };
      const token = `Bearer ${await jwt.signAsync(claims)}`;
      ids.set(token, user.id);
      return token;
    },
    userIdOf(token: string) {
      const id = ids.get(token);
      if (!id) throw new Error('token not issued by this TestApp');
      return id;
    },
    async close() {
      await app.close();
      if (openApi.problems.length) {
        await db.close();
        throw new Error(`responses that do not match the API description:\n${openApi.problems.join('\n')}`);
      }
      if (config.queueBackend === 'redis') {
        const redis = new Redis(config.redisUrl);
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length) await redis.del(...keys);
        await redis.quit();
      }
      await db.close();
    },
  };
}

type Client = ReturnType<typeof request>;
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/**
 * supertest whose every response is checked against the API description (openapi-check.ts):
 * a mismatch rejects the request, so the test that made it fails where it made it.
 */
function checkedClient(client: Client, check: OpenApiCheck): Client {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !VERBS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const test = (value as (...a: unknown[]) => request.Test).apply(target, args);
        test.set(CHECKED_HEADER, '1');
        // Tests read error messages in English, as an English-speaking integrator would; a test
        // of another language sets its own header (i18n-errors.spec.ts), or unsets it for the default.
        test.set('accept-language', 'en');
        const end = test.end.bind(test);
        test.end = (fn?: (err: unknown, res: request.Response) => void) =>
          end((err: unknown, res: request.Response) => {
            const problem = res
              ? check.check(prop, test.url, res.status, res.headers['content-type'] as string | undefined, res.body)
              : null;
            fn?.(problem ? new Error(problem) : err, res);
          });
        return test;
      };
    },
  });
}
