import { type DynamicModule, Global, Inject, Injectable, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { QueueBackend } from '../config/config.js';
import type { DatabaseHandle } from '../prisma/database.js';
import { DATABASE } from '../prisma/prisma.module.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Fixed-window counters shared by every API replica (sign-in rate limits). They live where
 * the job queues live (QUEUE_BACKEND): Redis keys with a TTL, or rows of `rate_counter` in
 * PostgreSQL when there is no Redis.
 */
export interface CounterStore {
  /**
   * Add one to each counter and return the new counts, in order. A counter's window starts at
   * its first hit and lasts `windowSeconds`; after that it starts again from 1.
   */
  hit(keys: readonly string[], windowSeconds: number): Promise<number[]>;
  /** A rate-limiter-flexible limiter on the same store (sign-in protection). */
  limiter(opts: LimiterOptions): RateLimiterAbstract;
  /** Round trip to the store (health check). */
  ping(): Promise<void>;
}

export const COUNTERS = Symbol('COUNTERS');

/** The options of rate-limiter-flexible that terren uses. */
export interface LimiterOptions {
  readonly keyPrefix: string;
  readonly points: number;
  readonly duration: number;
  readonly blockDuration?: number;
}

@Injectable()
export class RedisCounterStore implements CounterStore {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async hit(keys: readonly string[], windowSeconds: number): Promise<number[]> {
    const multi = this.redis.multi();
    for (const k of keys) multi.incr(k).expire(k, windowSeconds, 'NX');
    const results = (await multi.exec()) ?? [];
    return results
      .filter((_, i) => i % 2 === 0)
      .map(([err, v]) => {
        if (err) throw err;
        return Number(v);
      });
  }

  limiter(opts: LimiterOptions): RateLimiterAbstract {
    return new RateLimiterRedis({ storeClient: this.redis, ...opts });
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }
}

/** One in this many hits also deletes counters whose window ended long ago. */
const SWEEP_ONE_IN = 200;

@Injectable()
export class PostgresCounterStore implements CounterStore {
  constructor(@Inject(DATABASE) private readonly db: DatabaseHandle) {}

  async hit(keys: readonly string[], windowSeconds: number): Promise<number[]> {
    // One statement: an expired window restarts at 1, a live one counts up; concurrent hits on
    // one key serialise on its row.
    const rows = await this.db.prisma.$queryRaw<{ key: string; count: number }[]>`
      INSERT INTO "rate_counter" AS c ("key", "points", "expire")
      SELECT k, 1, now() + make_interval(secs => ${windowSeconds}) FROM unnest(${[...keys]}::text[]) AS k
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN c."expire" <= now() THEN 1 ELSE c."points" + 1 END,
        "expire" = CASE WHEN c."expire" <= now() THEN EXCLUDED."expire" ELSE c."expire" END
      RETURNING c."key" AS key, c."points" AS count`;
    if (Math.random() * SWEEP_ONE_IN < 1) {
      await this.db.prisma.$executeRaw`DELETE FROM "rate_counter" WHERE "expire" < now() - interval '1 hour'`;
    }
    const byKey = new Map(rows.map((r) => [r.key, Number(r.count)]));
    return keys.map((k) => byKey.get(k) ?? 0);
  }

  limiter(opts: LimiterOptions): RateLimiterAbstract {
    // The same table, in the row shape rate-limiter-flexible's Prisma store reads and writes.
    return new RateLimiterPrisma({ storeClient: this.db.prisma, tableName: 'rateCounter', ...opts });
  }

  async ping(): Promise<void> {
    await this.db.prisma.$queryRaw`SELECT 1`;
  }
}

/** The counter store of the resolved QUEUE_BACKEND (Redis needs RedisModule imported too). */
@Global()
@Module({})
export class CountersModule {
  static forRoot(backend: QueueBackend): DynamicModule {
    const impl = backend === 'redis' ? RedisCounterStore : PostgresCounterStore;
    return { module: CountersModule, providers: [impl, { provide: COUNTERS, useExisting: impl }], exports: [COUNTERS] };
  }
}
