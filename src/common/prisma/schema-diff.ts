import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { readMigrations, MIGRATIONS_DIR } from './migrator.js';

async function adminQuery(config: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * SQL that takes a database from "all migrations applied" to "what schema.prisma says",
 * computed offline by Prisma's schema engine compiled to WebAssembly. Empty string = in sync.
 *
 * Why this exists: the native schema-engine binary cannot be downloaded here, so
 * `prisma migrate dev/diff` do not run. The wasm package is an ES module that expects a
 * bundler to load its .wasm; we instantiate it ourselves. Replaying the migrations needs a
 * shadow database, which the pg driver adapter creates and drops on the server.
 * Development-only: @prisma/schema-engine-wasm is a devDependency.
 */
export const SCHEMA_PATH = path.resolve(process.cwd(), 'prisma', 'schema.prisma');

interface WasmEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

// Node has WebAssembly, but lib ES2023 has no types for it: declare just what we use.
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let engineModule: ReturnType<typeof instantiateEngineModule> | undefined;

// The wasm-bindgen glue keeps module-level state: instantiate once per process.
function loadEngineModule(): ReturnType<typeof instantiateEngineModule> {
  engineModule ??= instantiateEngineModule();
  return engineModule;
}

async function instantiateEngineModule(): Promise<{ SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<WasmEngine> } }> {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json; resolve its entry file and take the folder.
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bg = (await import(path.join(pkgDir, 'schema_engine_bg.js'))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: { new: (o: unknown, cb: unknown, a: unknown) => Promise<WasmEngine> };
  };
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bg;
}

/** Diff from the migrations folder (replayed on a shadow database at `shadowServerUrl`) to schema.prisma. */
export async function diffMigrationsToSchema(
  shadowServerUrl: string,
  migrationsDir = MIGRATIONS_DIR,
  schemaPath = SCHEMA_PATH,
): Promise<string> {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(schemaPath, 'utf8');
  const migrations = await readMigrations(migrationsDir);
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lock = await readFile(lockPath, 'utf8').catch(() => null);
  // Pass discrete fields, not a connection string: the adapter opens the shadow database as
  // `{ ...config, database }`, and pg lets a connectionString override `database`, which
  // would replay the migrations into the server's own database instead.
  const u = new URL(shadowServerUrl);
  const serverConfig = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
  const factory = new PrismaPg(serverConfig);
  // The engine describes the shadow database through pg_catalog columns of PostgreSQL's
  // one-byte "char" type (OID 18), which adapter-pg 7.10 refuses as unsupported. pg already
  // returns those values as strings, so we relabel them as text (OID 25) before the adapter
  // maps column types.
  type Io = { performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[] }> };
  const relabel = <T>(adapter: T): T => {
    const io = adapter as unknown as Io;
    const original = io.performIO.bind(io);
    io.performIO = async (q) => {
      const res = await original(q);
      for (const f of res.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return res;
    };
    return adapter;
  };
  // We open (and always drop) the shadow database ourselves: adapter-pg's own
  // connectToShadowDb passes a connection string that overrides the shadow database name,
  // and its disposer drops the database while its pool is still connected, which fails.
  const opened: { dispose(): Promise<void> }[] = [];
  const shadowDbs: string[] = [];
  const track = <T extends { dispose(): Promise<void> }>(a: T): T => (opened.push(a), a);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => track(relabel(await connect()));
  factory.connectToShadowDb = async () => {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await adminQuery(serverConfig, `CREATE DATABASE "${name}"`);
    shadowDbs.push(name);
    return track(relabel(await new PrismaPg({ ...serverConfig, database: name }).connect()));
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const files = [{ path: schemaPath, content: schema }];
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => undefined, adapter);
  try {
    const result = await engine.diff({
      from: {
        tag: 'migrations',
        baseDir: migrationsDir,
        lockfile: { path: lockPath, content: lock },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((m) => ({
          path: path.join(migrationsDir, m.name),
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const out = (result.stdout ?? '').trim();
    // The engine answers an empty diff with a comment line only.
    return out === '-- This is an empty migration.' ? '' : out;
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
    for (const name of shadowDbs) await adminQuery(serverConfig, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
