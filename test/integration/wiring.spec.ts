import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module.js';
import { loadConfig, type AppConfig } from '../../src/common/config/config.js';
import { LogisticsWiringModule } from '../../src/wiring/logistics-wiring.module.js';
import { MessagingWiringModule } from '../../src/wiring/messaging-wiring.module.js';
import { createTestDatabase, type TestDatabase } from '../support/test-db.js';

/**
 * Ports are required: a module graph in which payroll's CHARGEBACK_PROVIDER has no binding
 * (src/wiring/payroll-wiring.module.ts left out) does not boot, and the message names the port
 * and its consumer, instead of computing pay without equipment charge-backs.
 */
describe('wiring: a required port without a binding stops the boot', () => {
  let db: TestDatabase;
  let config: AppConfig & { queueBackend: 'postgres' };

  beforeAll(async () => {
    db = await createTestDatabase();
    config = {
      ...loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        QUEUE_BACKEND: 'postgres',
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'false',
        JWT_SECRET: randomBytes(32).toString('base64url'),
      }),
      queueBackend: 'postgres',
    };
  });

  afterAll(async () => {
    await db.close();
  });

  it('names CHARGEBACK_PROVIDER and PayRunComputeService', async () => {
    const boot = NestFactory.createApplicationContext(
      AppModule.forRoot(config, db.handle, { runWorkers: false }, [LogisticsWiringModule, MessagingWiringModule]),
      { abortOnError: false, logger: false },
    );
    await expect(boot).rejects.toThrow(/PayRunComputeService[\s\S]*CHARGEBACK_PROVIDER/);
  });

  it('boots with every binding', async () => {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, db.handle, { runWorkers: false }), {
      abortOnError: false,
      logger: false,
    });
    await app.init();
    expect(app.get(AppModule)).toBeDefined();
    await app.close();
  });
});
