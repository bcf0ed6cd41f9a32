import { loadConfig } from '../common/config/config.js';
import { openDatabase } from '../common/prisma/database.js';
import { applyMigrations, readMigrations } from '../common/prisma/migrator.js';

/** `npm run migrate`: apply pending migrations to the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const runner = await db.setupRunner();
  try {
    const applied = await applyMigrations(runner, await readMigrations(), (m) => console.log(m));
    console.log(applied.length ? `${applied.length} migration(s) applied to ${db.location}` : `${db.location} is up to date`);
  } finally {
    await runner.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
