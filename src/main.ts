import 'reflect-metadata';
import { ConfigError, DEFAULT_DEMO_PASSWORD, isLoopbackHost, loadConfig, type AppConfig } from './common/config/config.js';
import { resolveQueueBackend } from './common/jobs/job-transport.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabase } from './common/prisma/database.js';
import { createApp, prepareDatabase } from './bootstrap.js';
import { DEMO_USERS } from './demo/demo.seed.js';
import { seedDemoPlans } from './demo/demo.plans.js';

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`terren cannot start.\n${err.message}`);
      process.exit(78);
    }
    throw err;
  }
}

/**
 * API entry point: validate config, open (or start the embedded) database, migrate, seed,
 * serve. Each start-up step is logged with its duration; the banner for a person (URL, docs,
 * sign-ins) comes last, after every start-up log line.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = await resolveQueueBackend(configOrExit());
  const log = createLogger(config, 'start');
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await fn();
    log.info({ step: name, ms: Date.now() - t0 }, `${name} (${Date.now() - t0} ms)`);
    return result;
  };

  const db = await step('database', () => openDatabase(config, (m) => log.debug({ postgres: m }, 'embedded server')));
  let closing: Promise<void> | null = null;
  const shutdown = (app?: { close(): Promise<void> }) => {
    closing ??= (async () => {
      log.info('stopping');
      await app?.close().catch((err: unknown) => log.error({ err }, 'shutdown of the application failed'));
      await db.close().catch((err: unknown) => log.error({ err }, 'closing the database failed'));
    })();
    return closing;
  };
  try {
    const demo = await step('migrations and seed data', () => prepareDatabase(config, db, (m) => log.info(m)));
    const app = await step('application', () => createApp(config, db, { shutdownHooks: false }));
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void shutdown(app).then(() => process.exit(0)));
    const planned = demo ? await step('demo plans', () => seedDemoPlans(app, demo.municipalities)) : [];
    await step('listen', () => app.listen(config.port, config.host));
    log.info({ ms: Date.now() - started }, `started in ${Date.now() - started} ms`);

    const url = `http://localhost:${config.port}`;
    const lines = [
      '',
      `terren is running at ${url}`,
      `  console:    ${url}/ (web console; sign in with a demo account below)`,
      `  API docs:   ${url}/api/docs`,
      `  health:     ${url}/health`,
      `  database:   ${db.location}`,
      `  queues:     ${config.queueBackend === 'redis' ? `Redis at ${config.redisUrl}` : 'PostgreSQL (no Redis needed)'}`,
      `  jobs:       ${config.workerInProcess ? 'worker running in this process (WORKER_IN_PROCESS)' : 'run `npm run worker` to process background jobs'}`,
    ];
    if (demo) {
      lines.push(`  demo data:  ${demo.municipalities.join(', ')} — ${demo.eas} EAs, ${demo.staff} staff, ${demo.assignments} assignments`);
      if (planned.length > 0) lines.push(`  demo plans: room plans published and distribution plans made for ${planned.join(', ')}`);
      // Sign-ins only for a server nobody else can reach (HOST on loopback).
      if (isLoopbackHost(config.host)) {
        lines.push(`  sign in (password "${config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : '<DEMO_PASSWORD>'}"):`);
        for (const u of DEMO_USERS)
          lines.push(`    ${u.email.padEnd(26)} ${u.role}${u.municipalityCode ? ` (${u.municipalityCode})` : ''}`);
      } else {
        lines.push(`  demo users: not listed, the server listens on ${config.host} (see README, "Quick start")`);
      }
    }
    lines.push('', 'Ctrl-C stops it.', '');
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    await shutdown();
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error('terren failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
