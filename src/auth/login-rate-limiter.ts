import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { COUNTERS, type CounterStore } from '../common/counters/counter-store.js';
import { AppError } from '../common/errors/app-error.js';
import { createHash } from 'node:crypto';

/**
 * Fixed-window limit on login attempts, per e-mail and (ten times looser) per client address, kept in COUNTERS so
 * every API replica counts together. Keys hold a hash of the e-mail, not the address itself.
 */
const IP_FACTOR = 10;

@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(COUNTERS) private readonly counters: CounterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async hit(ip: string, email: string): Promise<void> {
    const { attempts, windowSeconds } = this.config.loginRateLimit;
    const emailKey = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
    const keys = [`${this.config.redisPrefix}:login:ip:${ip}`, `${this.config.redisPrefix}:login:email:${emailKey}`];
    let counts: number[];
    try {
      counts = await this.counters.hit(keys, windowSeconds);
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', 'sign-in is unavailable: the rate-limit store cannot be reached');
    }
    const [ipCount, emailCount] = counts;
    // One address may serve a whole office (NAT), so it gets ten accounts' worth of attempts.
    if ((emailCount ?? 0) > attempts || (ipCount ?? 0) > attempts * IP_FACTOR) {
      throw new AppError('RATE_LIMITED', `too many sign-in attempts; try again in ${windowSeconds} seconds`);
    }
  }
}
