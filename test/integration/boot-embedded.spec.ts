import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createApp, prepareDatabase } from '../../src/bootstrap.js';
import { DEFAULT_DEMO_PASSWORD, loadConfig, type AppConfig } from '../../src/common/config/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/common/prisma/database.js';

/**
 * A newcomer without PostgreSQL: with DATABASE_DRIVER=pglite (what `auto` chooses when
 * nothing answers on the default address) the whole start-up runs on the embedded database:
 * migrations, geography, demo data, sign-in.
 */
describe('boot with the embedded database (PGlite)', () => {
  let dir: string;
  let config: AppConfig;
  let db: DatabaseHandle;
  let app: INestApplication;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'terren-pglite-'));
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_DRIVER: 'pglite',
      PGLITE_DIR: dir,
      DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      REDIS_PREFIX: `terren-test-${randomBytes(4).toString('hex')}`,
    });
    db = await openDatabase(config);
    await prepareDatabase(config, db);
    // Start-up runs on every boot: a second pass must be a no-op.
    await prepareDatabase(config, db);
    app = await createApp(config, db);
    await app.init();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
    const redis = new Redis(config.redisUrl);
    const keys = await redis.keys(`${config.redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the embedded engine as healthy', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body.database).toEqual({ status: 'up', engine: 'pglite' });
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
      .get('/api/v1/eas?limit=1000')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(new Set(res.body.items.map((e: { municipality: { code: string } }) => e.municipality.code))).toEqual(new Set(['prizren']));
  });
});
