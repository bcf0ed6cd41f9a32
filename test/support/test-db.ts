import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { openPg, type DatabaseHandle } from '../../src/common/prisma/database.js';
import { seedGeography } from '../../src/geography/geography.seed.js';
import { seedDemoCensus } from '../../src/census/census.demo.js';

/** A private database per test file, cloned from the migrated template; dropped in close(). */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly handle: DatabaseHandle;
  readonly prisma: PrismaClient;
  municipalityId(code: string): Promise<string>;
  close(): Promise<void>;
}

function server(): string {
  const s = process.env.TERREN_TEST_SERVER;
  if (!s) throw new Error('test/support/global-setup.mjs did not run');
  return s;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * `seedCensus` (default: with geography) creates the census `xk-2023` with the letter's
 * calendar, so create paths that take the only open census as default find one.
 */
export async function createTestDatabase(opts: { seedGeography?: boolean; seedCensus?: boolean } = {}): Promise<TestDatabase> {
  const name = `terren_test_${process.env.TERREN_TEST_RUN_PID ?? process.pid}_${randomBytes(4).toString('hex')}`;
  const template = process.env.TERREN_TEST_TEMPLATE_DB as string;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const u = new URL(server());
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = openPg(url, 5);
  if (opts.seedGeography !== false) await seedGeography(handle.prisma);
  if (opts.seedCensus ?? opts.seedGeography !== false) await seedDemoCensus(handle.prisma);
  const ids = new Map<string, string>();
  return {
    url,
    name,
    handle,
    prisma: handle.prisma,
    async municipalityId(code: string) {
      const cached = ids.get(code);
      if (cached) return cached;
      const m = await handle.prisma.municipality.findUniqueOrThrow({ where: { code }, select: { id: true } });
      ids.set(code, m.id);
      return m.id;
    },
    async close() {
      await handle.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Create an empty database (no migrations) for migrator tests. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `terren_test_${process.env.TERREN_TEST_RUN_PID ?? process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(server());
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))) };
}
