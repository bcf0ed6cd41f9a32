import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEFAULT_DATABASE_URL, DEFAULT_DEMO_PASSWORD, isLoopbackHost, loadConfig } from '../../src/common/config/config.js';

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
      demoPassword: DEFAULT_DEMO_PASSWORD,
      jwtTtlSeconds: 900,
      // No built-in signing secret: one is generated in the data directory (src/auth/signing-secret.ts).
      jwtSecret: null,
      dataDir: './data',
      authCacheSeconds: 5,
      // Nobody else on the network reaches a newcomer's server.
      host: '127.0.0.1',
    });
    expect(DEFAULT_DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });

  it('listens on all interfaces by default only in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('refuses the published demo password on a server others can reach', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      /DEMO_PASSWORD must be set \(not to the published default\) when demo data is on and HOST \(0\.0\.0\.0\) is not a loopback address/,
    );
    expect(() => loadConfig({ HOST: '0.0.0.0', DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD })).toThrow(/DEMO_PASSWORD must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' })).toThrow(
      /DEMO_PASSWORD must be set \(not to the published default\) when demo data is enabled in production/,
    );
    expect(loadConfig({ HOST: '0.0.0.0', DEMO_PASSWORD: 'a-private-demo-password' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0', DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ HOST: 'localhost' }).demoData).toBe(true);
    expect(() => loadConfig({ DEMO_PASSWORD: 'elevenchars' })).toThrow(/DEMO_PASSWORD must be at least 12 characters/);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['127.example.org', false],
  ])('treats %s as loopback: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
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
