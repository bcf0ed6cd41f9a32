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
  // Fail fast per command instead of queueing forever while Redis is down, so health and
  // login answer promptly; ioredis keeps reconnecting in the background.
  return new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 3_000 });
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
