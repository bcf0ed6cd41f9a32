import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

/** The smallest SQL surface the migrator and setup need, over either pg or PGlite. */
export interface SqlRunner {
  query<T extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a script of several statements (no parameters). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export function pgRunner(client: pg.Client): SqlRunner {
  return {
    async query<T extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const res = await client.query(sql, [...params]);
      return res.rows as T[];
    },
    async exec(script: string) {
      await client.query(script);
    },
    async close() {
      await client.end();
    },
  };
}

export async function connectPg(url: string): Promise<SqlRunner> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  return pgRunner(client);
}

/** A runner over a PGlite instance that the caller owns (close() does not close PGlite). */
export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query<T extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const res = await db.query<T>(sql, [...params]);
      return res.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
    async close() {
      /* owned by the DatabaseHandle */
    },
  };
}
