import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { DEFAULT_DATABASE_URL, type AppConfig } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { connectPg, type SqlRunner } from './sql-runner.js';

/**
 * An open database: the Prisma client for the application, a plain SQL runner for setup
 * (migrations), and where it is. `embedded` is the private server `npm start` runs when
 * DATABASE_URL is unset and no PostgreSQL answers on the default address: the same engine,
 * started and stopped with this process.
 */
export interface DatabaseHandle {
  readonly kind: 'server' | 'embedded';
  /** Where the data lives (URL without password; for the embedded server, also its directory). */
  readonly location: string;
  /** Connection URL with credentials, for other clients of the same database (the PostgreSQL job queues). */
  readonly url: string;
  readonly prisma: PrismaClient;
  /** Opens a dedicated SQL connection for setup work; the caller closes it. */
  setupRunner(): Promise<SqlRunner>;
  /**
   * Lends a plain `pg` client for work Prisma cannot do (COPY for bulk imports), from a small
   * pool of its own, and takes it back when `fn` settles. The caller manages transactions on
   * it.
   */
  withPgClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /**
   * Opens a dedicated `pg` connection outside any pool, for work that holds several
   * connections at once for a long time (a pay run streams and writes on a few in parallel);
   * the caller ends it.
   */
  connectPgClient(): Promise<pg.Client>;
  /** Closes the pools (and stops the embedded server when this handle started it). */
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

export async function canConnect(url: string): Promise<boolean> {
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

export function openPg(url: string, poolSize = 10, embedded?: EmbeddedPostgres): DatabaseHandle {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter });
  // Opened on first use: most processes never need a raw client.
  let raw: pg.Pool | null = null;
  return {
    kind: embedded ? 'embedded' : 'server',
    location: embedded ? `${redactUrl(url)} (embedded server, data in ${embedded.dir})` : redactUrl(url),
    url,
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
      if (embedded) await embedded.stop();
    },
  };
}

/** The database name of DATABASE_URL's default, used on the embedded server too. */
const EMBEDDED_DATABASE = new URL(DEFAULT_DATABASE_URL).pathname.slice(1);

/**
 * Choose and open the database described by the configuration: DATABASE_URL when set, else a
 * server answering on the default address, else the embedded server (DATABASE_MODE forces
 * one or the other).
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void = () => undefined): Promise<DatabaseHandle> {
  const embedded =
    config.databaseMode === 'embedded' ||
    (config.databaseMode === 'auto' && !config.databaseUrlExplicit && !(await canConnect(config.databaseUrl)));
  if (!embedded) {
    await ensurePgDatabase(config.databaseUrl);
    return openPg(config.databaseUrl);
  }
  const server = await startEmbeddedPostgres({ ...config.embeddedPostgres, onLog: log });
  try {
    const url = server.urlFor(EMBEDDED_DATABASE);
    await ensurePgDatabase(url);
    return openPg(url, 10, server);
  } catch (err) {
    await server.stop();
    throw err;
  }
}
