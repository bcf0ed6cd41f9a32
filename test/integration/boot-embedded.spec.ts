import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp, prepareDatabase } from '../../src/bootstrap.js';
import { DEFAULT_DEMO_PASSWORD, loadConfig, type AppConfig } from '../../src/common/config/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/common/prisma/database.js';
import { PASSWORD_FILE } from '../../src/common/prisma/embedded-postgres.js';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A newcomer without PostgreSQL and without Redis: the embedded PostgreSQL server (what `auto`
 * chooses when nothing answers on the default address) carries the whole start-up, the sign-in
 * rate limits and the job queues (QUEUE_BACKEND=postgres): migrations, geography, demo data,
 * sign-in, a COPY-based pay run. It is started and stopped with the process and keeps its data.
 */
describe('boot with the embedded PostgreSQL server', () => {
  let dir: string;
  let config: AppConfig;
  let db: DatabaseHandle;
  let app: INestApplication;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'terren-embedded-'));
    // As root the server runs as a system user, which must be able to enter the directory.
    await chmod(dir, 0o755);
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_MODE: 'embedded',
      EMBEDDED_POSTGRES_DIR: path.join(dir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      QUEUE_BACKEND: 'postgres',
      DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      WORKER_IN_PROCESS: 'true',
      REDIS_PREFIX: `terren-test-${randomBytes(4).toString('hex')}`,
    });
    db = await openDatabase(config);
    await prepareDatabase(config, db);
    // Start-up runs on every boot: a second pass must be a no-op.
    await prepareDatabase(config, db);
    app = await createApp(config, db);
    await app.init();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the embedded engine and the PostgreSQL queues as healthy', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: { status: 'up', engine: 'embedded' },
      queue: { status: 'up', backend: 'postgres' },
    });
  });

  it('runs PostgreSQL 18 on loopback only, with a generated password kept 0600 in the data directory', async () => {
    const password = (await readFile(path.join(config.embeddedPostgres.dir, PASSWORD_FILE), 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect((await stat(path.join(config.embeddedPostgres.dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    const rows = await db.prisma.$queryRaw<{ v: string; listen: string; sockets: string; superuser: boolean }[]>`
      SELECT current_setting('server_version_num') AS v, current_setting('listen_addresses') AS listen,
             current_setting('unix_socket_directories') AS sockets, rolsuper AS superuser
      FROM pg_roles WHERE rolname = current_user`;
    expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(180000);
    expect(rows[0]?.listen).toBe('127.0.0.1');
    expect(rows[0]?.sockets).toBe('');
    // A wrong password is refused (scram-sha-256, no trust).
    const wrong = new pg.Client({
      host: '127.0.0.1',
      port: config.embeddedPostgres.port,
      user: 'terren',
      password: 'wrong',
      database: 'postgres',
    });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
    await wrong.end().catch(() => undefined);
    // PostgreSQL refuses root: as root the server runs as, and its files belong to, a system user.
    const owner = (await stat(path.join(config.embeddedPostgres.dir, 'PG_VERSION'))).uid;
    expect(owner === 0 ? 'root' : 'not root').toBe('not root');
  });

  it('has the 38 municipalities and the demo data exactly once after two start-ups', async () => {
    expect(await db.prisma.municipality.count()).toBe(38);
    expect(await db.prisma.region.count()).toBe(7);
    expect(await db.prisma.user.count({ where: { email: { endsWith: '@demo.terren' } } })).toBe(6);
    const migrations = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(migrations[0]?.n)).toBeGreaterThan(0);
  });

  it('signs in a demo municipality user who sees only their municipality', async () => {
    const login = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: 'prizren@demo.terren', password: DEFAULT_DEMO_PASSWORD })
      .expect(200);
    const res = await request(app.getHttpServer())
      .get('/api/v1/eas?limit=500')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(new Set(res.body.items.map((e: { municipality: { code: string } }) => e.municipality.code))).toEqual(new Set(['prizren']));
  });

  it('shows the PostgreSQL queues on the admin dashboard', async () => {
    const login = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.terren', password: DEFAULT_DEMO_PASSWORD })
      .expect(200);
    const session = await request(app.getHttpServer())
      .post('/api/v1/admin/queue-board/session')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    const cookie = String(session.headers['set-cookie']).split(';')[0] as string;
    const page = await request(app.getHttpServer()).get('/api/v1/admin/queues/').set('cookie', cookie).expect(200);
    expect(page.text).toContain('terren jobs (PostgreSQL)');
    const api = await request(app.getHttpServer()).get('/api/v1/admin/queues/api/queues').set('cookie', cookie);
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(['message.send', 'pay-run.compute', 'recruitment.deadline-check', 'report.cleanup', 'report.render']);
  });

  it('limits sign-in attempts with counters kept in PostgreSQL', async () => {
    const email = `nobody-${randomBytes(3).toString('hex')}@demo.terren`;
    const codes: number[] = [];
    for (let i = 0; i <= config.loginRateLimit.attempts; i++) {
      const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: 'wrong-password' });
      codes.push(res.status);
    }
    expect(codes.slice(0, config.loginRateLimit.attempts).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const counters = await db.prisma.rateCounter.count();
    expect(counters).toBeGreaterThanOrEqual(2);
  });
});
