import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { type UserAccess, UsersRepository } from './users.repository.js';

/** Users remembered at once per node; beyond it the least recently seen are looked up again. */
const MAX_ENTRIES = 10_000;
const MISSING = { missing: true } as const;
type Entry = UserAccess | typeof MISSING;

/**
 * What the guard needs to know about a token's user (exists, active, token version, role,
 * municipality), remembered for AUTH_CACHE_SECONDS so a request costs no query. The node that
 * changes a user forgets the entry at once ({@link forget}); every other node sees the change
 * when its entry expires, so a revoked token works on other nodes for at most that long.
 */
@Injectable()
export class UserAccessCache {
  private readonly cache: LRUCache<string, Entry> | null;

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache =
      config.authCacheSeconds > 0
        ? new LRUCache<string, Entry>({
            max: MAX_ENTRIES,
            ttl: config.authCacheSeconds * 1000,
            // Concurrent requests of one user share one query.
            fetchMethod: async (id) => (await this.users.findAccess(id)) ?? MISSING,
          })
        : null;
  }

  async get(userId: string): Promise<UserAccess | null> {
    const entry = this.cache ? await this.cache.fetch(userId) : await this.users.findAccess(userId);
    return !entry || 'missing' in entry ? null : entry;
  }

  /** Drop what this node remembers of the user (after a change that revokes their tokens). */
  forget(userId: string): void {
    this.cache?.delete(userId);
  }
}
