import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/common/config/config.js';
import { Role } from '../../src/generated/prisma/enums.js';
import type { TokenClaims } from '../../src/auth/auth.guard.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

/**
 * The real application over HTTP against its own PostgreSQL database and its own Redis key
 * prefix. Users are created in the database; tokens are signed by the app's own JwtService.
 */
export interface TestApp {
  readonly app: INestApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  http(): ReturnType<typeof request>;
  /** Create a user of this role (and municipality code for MUNICIPALITY) and return a bearer header value. */
  tokenFor(role: Role, municipalityCode?: string): Promise<string>;
  userIdOf(token: string): string;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = `terren-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    // A fresh secret per app: no signing secret is written anywhere in the repository.
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ...env,
  });
  const app = await createApp(config, db.handle);
  await app.init();
  const jwt = app.get(JwtService);
  const ids = new Map<string, string>();
  return {
    app,
    db,
    config,
    http: () => request(app.getHttpServer()),
    async tokenFor(role: Role, municipalityCode?: string) {
      const municipalityId = municipalityCode ? await db.municipalityId(municipalityCode) : null;
      const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.terren`;
      const user = await db.prisma.user.create({ data: { email, passwordHash: 'scrypt$invalid', role, municipalityId } });
      const claims: TokenClaims = { sub: user.id, email, role, mun: municipalityId, ver: user.tokenVersion };
      const token = `Bearer ${await jwt.signAsync(claims)}`;
      ids.set(token, user.id);
      return token;
    },
    userIdOf(token: string) {
      const id = ids.get(token);
      if (!id) throw new Error('token not issued by this TestApp');
      return id;
    },
    async close() {
      await app.close();
      const redis = new Redis(config.redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await db.close();
    },
  };
}
