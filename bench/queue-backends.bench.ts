/**
 * Queue backends side by side (`npm run bench -- queue-backends`): the same work through BullMQ
 * on Redis and on PostgreSQL (QUEUE_BACKEND), in one run on one machine.
 *  1. The report queue's transport: BENCH_JOBS jobs with report.render's ids, attempts and
 *     concurrency (8), added one by one as the API does and taken by one worker whose
 *     processor does no work — what each backend costs per job. Jobs per second.
 *  2. A pay run through the real worker (createWorker): the demo data's national run queued,
 *     computed (COPY out → rules → COPY in) and recorded, BENCH_RUNS times. Median wall time.
 * The ratio is PostgreSQL / Redis (above 1: PostgreSQL slower). A fresh database is created,
 * migrated, seeded with the demo data and dropped at the end; `BENCH_DATABASE_SERVER` and
 * `REDIS_URL` choose the servers.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createWorker } from '../src/bootstrap.js';
import { loadConfig, type AppConfig, type QueueBackend } from '../src/common/config/config.js';
import { JobClient } from '../src/common/jobs/job-client.js';
import { createJobTransport } from '../src/common/jobs/job-transport.js';
import { openPg, type DatabaseHandle } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { seedDemo } from '../src/demo/demo.seed.js';
import { seedGeography } from '../src/geography/geography.seed.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_queues_${process.pid}`;
const BACKENDS: readonly QueueBackend[] = ['redis', 'postgres'];

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function configFor(backend: QueueBackend, prefix: string): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urlOf(DB),
    QUEUE_BACKEND: backend,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WORKER_IN_PROCESS: 'false',
  });
}

async function transportJobsPerSecond(config: AppConfig): Promise<number> {
  const transport = createJobTransport(config, urlOf(DB));
  const queue = transport.queue('report.render');
  let done = 0;
  let resolveAll!: () => void;
  const all = new Promise<void>((r) => (resolveAll = r));
  const worker = transport.worker(
    'report.render',
    async () => {
      if (++done === JOBS) resolveAll();
    },
    8,
  );
  await worker.waitUntilReady();
  const t0 = performance.now();
  for (let i = 0; i < JOBS; i++) {
    await queue.add(
      'report.render',
      { requestId: `${i}` },
      { jobId: `report.render-bench-${i}`, attempts: 3, removeOnComplete: { count: 1_000 } },
    );
  }
  await all;
  const seconds = (performance.now() - t0) / 1000;
  await worker.close();
  await queue.close();
  return JOBS / seconds;
}

async function payRunMedianMs(config: AppConfig, db: DatabaseHandle): Promise<number> {
  const worker = await createWorker(config, db);
  const jobs = worker.get(JobClient);
  const creator = await db.prisma.user.findFirstOrThrow({ where: { email: 'finance@demo.terren' }, select: { id: true } });
  const tariff = await db.prisma.tariff.findFirstOrThrow({ orderBy: { version: 'desc' }, select: { id: true } });
  const times: number[] = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const run = await db.prisma.payRun.create({
        data: { kind: 'REGULAR', status: 'QUEUED', tariffId: tariff.id, createdById: creator.id },
      });
      const t0 = performance.now();
      await jobs.enqueue('pay-run.compute', { runId: run.id });
      for (;;) {
        const { status, failedReason } = await db.prisma.payRun.findUniqueOrThrow({
          where: { id: run.id },
          select: { status: true, failedReason: true },
        });
        if (status === 'COMPUTED') break;
        if (status === 'FAILED') throw new Error(`pay run failed: ${failedReason}`);
        await sleep(10);
      }
      times.push(performance.now() - t0);
      // The next run of the same kind and scope would see this one as paid: remove it.
      await db.prisma.$executeRawUnsafe(`DELETE FROM "PayRun" WHERE id = '${run.id}'`);
    }
  } finally {
    await worker.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${DB}"`);
  const db = openPg(urlOf(DB), 10);
  const prefixes: string[] = [];
  try {
    const runner = await connectPg(urlOf(DB));
    await applyMigrations(runner, await readMigrations());
    await runner.close();
    await seedGeography(db.prisma);
    await seedDemo(db.prisma, 'census-field-demo');
    const results = new Map<QueueBackend, { jobsPerSecond: number; payRunMs: number }>();
    for (const backend of BACKENDS) {
      const prefix = `terren-bench-${randomBytes(4).toString('hex')}`;
      prefixes.push(prefix);
      const config = configFor(backend, prefix);
      const jobsPerSecond = await transportJobsPerSecond(config);
      const payRunMs = await payRunMedianMs(config, db);
      results.set(backend, { jobsPerSecond, payRunMs });
      console.log(
        `${backend.padEnd(8)} ${jobsPerSecond.toFixed(0).padStart(6)} jobs/s   pay run (demo, national) median ${payRunMs.toFixed(0)} ms`,
      );
    }
    const r = results.get('redis');
    const p = results.get('postgres');
    if (r && p) {
      console.log(
        `PostgreSQL / Redis: ${(r.jobsPerSecond / p.jobsPerSecond).toFixed(2)}× the time per job, ` +
          `${(p.payRunMs / r.payRunMs).toFixed(2)}× the pay-run time (${JOBS} jobs, ${RUNS} runs)`,
      );
    }
  } finally {
    await db.close();
    await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    for (const prefix of prefixes) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
    }
    await redis.quit();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
