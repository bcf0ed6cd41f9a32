// Builds a template database once per run (all migrations applied); each test file clones it
// (CREATE DATABASE ... TEMPLATE), which takes a fraction of a second.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export const TEMPLATE_DB = `terren_test_tpl_${process.pid}`;

function serverUrl(db) {
  const u = new URL(process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function globalSetup() {
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  // Leftovers of runs that were killed: drop test databases older than an hour.
  const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'terren_test_%'");
  for (const { datname } of stale.rows) {
    const pid = Number(/^terren_test_(?:tpl_)?(\d+)/.exec(datname)?.[1]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  await admin.end();
  const tpl = new pg.Client({ connectionString: serverUrl(TEMPLATE_DB) });
  await tpl.connect();
  const dir = path.resolve('prisma/migrations');
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of names) await tpl.query(await readFile(path.join(dir, name, 'migration.sql'), 'utf8'));
  await tpl.end();
  process.env.TERREN_TEST_TEMPLATE_DB = TEMPLATE_DB;
  process.env.TERREN_TEST_SERVER = serverUrl('postgres');
  process.env.TERREN_TEST_RUN_PID = String(process.pid);
  // Every response a test receives appends "<operationId> <status>" here (test/support/openapi-check.ts).
  await mkdir('dist', { recursive: true });
  process.env.TERREN_OPENAPI_COVERAGE_FILE = path.resolve(`dist/openapi-responses-${process.pid}.txt`);
  await writeFile(process.env.TERREN_OPENAPI_COVERAGE_FILE, '');
}
