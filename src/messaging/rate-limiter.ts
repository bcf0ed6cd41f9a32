import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { REDIS } from '../common/redis/redis.module.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Messages per channel and window across every worker: a Redis counter per (channel, window).
 * `acquire` waits until the channel has room in the current window, so a provider's sending
 * limit is kept however many workers send. Redis holds only the short-lived counter.
 */
@Injectable()
export class ChannelRateLimiter {
  /** window length; one minute in production, shorter in tests */
  windowMs = 60_000;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async acquire(channel: 'EMAIL' | 'SMS', limit = this.config.messaging.ratePerMinute[channel]): Promise<void> {
    for (;;) {
      const now = Date.now();
      const window = Math.floor(now / this.windowMs);
      const key = `${this.config.redisPrefix}:messaging:rate:${channel}:${window}`;
      const [[, count]] = (await this.redis
        .multi()
        .incr(key)
        .pexpire(key, this.windowMs * 2)
        .exec()) as [[Error | null, number]];
      if (count <= limit) return;
      await sleep((window + 1) * this.windowMs - now + Math.floor(Math.random() * 50));
    }
  }
}
