import type { ConnectionOptions } from 'bullmq';
import type { AppConfig } from '../config/config.js';

/**
 * BullMQ connections. Workers block on Redis and must retry forever (maxRetriesPerRequest:
 * null, as BullMQ requires); producers answer HTTP requests and should fail fast instead.
 */
export function workerConnection(config: AppConfig): ConnectionOptions {
  return { url: config.redisUrl, maxRetriesPerRequest: null };
}

export function producerConnection(config: AppConfig): ConnectionOptions {
  return { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 3_000 };
}
