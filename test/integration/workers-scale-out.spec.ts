import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../src/bootstrap.js';
import { JobClient } from '../../src/common/jobs/job-client.js';
import { JobWorkerHost } from '../../src/common/jobs/job-worker.host.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { QUEUE_BACKENDS, startTestApp, testQueue, type TestApp } from '../support/test-app.js';
import { expectComputedOnce, renderReportBatch, requestPayRun } from '../support/worker-scenarios.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Production layout on each queue backend: an API that runs no jobs (WORKER_IN_PROCESS=false)
 * and two worker applications (src/worker.ts's createWorker, each with its own connections, as
 * on two machines) sharing one PostgreSQL and one queue store.
 */
describe.each(QUEUE_BACKENDS)('workers scale out (queues on %s)', (backend) => {
  let t: TestApp;
  let dir: string;
  let finance: string;
  let workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-scale-out-'));
    t = await startTestApp({ WORKER_IN_PROCESS: 'false', REPORTS_DIR: dir, QUEUE_BACKEND: backend });
    finance = await t.tokenFor(Role.FINANCE);
    // Both workers schedule the hourly cleanup every 400 ms: still one schedule for the cluster.
    workers = await Promise.all([1, 2].map(() => createWorker(t.config, t.db.handle, { scheduleEveryMs: { 'report.cleanup': 400 } })));
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shares a batch of report requests between both workers, each rendered once', async () => {
    const ids = await renderReportBatch(t, finance);
    const perWorker = workers.map((w) => w.get(JobWorkerHost).completedJobs('report.render'));
    expect(perWorker.reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(perWorker.every((n) => n > 0)).toBe(true);
  });

  it('computes a pay run exactly once although both workers listen', async () => {
    const before = workers.map((w) => w.get(JobWorkerHost).completedJobs('pay-run.compute'));
    const runId = await requestPayRun(t, finance, 'vushtrri');
    // Asking again while it waits or runs is the same job.
    expect((await t.app.get(JobClient).enqueue('pay-run.compute', { runId })).outcome).toBe('duplicate');
    await expectComputedOnce(t, runId);
    const after = workers.map((w) => w.get(JobWorkerHost).completedJobs('pay-run.compute'));
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('keeps one job schedule for the cluster, which runs once per tick, not once per worker', async () => {
    const q = testQueue(t, 'report.cleanup');
    try {
      const schedulers = await q.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.every])).toEqual([['report.cleanup', 400]]);
      const start = workers.map((w) => w.get(JobWorkerHost).completedJobs('report.cleanup'));
      const t0 = Date.now();
      await sleep(3_000);
      const elapsed = Date.now() - t0;
      const runs = workers.map((w, i) => w.get(JobWorkerHost).completedJobs('report.cleanup') - (start[i] ?? 0)).reduce((a, b) => a + b, 0);
      expect(runs).toBeGreaterThanOrEqual(2);
      // Two schedules would run about twice per tick.
      expect(runs).toBeLessThanOrEqual(Math.ceil(elapsed / 400) + 1);
    } finally {
      await q.close();
    }
  });
});
