import 'reflect-metadata';
import { ConfigError, loadConfig } from './common/config/config.js';
import { JOB_NAMES } from './common/jobs/job-catalogue.js';
import { openDatabase } from './common/prisma/database.js';
import { createWorker, migrateDatabase } from './bootstrap.js';

/**
 * Worker entry point (`npm run worker`): the same modules as the API, no HTTP, consuming the
 * BullMQ jobs (pay-run computations, …) against the same PostgreSQL and Redis. Run as many as
 * you like on other machines; in development the API runs one in-process (WORKER_IN_PROCESS).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`terren worker cannot start.\n${err.message}`);
      process.exit(78);
    }
    throw err;
  }
  const db = await openDatabase(config);
  if (db.kind === 'pglite') {
    console.error('terren worker cannot start: background jobs need PostgreSQL (COPY); set DATABASE_URL.');
    await db.close();
    process.exit(78);
  }
  await migrateDatabase(config, db, (m) => console.log(m));
  await createWorker(config, db);
  console.log(`terren worker is running (jobs: ${JOB_NAMES.join(', ')}; database ${db.location}; Redis prefix "${config.redisPrefix}")`);
}

main().catch((err: unknown) => {
  console.error('terren worker failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
