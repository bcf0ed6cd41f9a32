import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { extractText, getDocumentProxy } from 'unpdf';
import { createWorker } from '../../src/bootstrap.js';
import { JobWorkerHost } from '../../src/common/jobs/job-worker.host.js';
import { Role } from '../../src/generated/prisma/enums.js';
import { reportFilePath } from '../../src/reports/report-render.service.js';
import { ReportRepository } from '../../src/reports/report.repository.js';
import { createJobTransport, type JobQueue } from '../../src/common/jobs/job-transport.js';
import { loseAllJobs, QUEUE_BACKENDS, startTestApp, testQueue, type TestApp } from '../support/test-app.js';

/**
 * The job side of reports as in production: an API without workers (WORKER_IN_PROCESS=false)
 * and separate worker applications (src/worker.ts's createWorker) on the same PostgreSQL,
 * queue store and reports directory, started only where a test needs them; on each queue
 * backend (Redis, PostgreSQL).
 */

const BASE = '/api/v1/reports';
const QUEUE = 'report.render';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(QUEUE_BACKENDS)('report jobs (queues on %s)', (backend) => {
  let t: TestApp;
  let dir: string;
  let finance: string;
  let queue: JobQueue;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-report-jobs-'));
    t = await startTestApp({ WORKER_IN_PROCESS: 'false', REPORTS_DIR: dir, QUEUE_BACKEND: backend });
    finance = await t.tokenFor(Role.FINANCE);
    queue = testQueue(t, QUEUE);
  });

  afterAll(async () => {
    await queue.close();
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function withWorker<T>(fn: (w: INestApplicationContext) => Promise<T>): Promise<T> {
    const w = await createWorker(t.config, t.db.handle);
    try {
      return await fn(w);
    } finally {
      await w.close();
    }
  }

  async function statusOf(id: string, wanted: readonly string[]) {
    for (let i = 0; i < 300; i++) {
      const r = await t.db.prisma.reportRequest.findUniqueOrThrow({ where: { id } });
      if (wanted.includes(r.status)) return r;
      await sleep(100);
    }
    throw new Error(`report ${id} never reached ${wanted.join('/')}`);
  }

  async function kkrReport(code: string, name: string) {
    const mun = await t.db.municipalityId(code);
    await t.db.prisma.kkrMember.create({
      data: { municipalityId: mun, position: 1, fullName: name, currentJob: 'Drejtor', kkrRole: 'CHAIR', isMunicipalStaff: true },
    });
    const res = await t
      .http()
      .post(BASE)
      .set('authorization', finance)
      .send({ type: 'kkr-members', params: { municipalityCode: code } });
    expect(res.status).toBe(202);
    return res.body.id as string;
  }

  async function textOf(file: string): Promise<string> {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile(file))), { mergePages: true });
    return text;
  }

  it('re-queues from PostgreSQL a request whose job vanished when the queue store was flushed', async () => {
    const id = await kkrReport('istog', 'Ilir Rugova');
    expect(await queue.getJobState(`report.render-${id}`)).toBe('waiting');
    await loseAllJobs(t);
    expect(await queue.getJobState(`report.render-${id}`)).toBe('unknown');

    const r = await withWorker(async (w) => {
      await w.get(JobWorkerHost).recoverNow();
      return statusOf(id, ['COMPLETED', 'FAILED']);
    });
    expect(r.status).toBe('COMPLETED');
    expect(await textOf(path.join(dir, r.filePath as string))).toContain('Ilir Rugova');
  });

  it('yields exactly one file and one completed record when a worker dies in the middle of a job', async () => {
    const id = await kkrReport('kline', 'Mimoza Ahmeti');
    const row = await t.db.prisma.reportRequest.findUniqueOrThrow({ where: { id } });
    const final = path.join(dir, reportFilePath(row));

    // Worker A takes the job, starts it (claims the request, begins writing, even renames a
    // half-written file into place), then dies: it never finishes and stops renewing its lock.
    let started!: () => void;
    const isStarted = new Promise<void>((r) => (started = r));
    const transport = createJobTransport(t.config, t.db.url);
    const doomed = transport.worker(
      QUEUE,
      async () => {
        await t.app.get(ReportRepository).claim(id, new Date());
        await mkdir(path.dirname(final), { recursive: true });
        await writeFile(`${final}.deadbeef.tmp`, '%PDF-1.7 half');
        await writeFile(final, '%PDF-1.7 half a document');
        started();
        await new Promise(() => undefined); // killed here
      },
      1,
      { lockDuration: 1_000, stalledInterval: 300 },
    );
    await isStarted;
    expect(await t.db.prisma.reportRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RUNNING', attempts: 1 });
    await doomed.close(true);
    await sleep(1_500); // A's lock expires

    // Worker B finds the stalled job and runs it again.
    // Stalled-job detection (any worker of the cluster does it; here one that runs no jobs, with a
    // short interval instead of the 30 s default) puts the job back in the queue.
    const detector = transport.worker(QUEUE, async () => undefined, 1, { autorun: false, stalledInterval: 200 });
    await detector.startStalledCheckTimer();
    const stalled = new Promise<string>((resolve) => detector.on('stalled', (jobId: string) => resolve(jobId)));
    expect(await stalled).toBe(`report.render-${id}`);
    await detector.close();

    // Worker B runs it again.
    const r = await withWorker(() => statusOf(id, ['COMPLETED', 'FAILED']));
    expect(r).toMatchObject({ status: 'COMPLETED', attempts: 2, progress: 100 });
    const files = (await readdir(path.dirname(final))).filter((f) => f.startsWith(id));
    expect(files).toEqual([`${id}.pdf`]);
    expect(path.join(dir, r.filePath as string)).toBe(final);
    expect(await textOf(final)).toContain('Mimoza Ahmeti');
    expect(await t.db.prisma.reportRequest.count({ where: { id, status: 'COMPLETED' } })).toBe(1);
    expect(await t.db.prisma.auditEvent.count({ where: { entity: 'ReportRequest', action: 'rendered', entityIds: { has: id } } })).toBe(1);
  });
});
