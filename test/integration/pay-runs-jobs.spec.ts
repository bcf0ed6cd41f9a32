import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../src/bootstrap.js';
import { JobClient } from '../../src/common/jobs/job-client.js';
import { JobWorkerHost } from '../../src/common/jobs/job-worker.host.js';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { runTable } from '../../src/payroll/runs/pay-run-bulk.repository.js';
import { auditFor, createAssignment, createEa, createStaff } from '../support/factories.js';
import { QUEUE_BACKENDS, startTestApp, testQueue, type TestApp } from '../support/test-app.js';
import type { JobQueue } from '../../src/common/jobs/job-transport.js';

/**
 * The job side of pay runs, as in production: an API without workers (WORKER_IN_PROCESS=false)
 * and a separate worker application (src/worker.ts's createWorker) on the same PostgreSQL and
 * queue store, started only where a test needs it; on each queue backend (Redis, PostgreSQL).
 */

const BASE = '/api/v1/payroll/runs';
const QUEUE = 'pay-run.compute';
const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(QUEUE_BACKENDS)('pay run jobs (queues on %s)', (backend) => {
  let t: TestApp;
  let finance: string;
  let queue: JobQueue;
  let tariffId: string;

  beforeAll(async () => {
    t = await startTestApp({ WORKER_IN_PROCESS: 'false', QUEUE_BACKEND: backend });
    finance = await t.tokenFor(Role.FINANCE);
    queue = testQueue(t, QUEUE);
    const tariff = await t.db.prisma.tariff.create({
      data: {
        ...EXAMPLE_TARIFF,
        version: 1,
        name: 'example tariff (BRIEF.md)',
        effectiveFrom: day('2023-10-01'),
        prepFrom: day(EXAMPLE_TARIFF.prepFrom),
        prepTo: day(EXAMPLE_TARIFF.prepTo),
        interviewFrom: day(EXAMPLE_TARIFF.interviewFrom),
        interviewTo: day(EXAMPLE_TARIFF.interviewTo),
        payMonths: EXAMPLE_TARIFF.payMonths.map((m) => ({ ...m })),
      },
    });
    tariffId = tariff.id;
  });

  afterAll(async () => {
    await queue.close();
    await t.close();
  });

  async function withWorker<T>(fn: (w: INestApplicationContext) => Promise<T>): Promise<T> {
    const w = await createWorker(t.config, t.db.handle);
    try {
      return await fn(w);
    } finally {
      await w.close();
    }
  }

  async function statusOf(runId: string, wanted: readonly string[]) {
    for (let i = 0; i < 300; i++) {
      const run = await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: runId } });
      if (wanted.includes(run.status)) return run;
      await sleep(100);
    }
    throw new Error(`run ${runId} never reached ${wanted.join('/')}`);
  }

  /** One enumerator paid 150.00 + 1 × 0.30 + 1 × 0.50 + 1 × 1.00 + 2 × 0.80 = 153.40. */
  async function payableEnumerator(mun: string) {
    const s = await createStaff(t.db, mun, { kind: StaffKind.ENUMERATOR, engagementStart: '2023-10-16', engagementEnd: '2023-12-15' });
    const municipalityId = await t.db.municipalityId(mun);
    const ea = await createEa(t.db, mun);
    await createAssignment(t.db.prisma, { eaId: ea.id, enumeratorId: s.id, municipalityId, validFrom: '2023-11-01' });
    await t.db.prisma.eaCount.create({
      data: {
        eaId: ea.id,
        enumeratorId: s.id,
        municipalityId,
        version: 1,
        buildings: 1,
        dwellings: 1,
        households: 1,
        individuals: 2,
        diasporaPersons: 0,
        diasporaListComplete: true,
      },
    });
    return { staff: s, municipalityId };
  }

  it('queues one job per run (a duplicate request is the same job) and a separate worker process computes it', async () => {
    await payableEnumerator('vushtrri');
    const res = await t.http().post(BASE).set('authorization', finance).send({ municipalityCode: 'vushtrri' });
    expect(res.status).toBe(202);
    const runId = res.body.id as string;
    expect(await queue.getJobState(`pay-run.compute-${runId}`)).toBe('waiting');
    expect(await t.app.get(JobClient).enqueue('pay-run.compute', { runId })).toEqual({
      jobId: `pay-run.compute-${runId}`,
      outcome: 'duplicate',
    });
    expect((await queue.getJobs(['waiting'])).filter((j) => j.id === `pay-run.compute-${runId}`)).toHaveLength(1);

    const run = await withWorker(() => statusOf(runId, ['COMPUTED', 'FAILED']));
    expect(run).toMatchObject({ status: 'COMPUTED', progress: 100, peopleCount: 1, netCents: 15340n });
    const job = await queue.getJob(`pay-run.compute-${runId}`);
    expect(job?.progress).toBe(100);
    expect(await job?.getState()).toBe('completed');
  });

  it('finds runs whose job the queue store lost from PostgreSQL, and a new attempt first removes partial results', async () => {
    const { staff, municipalityId } = await payableEnumerator('skenderaj');
    const creator = t.userIdOf(finance);
    // As if Redis had been flushed after the run was requested, and an attempt had died half-way.
    const lost = await t.db.prisma.payRun.create({
      data: { kind: 'REGULAR', status: 'COMPUTING', municipalityId, tariffId, createdById: creator },
    });
    await t.db.prisma.payPerson.create({
      data: {
        runId: lost.id,
        staffId: staff.id,
        municipalityId,
        kind: 'ENUMERATOR',
        status: 'PAYABLE',
        grossCents: 1n,
        deductionsCents: 0n,
        netCents: 1n,
        fullName: 'partial',
      },
    });
    await t.db.prisma.payLine.create({
      data: {
        runId: lost.id,
        staffId: staff.id,
        municipalityId,
        lineType: 'PIECE',
        quantity: 1,
        rate: '0.0100',
        amountCents: 1n,
        tariffVersion: 1,
      },
    });
    // The dead attempt had also begun its own line table (not yet attached) with a line in it.
    await t.db.prisma.$executeRawUnsafe(`CREATE TABLE ${runTable('PayLine', lost.id)} (LIKE "PayLine" INCLUDING DEFAULTS)`);
    await t.db.prisma.$executeRawUnsafe(
      `INSERT INTO ${runTable('PayLine', lost.id)} ("runId", "staffId", "municipalityId", "lineType", quantity, rate, "amountCents", "tariffVersion")
       VALUES ('${lost.id}', '${staff.id}', '${municipalityId}', 'PIECE', 1, 0.01, 7, 1)`,
    );
    expect(await queue.getJobState(`pay-run.compute-${lost.id}`)).toBe('unknown');

    const run = await withWorker(async (w) => {
      await w.get(JobWorkerHost).recoverNow();
      return statusOf(lost.id, ['COMPUTED', 'FAILED']);
    });
    expect(run).toMatchObject({ status: 'COMPUTED', peopleCount: 1, netCents: 15340n });
    const lines = await t.db.prisma.payLine.findMany({ where: { runId: lost.id } });
    expect(lines.map((l) => Number(l.amountCents)).sort((a, b) => a - b)).toEqual([30, 50, 100, 160, 15000]);
    // The lines are the run's own partition of PayLine, indexed; nothing is left in the default partition.
    const homes = await t.db.prisma.$queryRawUnsafe<{ home: string }[]>(
      `SELECT DISTINCT tableoid::regclass::text AS home FROM "PayLine" WHERE "runId" = '${lost.id}'`,
    );
    expect(homes).toEqual([{ home: runTable('PayLine', lost.id) }]);
    const peopleHomes = await t.db.prisma.$queryRawUnsafe<{ home: string }[]>(
      `SELECT DISTINCT tableoid::regclass::text AS home FROM "PayPerson" WHERE "runId" = '${lost.id}'`,
    );
    expect(peopleHomes).toEqual([{ home: runTable('PayPerson', lost.id) }]);
    const pkey = await t.db.prisma.$queryRawUnsafe<{ def: string }[]>(
      `SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid = '${runTable('PayLine', lost.id)}'::regclass AND indisprimary`,
    );
    expect(pkey[0]?.def).toContain('("runId", "staffId", id)');
    expect(await t.db.prisma.payPerson.findMany({ where: { runId: lost.id } })).toMatchObject([
      { fullName: staff.fullName, netCents: 15340n },
    ]);
  });

  it('fails a malformed payload for good, before any work', async () => {
    await queue.add(QUEUE, { runId: 'not-a-uuid', extra: 1 }, { jobId: 'malformed-1', attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    const job = await withWorker(async () => {
      for (let i = 0; i < 100; i++) {
        if ((await queue.getJobState('malformed-1')) === 'failed') break;
        await sleep(100);
      }
      return queue.getJob('malformed-1');
    });
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe('malformed pay-run.compute payload (runId, (payload))');
  });

  it('marks a run FAILED with the reason after its last attempt, keeps the failed job, and recomputes it once fixed', async () => {
    await payableEnumerator('zvecan');
    // A stored tariff that no longer converts (never possible through the API): a permanent failure.
    const broken = await t.db.prisma.tariff.create({
      data: {
        ...EXAMPLE_TARIFF,
        version: 2,
        name: 'broken',
        effectiveFrom: day('2099-01-01'),
        prepFrom: day(EXAMPLE_TARIFF.prepFrom),
        prepTo: day(EXAMPLE_TARIFF.prepTo),
        interviewFrom: day(EXAMPLE_TARIFF.interviewFrom),
        interviewTo: day(EXAMPLE_TARIFF.interviewTo),
        payMonths: [],
      },
    });
    const res = await t.http().post(BASE).set('authorization', finance).send({ municipalityCode: 'zvecan', tariffVersion: 2 });
    expect(res.status).toBe(202);
    const runId = res.body.id as string;
    const failed = await withWorker(() => statusOf(runId, ['FAILED', 'COMPUTED']));
    expect(failed.status).toBe('FAILED');
    expect(failed.failedReason).toContain('stored tariff version 2 is invalid');
    expect(await queue.getJobState(`pay-run.compute-${runId}`)).toBe('failed');

    await t.db.prisma.tariff.update({ where: { id: broken.id }, data: { payMonths: EXAMPLE_TARIFF.payMonths.map((m) => ({ ...m })) } });
    const again = await t.http().post(`${BASE}/${runId}/recompute`).set('authorization', finance);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ status: 'QUEUED', failedReason: null });
    const run = await withWorker(() => statusOf(runId, ['COMPUTED', 'FAILED']));
    expect(run).toMatchObject({ status: 'COMPUTED', failedReason: null, netCents: 15340n });
    expect((await auditFor(t.db.prisma, runId)).map((a) => a.action)).toEqual(['created', 'recompute-requested', 'computed']);
  });
});
