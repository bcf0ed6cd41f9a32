import pg from 'pg';

/** The smallest SQL surface the migrator and setup need, over a pg connection. */
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
