import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory, Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './common/config/config.js';
import { resolveQueueBackend } from './common/jobs/job-transport.js';
import type { JobsOptions } from './common/jobs/job-worker.host.js';
import { quietFramework } from './common/logging/logger.js';
import type { DatabaseHandle } from './common/prisma/database.js';
import { applyMigrations, readMigrations } from './common/prisma/migrator.js';
import { seedGeography } from './geography/geography.seed.js';
import { seedDemo, type DemoSummary } from './demo/demo.seed.js';
import { serveWebConsole } from './console/web-console.js';
import { buildOpenApiDocument } from './common/http/openapi/openapi-document.js';
import { ResponseSchemaInterceptor } from './common/http/openapi/response-schema.interceptor.js';

/** Apply pending migrations when MIGRATE_ON_START is on (serialised across replicas by the migrator). */
export async function migrateDatabase(config: AppConfig, db: DatabaseHandle, log: (m: string) => void = () => undefined): Promise<void> {
  if (!config.migrateOnStart) return;
  const runner = await db.setupRunner();
  try {
    await applyMigrations(runner, await readMigrations(), log);
  } finally {
    await runner.close();
  }
}

/** Migrate, seed reference data and (when enabled) the demo data set. Safe to run on every start. */
export async function prepareDatabase(
  config: AppConfig,
  db: DatabaseHandle,
  log: (m: string) => void = () => undefined,
): Promise<DemoSummary | null> {
  await migrateDatabase(config, db, log);
  await seedGeography(db.prisma);
  return config.demoData ? seedDemo(db.prisma, config.demoPassword) : null;
}

/**
 * Build the HTTP application (without listening): used by main.ts and by the e2e tests.
 * `shutdownHooks: false` leaves SIGINT/SIGTERM to the caller (main.ts closes the application,
 * then the database, in that order).
 */
export async function createApp(
  config: AppConfig,
  db: DatabaseHandle,
  opts: { shutdownHooks?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(await resolveQueueBackend(config), db), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(quietFramework(app.get(Logger)));
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  serveWebConsole(app);
  // No global body parser: each route's body is read after authentication, with the limit the
  // route declares (src/common/http/body.ts, BodyReaderInterceptor).
  if (opts.shutdownHooks !== false) app.enableShutdownHooks();
  // Answers go out through the schema their route declares (@ApiResponses).
  app.useGlobalInterceptors(new ResponseSchemaInterceptor(app.get(Reflector)));
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}

/**
 * The worker entry point's application: the same modules without HTTP, consuming background
 * jobs whatever WORKER_IN_PROCESS says (used by src/worker.ts).
 */
export async function createWorker(
  config: AppConfig,
  db: DatabaseHandle,
  options: Partial<JobsOptions> & { shutdownHooks?: boolean } = {},
): Promise<INestApplicationContext> {
  const { shutdownHooks, ...jobs } = options;
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(await resolveQueueBackend(config), db, { ...jobs, runWorkers: true }),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(quietFramework(app.get(Logger)));
  if (shutdownHooks !== false) app.enableShutdownHooks();
  await app.init();
  return app;
}
