import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { COUNTERS, type CounterStore } from '../common/counters/counter-store.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Messages per channel and window across every worker: a shared counter per (channel, window)
 * (COUNTERS: Redis, or PostgreSQL without Redis).
 * `acquire` waits until the channel has room in the current window, so a provider's sending
 * limit is kept however many workers send. The store holds only the short-lived counter.
 */
@Injectable()
export class ChannelRateLimiter {
  /** window length; one minute in production, shorter in tests */
  windowMs = 60_000;

  constructor(
    @Inject(COUNTERS) private readonly counters: CounterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async acquire(channel: 'EMAIL' | 'SMS', limit = this.config.messaging.ratePerMinute[channel]): Promise<void> {
    for (;;) {
      const now = Date.now();
      const window = Math.floor(now / this.windowMs);
      const key = `${this.config.redisPrefix}:messaging:rate:${channel}:${window}`;
      const [count = 0] = await this.counters.hit([key], Math.max(1, Math.ceil((this.windowMs * 2) / 1000)));
      if (count <= limit) return;
      await sleep((window + 1) * this.windowMs - now + Math.floor(Math.random() * 50));
    }
  }
}
