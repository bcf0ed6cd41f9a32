import { hostname } from 'node:os';
import net from 'node:net';
import {
  createPostgresBackend,
  Queue,
  Worker,
  type ConnectionOptions,
  type Job,
  type JobsOptions,
  type JobState,
  type PostgresPoolConfig,
  type RepeatOptions,
  type WorkerOptions,
} from 'bullmq';
import { DEFAULT_REDIS_URL, type AppConfig, type QueueBackend } from '../config/config.js';

/** Which process took a job (BullMQ records it as the job's processedBy; the queue dashboard shows it). */
export const WORKER_NAME = `${hostname()}:${process.pid}`;

/** DI token of the {@link JobTransport}. */
export const JOB_TRANSPORT = Symbol('JOB_TRANSPORT');

/** The PostgreSQL schema BullMQ's own tables live in (created and migrated by BullMQ). */
export const QUEUE_SCHEMA = 'bullmq';

/**
 * What terren uses of a BullMQ queue, whichever backend carries it (the Redis and PostgreSQL
 * queues have different type parameters but the same methods).
 */
export interface JobQueue {
  readonly name: string;
  add(name: string, data: unknown, opts?: JobsOptions): Promise<Job>;
  getJobState(jobId: string): Promise<JobState | 'unknown'>;
  getJob(jobId: string): Promise<Job | undefined>;
  getJobs(types?: JobState[] | JobState, start?: number, end?: number): Promise<Job[]>;
  remove(jobId: string): Promise<number>;
  upsertJobScheduler(
    id: string,
    repeat: Omit<RepeatOptions, 'key'>,
    template?: { name?: string; data?: unknown; opts?: JobsOptions },
  ): Promise<unknown>;
  getJobSchedulers(start?: number, end?: number): Promise<{ key: string; every?: number | null }[]>;
  getJobCounts(...types: JobState[]): Promise<Record<string, number>>;
  close(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

export type JobProcessorFn = (job: Job) => Promise<unknown>;

/** Per-worker tuning that tests shorten (how soon a lost lock hands a job to another worker). */
export type WorkerTuning = Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount' | 'autorun'>;

/**
 * Where the job queues live, as the configuration resolved it: Redis under REDIS_PREFIX, or
 * PostgreSQL in schema {@link QUEUE_SCHEMA} of the application's own database (BullMQ's
 * PostgreSQL backend, which migrates its schema itself under an advisory lock). Services never
 * see this: JobClient and JobWorkerHost do.
 */
export interface JobTransport {
  readonly backend: QueueBackend;
  /** A producer queue: fails fast when the store is down (it answers HTTP requests). */
  queue(name: string): JobQueue;
  /** A consumer: retries its connection forever. */
  worker(name: string, processor: JobProcessorFn, concurrency: number, tuning?: WorkerTuning): Worker;
  /** Human description for logs and the banner (no credentials). */
  describe(): string;
}

function postgresConnection(url: string, max: number): PostgresPoolConfig {
  // BullMQ migrates its schema (advisory lock, one transaction) on the first connection.
  return { connectionString: url, schema: QUEUE_SCHEMA, max, migrate: true, connectionTimeoutMillis: 10_000 };
}

export function createJobTransport(config: AppConfig, databaseUrl: string): JobTransport {
  const backend = config.queueBackend;
  if (backend === 'auto') throw new Error('QUEUE_BACKEND is still "auto": resolve it with resolveQueueBackend() first');
  if (backend === 'redis') {
    const producer: ConnectionOptions = { url: config.redisUrl, maxRetriesPerRequest: 1, connectTimeout: 3_000 };
    // Workers block on Redis and must retry forever (maxRetriesPerRequest: null, as BullMQ requires).
    const consumer: ConnectionOptions = { url: config.redisUrl, maxRetriesPerRequest: null };
    return {
      backend,
      queue: (name) => new Queue(name, { connection: producer, prefix: config.redisPrefix }) as unknown as JobQueue,
      worker: (name, processor, concurrency, tuning = {}) =>
        new Worker(name, processor, { name: WORKER_NAME, connection: consumer, prefix: config.redisPrefix, concurrency, ...tuning }),
      describe: () => `Redis (prefix "${config.redisPrefix}")`,
    };
  }
  return {
    backend,
    queue: (name) => new Queue(name, { connection: postgresConnection(databaseUrl, 2) }, createPostgresBackend) as unknown as JobQueue,
    worker: (name, processor, concurrency, tuning = {}) =>
      new Worker(
        name,
        processor,
        { name: WORKER_NAME, connection: postgresConnection(databaseUrl, Math.min(concurrency + 1, 4)), concurrency, ...tuning },
        createPostgresBackend,
      ) as unknown as Worker,
    describe: () => `PostgreSQL (schema "${QUEUE_SCHEMA}" of the application database)`,
  };
}

function answers(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379), timeout: 1_500 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/**
 * QUEUE_BACKEND=auto: Redis when REDIS_URL is set (already decided by loadConfig) or Redis
 * answers on the default address, else PostgreSQL. The result is the configuration every
 * module then sees.
 */
export async function resolveQueueBackend(config: AppConfig): Promise<AppConfig & { queueBackend: QueueBackend }> {
  if (config.queueBackend !== 'auto') return config as AppConfig & { queueBackend: QueueBackend };
  const redis = await answers(config.redisUrlExplicit ? config.redisUrl : DEFAULT_REDIS_URL);
  return { ...config, queueBackend: redis ? 'redis' : 'postgres' };
}
