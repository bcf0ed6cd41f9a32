import 'reflect-metadata';
import { ConfigError, DEFAULT_DEMO_PASSWORD, isLoopbackHost, loadConfig } from './common/config/config.js';
import { openDatabase } from './common/prisma/database.js';
import { createApp, prepareDatabase } from './bootstrap.js';
import { DEMO_USERS } from './demo/demo.seed.js';
import { seedDemoPlans } from './demo/demo.plans.js';

/** API entry point: validate config, open and migrate the database, seed, serve. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`terren cannot start.\n${err.message}`);
      process.exit(78);
    }
    throw err;
  }
  const db = await openDatabase(config);
  const demo = await prepareDatabase(config, db, (m) => console.log(m));
  const app = await createApp(config, db);
  const planned = demo ? await seedDemoPlans(app, demo.municipalities) : [];
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `terren is running at ${url}`,
    `  console:    ${url}/ (web console; sign in with a demo account below)`,
    `  API docs:   ${url}/api/docs`,
    `  health:     ${url}/health`,
    `  database:   ${db.kind === 'pglite' ? `embedded PGlite at ${db.location} (no PostgreSQL found)` : db.location}`,
    `  jobs:       ${config.workerInProcess ? 'worker running in this process (WORKER_IN_PROCESS)' : 'run `npm run worker` to process background jobs'}`,
  ];
  if (demo) {
    lines.push(`  demo data:  ${demo.municipalities.join(', ')} — ${demo.eas} EAs, ${demo.staff} staff, ${demo.assignments} assignments`);
    if (planned.length > 0) lines.push(`  demo plans: room plans published and distribution plans made for ${planned.join(', ')}`);
    // Sign-ins only for a server nobody else can reach (HOST on loopback).
    if (isLoopbackHost(config.host)) {
      lines.push(`  sign in (password "${config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : '<DEMO_PASSWORD>'}"):`);
      for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(26)} ${u.role}${u.municipalityCode ? ` (${u.municipalityCode})` : ''}`);
    } else {
      lines.push(`  demo users: not listed, the server listens on ${config.host} (see README, "Quick start")`);
    }
  }
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error('terren failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
