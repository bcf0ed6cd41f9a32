import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { COUNTERS, type CounterStore } from '../common/counters/counter-store.js';

/** One address may serve a whole office (NAT), so it gets ten accounts' worth of attempts per window. */
const ADDRESS_FACTOR = 10;
const DAY_SECONDS = 24 * 60 * 60;

/**
 * Sign-in limits, kept in the shared counter store (COUNTERS: Redis, or PostgreSQL without Redis) so every API replica counts together (rate-limiter-flexible's
 * "login endpoint protection"). Failures count per (e-mail, client address) and per client
 * address, never per e-mail alone: nobody can lock a user out from another address.
 * - every attempt from an address, per window (LOGIN_RATE_LIMIT_ATTEMPTS × 10 per
 *   LOGIN_RATE_LIMIT_WINDOW_SECONDS);
 * - failures in a row for one e-mail from one address (LOGIN_RATE_LIMIT_ATTEMPTS), then that pair
 *   is blocked for LOGIN_BLOCK_SECONDS; a successful sign-in clears the count;
 * - failures from one address per day, whatever the e-mail (slow guessing across accounts), then
 *   the address is blocked for a day.
 * Keys hold a hash of the e-mail, not the e-mail itself.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attemptsByAddress: RateLimiterAbstract;
  private readonly failuresByEmailAndAddress: RateLimiterAbstract;
  private readonly failuresByAddressPerDay: RateLimiterAbstract;

  constructor(@Inject(COUNTERS) counters: CounterStore, @Inject(APP_CONFIG) config: AppConfig) {
    const limits = config.loginRateLimit;
    const prefix = `${config.redisPrefix}:login`;
    this.attemptsByAddress = counters.limiter({
      keyPrefix: `${prefix}:ip`,
      points: limits.attempts * ADDRESS_FACTOR,
      duration: limits.windowSeconds,
    });
    this.failuresByEmailAndAddress = counters.limiter({
      keyPrefix: `${prefix}:fail:email-ip`,
      points: limits.attempts,
      duration: DAY_SECONDS,
      blockDuration: limits.blockSeconds,
    });
    this.failuresByAddressPerDay = counters.limiter({
      keyPrefix: `${prefix}:fail:ip-day`,
      points: limits.failuresPerAddressPerDay,
      duration: DAY_SECONDS,
      blockDuration: DAY_SECONDS,
    });
  }

  /** Before the password is checked: refuses (429) a blocked pair or address, counts the attempt. */
  async beforeAttempt(address: string, email: string): Promise<void> {
    const pair = pairKey(address, email);
    const [byPair, byAddress] = await store(() =>
      Promise.all([this.failuresByEmailAndAddress.get(pair), this.failuresByAddressPerDay.get(address)]),
    );
    const blocked = [
      { res: byPair, points: this.failuresByEmailAndAddress.points },
      { res: byAddress, points: this.failuresByAddressPerDay.points },
    ].filter((x) => x.res !== null && x.res.consumedPoints >= x.points);
    if (blocked.length > 0) throw limited(Math.max(...blocked.map((x) => x.res?.msBeforeNext ?? 0)));
    try {
      await this.attemptsByAddress.consume(address);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw limited(err.msBeforeNext);
      throw unavailable();
    }
  }

  /** The password was wrong (or the account unknown or inactive). */
  async failed(address: string, email: string): Promise<void> {
    await store(() =>
      Promise.all([
        countFailure(this.failuresByEmailAndAddress, pairKey(address, email)),
        countFailure(this.failuresByAddressPerDay, address),
      ]),
    );
  }

  /** Signed in: the failures of this e-mail from this address are forgotten. */
  async succeeded(address: string, email: string): Promise<void> {
    await store(() => this.failuresByEmailAndAddress.delete(pairKey(address, email)));
  }
}

/** One more failure; the one that uses up the budget blocks the key for the limiter's block duration. */
async function countFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    const res = await limiter.consume(key);
    if (res.remainingPoints === 0) await limiter.block(key, limiter.blockDuration);
  } catch (err) {
    // Already over the limit: the limiter rejects with its result (the key is blocked already).
    if (!(err instanceof RateLimiterRes)) throw err;
  }
}

function pairKey(address: string, email: string): string {
  return `${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}:${address}`;
}

async function store<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch {
    throw unavailable();
  }
}

function unavailable(): AppError {
  return new AppError('SERVICE_UNAVAILABLE', 'sign-in is unavailable: the rate-limit store cannot be reached');
}

function limited(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('RATE_LIMITED', `too many sign-in attempts; try again in ${seconds} seconds`);
}
