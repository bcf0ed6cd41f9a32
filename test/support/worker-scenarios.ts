import { expect } from '@jest/globals';
import { createAssignedEnumerator, createExampleTariff } from './payroll-factories.js';
import type { TestApp } from './test-app.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Twelve municipalities: one KKR member list each makes a batch of report requests. */
const BATCH = ['decan', 'junik', 'gjakove', 'istog', 'kline', 'peje', 'prizren', 'suhareke', 'rahovec', 'malisheve', 'dragash', 'mamushe'];

/**
 * Requests a batch of reports, waits until all are done and checks that each was rendered
 * exactly once (COMPLETED, one `rendered` audit event each). Returns the request ids.
 */
export async function renderReportBatch(t: TestApp, token: string): Promise<string[]> {
  // Sent at once, so the jobs wait together and no single worker can hold them all (each takes
  // a few at a time): sent one by one, the first worker to ask could take every job.
  const responses = await Promise.all(
    BATCH.map((code) =>
      t
        .http()
        .post('/api/v1/reports')
        .set('authorization', token)
        .send({ type: 'kkr-members', params: { municipalityCode: code } }),
    ),
  );
  for (const res of responses) expect(res.status).toBe(202);
  const ids = responses.map((res) => res.body.id as string);
  for (let i = 0; i < 1200; i++) {
    const done = await t.db.prisma.reportRequest.count({ where: { id: { in: ids }, status: { in: ['COMPLETED', 'FAILED'] } } });
    if (done === ids.length) break;
    await sleep(100);
  }
  expect(await t.db.prisma.reportRequest.count({ where: { id: { in: ids }, status: 'COMPLETED' } })).toBe(ids.length);
  expect(await t.db.prisma.auditEvent.count({ where: { entity: 'ReportRequest', action: 'rendered', entityIds: { hasSome: ids } } })).toBe(
    ids.length,
  );
  return ids;
}

/** Creates a run for one municipality with one paid enumerator. Returns the run's id. */
export async function requestPayRun(t: TestApp, token: string, municipalityCode: string): Promise<string> {
  await createExampleTariff(t.db);
  await createAssignedEnumerator(t.db, municipalityCode);
  const res = await t.http().post('/api/v1/payroll/runs').set('authorization', token).send({ municipalityCode });
  expect(res.status).toBe(202);
  return res.body.id as string;
}

/** Waits for the run to be computed and checks it was computed exactly once (one audit event). */
export async function expectComputedOnce(t: TestApp, runId: string): Promise<void> {
  let status = '';
  for (let i = 0; i < 600 && status !== 'COMPUTED' && status !== 'FAILED'; i++) {
    status = (await t.db.prisma.payRun.findUniqueOrThrow({ where: { id: runId } })).status;
    if (status !== 'COMPUTED') await sleep(100);
  }
  expect(status).toBe('COMPUTED');
  await sleep(300);
  expect(await t.db.prisma.auditEvent.count({ where: { entity: 'PayRun', action: 'computed', entityIds: { has: runId } } })).toBe(1);
}
