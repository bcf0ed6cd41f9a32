import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { QUEUE_BACKENDS, startTestApp, testQueue, type TestApp } from '../support/test-app.js';
import { buildWorker, spawnWorker, type WorkerProcess } from '../support/worker-process.js';
import { expectComputedOnce, renderReportBatch, requestPayRun } from '../support/worker-scenarios.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The production layout with real processes, on each queue backend: an API that runs no jobs
 * (WORKER_IN_PROCESS=false) and two `src/worker.ts` processes against the same PostgreSQL, queue
 * store and report storage. BullMQ records which process took each job (processedBy).
 */
describe.each(QUEUE_BACKENDS)('worker processes (queues on %s)', (backend) => {
  let t: TestApp;
  let tmp: string;
  let build: Awaited<ReturnType<typeof buildWorker>>;
  let finance: string;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'terren-processes-'));
    const reports = path.join(tmp, 'reports');
    await mkdir(reports);
    t = await startTestApp({ WORKER_IN_PROCESS: 'false', REPORTS_DIR: reports, QUEUE_BACKEND: backend });
    finance = await t.tokenFor(Role.FINANCE);
    build = await buildWorker();
    for (const i of [1, 2]) {
      const home = path.join(tmp, `worker-${i}`);
      await mkdir(home);
      workers.push(
        spawnWorker(build.entry, {
          NODE_ENV: 'test',
          DATABASE_URL: t.db.url,
          QUEUE_BACKEND: backend,
          REDIS_URL: t.config.redisUrl,
          REDIS_PREFIX: t.config.redisPrefix,
          ...(t.config.jwtSecret ? { JWT_SECRET: t.config.jwtSecret } : {}),
          DATA_DIR: path.join(home, 'data'),
          // the worker says it is running at info (spawnWorker waits for that line)
          LOG_LEVEL: 'info',
          LOG_FORMAT: 'json',
          DEMO_DATA: 'false',
          MIGRATE_ON_START: 'false',
          REPORTS_DIR: reports,
          CHROMIUM_PATH: t.config.reports.chromiumPath,
          TMPDIR: home,
        }),
      );
    }
    await Promise.all(workers.map((w) => w.ready()));
  }, 300_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
    await sleep(2_000);
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await t.close();
    await build.remove();
    await rm(tmp, { recursive: true, force: true });
  }, 60_000);

  const names = () => new Set(workers.map((w) => `${hostname()}:${w.pid}`));

  it('shares a batch of report requests between both processes, each rendered once', async () => {
    await renderReportBatch(t, finance);
    const q = testQueue(t, 'report.render');
    try {
      const jobs = await q.getJobs(['completed']);
      const by = jobs.map((j) => j.processedBy ?? '(none)');
      expect(by.length).toBeGreaterThanOrEqual(1);
      // every job was taken by one of the two processes, and both took some
      for (const n of by) expect(names().has(n)).toBe(true);
      expect(new Set(by).size).toBe(2);
    } finally {
      await q.close();
    }
  }, 180_000);

  it('computes a pay run exactly once although both processes listen', async () => {
    const runId = await requestPayRun(t, finance, 'vushtrri');
    await expectComputedOnce(t, runId);
    const q = testQueue(t, 'pay-run.compute');
    try {
      const jobs = (await q.getJobs(['completed'])).filter((j) => (j.data as { runId?: string }).runId === runId);
      expect(jobs).toHaveLength(1);
      expect(names().has(jobs[0]?.processedBy ?? '')).toBe(true);
    } finally {
      await q.close();
    }
  }, 120_000);
});
