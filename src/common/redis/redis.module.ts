import { type DynamicModule, Global, Module, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';

export const REDIS = Symbol('REDIS');

/** Owns the shared Redis connection; closes it on shutdown. */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function createRedis(url: string): Redis {
  // Commands wait for the first connection, then fail after one reconnect attempt instead of
  // queueing forever while Redis is down, so health and login answer promptly; ioredis keeps
  // reconnecting in the background.
  return new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3_000 });
}

@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: REDIS, useFactory: () => createRedis(url) }, RedisLifecycle],
      exports: [REDIS],
    };
  }
}
