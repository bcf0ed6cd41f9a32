import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import type { AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { connectPg, pgliteRunner, type SqlRunner } from './sql-runner.js';

/**
 * An open database: the Prisma client for the application, a plain SQL runner for setup
 * (migrations), and which engine it is. PGlite is the newcomer fallback only: used when
 * DATABASE_URL is unset and no PostgreSQL answers on the default address.
 */
export interface DatabaseHandle {
  readonly kind: 'pg' | 'pglite';
  /** Where the data lives (URL without password, or the PGlite directory). */
  readonly location: string;
  readonly prisma: PrismaClient;
  /** Opens a dedicated SQL connection for setup work; the caller closes it. */
  setupRunner(): Promise<SqlRunner>;
  /**
   * Lends a plain `pg` client for work Prisma cannot do (COPY for bulk imports), from a small
   * pool of its own, and takes it back when `fn` settles. The caller manages transactions on
   * it. Refused with NEEDS_POSTGRESQL on the embedded PGlite fallback.
   */
  withPgClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /**
   * Opens a dedicated `pg` connection outside any pool, for work that holds several
   * connections at once for a long time (a pay run streams and writes on a few in parallel);
   * the caller ends it. Refused with NEEDS_POSTGRESQL on PGlite.
   */
  connectPgClient(): Promise<pg.Client>;
  close(): Promise<void>;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable url)';
  }
}

async function canConnect(url: string): Promise<boolean> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** CREATE DATABASE when it does not exist yet (connects to the server's `postgres` database). */
export async function ensurePgDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  target.pathname = '/postgres';
  const admin = await connectPg(target.toString());
  try {
    const rows = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) {
      try {
        await admin.exec(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } catch (err) {
        // Another process may have created it in between (42P04 duplicate_database).
        if ((err as { code?: string }).code !== '42P04') throw err;
      }
    }
  } finally {
    await admin.close();
  }
}

export function openPg(url: string, poolSize = 10): DatabaseHandle {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter });
  // Opened on first use: most processes never need a raw client.
  let raw: pg.Pool | null = null;
  return {
    kind: 'pg',
    location: redactUrl(url),
    prisma,
    setupRunner: () => connectPg(url),
    async withPgClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
      if (!raw) {
        raw = new pg.Pool({ connectionString: url, max: 3, connectionTimeoutMillis: 60_000 });
        // An idle connection closed by the server is dropped by the pool; not a process crash.
        raw.on('error', () => undefined);
      }
      const client = await raw.connect();
      let ok = false;
      try {
        const result = await fn(client);
        ok = true;
        return result;
      } finally {
        // After a failure the connection may be mid-COPY or mid-transaction: drop it rather
        // than hand a dirty connection to the next caller.
        client.release(!ok);
      }
    },
    async connectPgClient(): Promise<pg.Client> {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      await client.connect();
      return client;
    },
    close: async () => {
      await prisma.$disconnect();
      if (raw) await raw.end();
    },
  };
}

export async function openPglite(dir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const abs = path.resolve(dir);
  await mkdir(abs, { recursive: true });
  const db = await PGlite.create(abs);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    kind: 'pglite',
    location: abs,
    prisma,
    setupRunner: async () => pgliteRunner(db),
    withPgClient: () =>
      Promise.reject(
        new AppError(
          'NEEDS_POSTGRESQL',
          'this operation needs a PostgreSQL server; the embedded PGlite database cannot run it (set DATABASE_URL)',
        ),
      ),
    connectPgClient: () =>
      Promise.reject(
        new AppError(
          'NEEDS_POSTGRESQL',
          'pay runs need a PostgreSQL server (COPY); the embedded PGlite database cannot run them (set DATABASE_URL)',
        ),
      ),
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/** Choose and open the database described by the configuration. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseDriver === 'pglite') return openPglite(config.pgliteDir);
  const usePg = config.databaseDriver === 'pg' || config.databaseUrlExplicit || (await canConnect(config.databaseUrl));
  if (!usePg) return openPglite(config.pgliteDir);
  await ensurePgDatabase(config.databaseUrl);
  return openPg(config.databaseUrl);
}
