import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../common/config/config.js';
import { canConnect } from '../common/prisma/database.js';
import { EMBEDDED_POSTGRES_MAJOR } from '../common/prisma/embedded-postgres.js';

/**
 * `npm run backup [-- <file>]` and `npm run restore -- <file>`.
 *
 * - A PostgreSQL server (DATABASE_URL): a logical dump with pg_dump (custom format), restored
 *   with pg_restore into the same or an empty database. Needs client tools of the server's
 *   major version or newer (`pg_dump --version`).
 * - The embedded server: the npm package ships the server but no pg_dump, so the backup is a
 *   copy of its whole data directory taken while terren is stopped (a cold backup: consistent,
 *   with its password file), and restore puts it back into an empty data directory.
 */
type Mode = 'backup' | 'restore';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (res.error) fail(`${cmd} could not run: ${res.error.message}`);
  if (res.status !== 0) fail(`${cmd} ${args.filter((a) => !a.includes('@')).join(' ')} failed (exit ${res.status ?? res.signal})`);
}

function embeddedRunning(dir: string): boolean {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

/** The same choice as start-up (openDatabase), without starting anything. */
async function usesEmbedded(config: AppConfig): Promise<boolean> {
  if (config.databaseMode !== 'auto') return config.databaseMode === 'embedded';
  return !config.databaseUrlExplicit && !(await canConnect(config.databaseUrl));
}

function backupEmbedded(dir: string, file: string | undefined): void {
  if (!existsSync(path.join(dir, 'PG_VERSION'))) fail(`${dir} holds no embedded PostgreSQL cluster`);
  if (embeddedRunning(dir)) fail('the embedded server is running: stop terren (Ctrl-C) and run the backup again');
  const out = path.resolve(file ?? `backups/terren-embedded-pg${EMBEDDED_POSTGRES_MAJOR}-${stamp()}.tar.gz`);
  mkdirSync(path.dirname(out), { recursive: true });
  // Numeric owners are kept: restore gives the directory back to the server's system user.
  run('tar', ['--create', '--gzip', '--numeric-owner', '--file', out, '--directory', path.dirname(dir), path.basename(dir)]);
  console.log(`✓ embedded data directory ${dir} saved to ${out}`);
}

function restoreEmbedded(dir: string, file: string): void {
  if (embeddedRunning(dir)) fail('the embedded server is running: stop terren first');
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    fail(`${dir} is not empty: move it away first (it is the current database), then restore`);
  }
  mkdirSync(dir, { recursive: true });
  run('tar', ['--extract', '--gzip', '--same-owner', '--file', path.resolve(file), '--directory', dir, '--strip-components', '1']);
  // The directory itself was made here: give it to the server's user, private as PostgreSQL demands.
  const { uid, gid } = statSync(path.join(dir, 'PG_VERSION'));
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  console.log(`✓ ${file} restored into ${dir}; start terren as usual`);
}

async function main(): Promise<void> {
  const mode = process.argv[2] as Mode;
  const file = process.argv[3];
  const config = loadConfig();
  if (await usesEmbedded(config)) {
    const dir = path.resolve(config.embeddedPostgres.dir);
    if (mode === 'backup') return backupEmbedded(dir, file);
    if (!file) fail('name the backup file: npm run restore -- <file>');
    return restoreEmbedded(dir, file);
  }
  if (mode === 'backup') {
    const out = path.resolve(file ?? `backups/terren-${stamp()}.dump`);
    mkdirSync(path.dirname(out), { recursive: true });
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${config.databaseUrl}`]);
    console.log(`✓ database saved to ${out}`);
    return;
  }
  if (!file) fail('name the backup file: npm run restore -- <file>');
  run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${config.databaseUrl}`, path.resolve(file)]);
  console.log(`✓ ${file} restored into the configured database`);
}

await main();
