import 'reflect-metadata';
import { ConfigError, loadConfig } from './common/config/config.js';
import { JOB_NAMES } from './common/jobs/job-catalogue.js';
import { resolveQueueBackend } from './common/jobs/job-transport.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabase } from './common/prisma/database.js';
import { createWorker, migrateDatabase } from './bootstrap.js';

/**
 * Worker entry point (`npm run worker`): the same modules as the API, no HTTP, consuming the
 * BullMQ jobs (pay-run computations, reports, …) against the same PostgreSQL and the same queue
 * store (Redis, or PostgreSQL with QUEUE_BACKEND=postgres). Run as many as you like on other
 * machines; in development the API runs one in-process (WORKER_IN_PROCESS).
 */
async function main(): Promise<void> {
  let loaded;
  try {
    loaded = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`terren worker cannot start.\n${err.message}`);
      process.exit(78);
    }
    throw err;
  }
  const config = await resolveQueueBackend(loaded);
  const log = createLogger(config, 'worker');
  const db = await openDatabase(config, (m) => log.debug({ postgres: m }, 'embedded server'));
  await migrateDatabase(config, db, (m) => log.info(m));
  const app = await createWorker(config, db, { shutdownHooks: false });
  let closing: Promise<void> | null = null;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      closing ??= app
        .close()
        .then(() => db.close())
        .then(() => process.exit(0));
    });
  }
  log.info(
    { jobs: JOB_NAMES, database: db.location, queues: config.queueBackend },
    `terren worker is running (queues on ${config.queueBackend === 'redis' ? `Redis, prefix "${config.redisPrefix}"` : 'PostgreSQL'})`,
  );
}

main().catch((err: unknown) => {
  console.error('terren worker failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
