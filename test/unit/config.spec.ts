import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEFAULT_DATABASE_URL, loadConfig } from '../../src/common/config/config.js';

describe('configuration', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: DEFAULT_DATABASE_URL,
      databaseUrlExplicit: false,
      databaseMode: 'auto',
      embeddedPostgres: { dir: './data/postgres', port: 54329 },
      redisUrl: 'redis://127.0.0.1:6379',
      redisUrlExplicit: false,
      queueBackend: 'auto',
      logFormat: 'auto',
      demoData: true,
      demoPassword: 'terren-demo',
      jwtTtlSeconds: 900,
    });
  });

  it('puts the queues on Redis when REDIS_URL is set, and lets QUEUE_BACKEND choose explicitly', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).queueBackend).toBe('redis');
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379', QUEUE_BACKEND: 'postgres' }).queueBackend).toBe('postgres');
    expect(loadConfig({ QUEUE_BACKEND: 'redis' }).queueBackend).toBe('redis');
    expect(() => loadConfig({ QUEUE_BACKEND: 'kafka' })).toThrow(/QUEUE_BACKEND/);
    expect(() => loadConfig({ DATABASE_MODE: 'pglite' })).toThrow(/DATABASE_MODE/);
  });

  it('turns demo data off in production and requires a real JWT secret there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgresql://db/terren' });
    expect(c.demoData).toBe(false);
    expect(c.databaseUrlExplicit).toBe(true);
  });

  it('lists every problem with the variable name, not only the first', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', DEMO_DATA: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT /m);
    expect(problems).toMatch(/^DATABASE_URL must be a postgresql:\/\/ URL/m);
    expect(problems).toMatch(/^JWT_SECRET must be at least 32 characters/m);
    expect(problems).toMatch(/^DEMO_DATA /m);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });
});
