import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../src/bootstrap.js';
import { JobClient } from '../../src/common/jobs/job-client.js';
import { JobWorkerHost } from '../../src/common/jobs/job-worker.host.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { QUEUE_BACKENDS, startTestApp, testQueue, type TestApp } from '../support/test-app.js';

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
    const codes = [
      'decan',
      'junik',
      'gjakove',
      'istog',
      'kline',
      'peje',
      'prizren',
      'suhareke',
      'rahovec',
      'malisheve',
      'dragash',
      'mamushe',
    ];
    const ids: string[] = [];
    for (const code of codes) {
      const res = await t
        .http()
        .post('/api/v1/reports')
        .set('authorization', finance)
        .send({ type: 'kkr-members', params: { municipalityCode: code } });
      expect(res.status).toBe(202);
      ids.push(res.body.id as string);
    }
    for (let i = 0; i < 600; i++) {
      const done = await t.db.prisma.reportRequest.count({ where: { id: { in: ids }, status: { in: ['COMPLETED', 'FAILED'] } } });
      if (done === ids.length) break;
      await sleep(100);
    }
    expect(await t.db.prisma.reportRequest.count({ where: { id: { in: ids }, status: 'COMPLETED' } })).toBe(ids.length);
    const perWorker = workers.map((w) => w.get(JobWorkerHost).completedJobs('report.render'));
    expect(perWorker.reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(perWorker.every((n) => n > 0)).toBe(true);
    expect(
      await t.db.prisma.auditEvent.count({ where: { entity: 'ReportRequest', action: 'rendered', entityIds: { hasSome: ids } } }),
    ).toBe(ids.length);
  });

  it('computes a pay run exactly once although both workers listen', async () => {
    await createExampleTariff(t.db);
    await createAssignedEnumerator(t.db, 'vushtrri');
    const before = workers.map((w) => w.get(JobWorkerHost).completedJobs('pay-run.compute'));
    const res = await t.http().post('/api/v1/payroll/runs').set('authorization', finance).send({ municipalityCode: 'vushtrri' });
    expect(res.status).toBe(202);
    const runId = res.body.id as string;
    // Asking again while it waits or runs is the same job.
    expect((await t.app.get(JobClient).enqueue('pay-run.compute', { runId })).outcome).toBe('duplicate');
    let status = '';
    for (let i = 0; i < 300 && status !== 'COMPUTED' && status !== 'FAILED'; i++) {
      status = (await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: runId } })).status;
      if (status !== 'COMPUTED') await sleep(100);
    }
    expect(status).toBe('COMPUTED');
    await sleep(300);
    const after = workers.map((w) => w.get(JobWorkerHost).completedJobs('pay-run.compute'));
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await t.db.prisma.auditEvent.count({ where: { entity: 'PayRun', action: 'computed', entityIds: { has: runId } } })).toBe(1);
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
