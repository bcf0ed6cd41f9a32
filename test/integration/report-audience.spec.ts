import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/generated/prisma/enums.js';
import { formatIban } from '../../src/staff/domain/iban.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Documents belong to who may read them: a report is rendered for its requester's audience
 * (national: full national ids and IBANs; a municipality: masked), reused only within that
 * audience, and a municipality reads only its own municipality's municipal copies of runs the
 * payroll API shows it. Real app, worker in-process, Chromium; PDFs read back with unpdf.
 */

const BASE = '/api/v1/reports';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('report audiences', () => {
  let t: TestApp;
  let dir: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;
  let tariff: { id: string; version: number };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-audience-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    [finance, prishtine, prizren] = await Promise.all([
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.MUNICIPALITY, 'prishtine'),
      t.tokenFor(Role.MUNICIPALITY, 'prizren'),
    ]);
    tariff = await createExampleTariff(t.db);
  });

  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const post = (token: string, body: object) => t.http().post(BASE).set('authorization', token).send(body);

  async function completed(token: string, id: string) {
    for (let i = 0; i < 600; i++) {
      const res = await t.http().get(`${BASE}/${id}`).set('authorization', token).expect(200);
      if (res.body.status === 'COMPLETED') return res.body as { id: string; sha256: string; audience: string };
      if (res.body.status === 'FAILED') throw new Error(`report failed: ${res.body.error}`);
      await sleep(100);
    }
    throw new Error('report never completed');
  }

  async function text(token: string, id: string): Promise<string> {
    const res = await t.http().get(`${BASE}/${id}/file`).set('authorization', token).buffer(true).parse(binary).expect(200);
    return (await extractText(await getDocumentProxy(new Uint8Array(res.body as Buffer)), { mergePages: true })).text;
  }

  const listed = async (token: string) =>
    ((await t.http().get(`${BASE}?limit=200`).set('authorization', token).expect(200)).body.items as { id: string }[]).map((r) => r.id);

  it('keeps a statement finance requested away from the municipality, which gets its own masked copy', async () => {
    const { run, staff } = await createPaidRun(t.db, tariff, [{ municipalityCode: 'prishtine', fullName: 'Vjosa Statement' }], {
      runMunicipalityCode: 'prishtine',
    });
    const person = staff[0] as (typeof staff)[number];
    const body = { type: 'payment-statement', params: { runId: run.id, staffId: person.id }, language: 'en' };

    const national = (await post(finance, body).expect(202)).body as { id: string; audience: string };
    expect(national.audience).toBe('NATIONAL');
    const nationalDone = await completed(finance, national.id);
    const full = await text(finance, national.id);
    expect(full).toContain(person.nationalId);
    expect(full).toContain(formatIban(person.iban as string));

    // The municipality of the person cannot list, read or download the national copy.
    expect(await listed(prishtine)).not.toContain(national.id);
    expect((await t.http().get(`${BASE}/${national.id}`).set('authorization', prishtine)).status).toBe(404);
    const file = await t.http().get(`${BASE}/${national.id}/file`).set('authorization', prishtine);
    expect(file.status).toBe(404);
    expect(file.body.error.code).toBe('REPORT_UNKNOWN');

    // The same parameters from the municipality: its own request and file, masked.
    const municipal = (await post(prishtine, body).expect(202)).body as { id: string; reused: boolean; audience: string };
    expect(municipal).toMatchObject({ reused: false, audience: 'MUNICIPAL' });
    expect(municipal.id).not.toBe(national.id);
    const municipalDone = await completed(prishtine, municipal.id);
    expect(municipalDone.sha256).not.toBe(nationalDone.sha256);
    const masked = await text(prishtine, municipal.id);
    expect(masked).toContain(`******${person.nationalId.slice(-4)}`);
    expect(masked).not.toContain(person.nationalId);
    expect(masked).not.toContain(formatIban(person.iban as string));

    // Each audience reuses its own copy only.
    expect((await post(prishtine, body).expect(202)).body).toMatchObject({ id: municipal.id, reused: true });
    expect((await post(finance, body).expect(202)).body).toMatchObject({ id: national.id, reused: true });
    expect(await listed(prishtine)).toContain(municipal.id);
    // National readers may read both (the masked copy tells them nothing new).
    expect(await listed(finance)).toEqual(expect.arrayContaining([national.id, municipal.id]));
  }, 120_000);

  it('hides documents of a national run from a municipality, as the payroll API does', async () => {
    const { run, staff } = await createPaidRun(t.db, tariff, [{ municipalityCode: 'prizren', fullName: 'Naim National' }]);
    const person = staff[0] as (typeof staff)[number];
    // the payroll API: the national run is not the municipality's
    expect((await t.http().get(`/api/v1/payroll/runs/${run.id}`).set('authorization', prizren)).status).toBe(404);

    const body = { type: 'payment-statement', params: { runId: run.id, staffId: person.id } };
    const national = (await post(finance, body).expect(202)).body as { id: string };
    await completed(finance, national.id);
    expect(await listed(prizren)).not.toContain(national.id);
    expect((await t.http().get(`${BASE}/${national.id}`).set('authorization', prizren)).status).toBe(404);
    expect((await t.http().get(`${BASE}/${national.id}/file`).set('authorization', prizren)).status).toBe(404);
    const refused = await post(prizren, body);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('PAY_RUN_UNKNOWN');
    for (const other of [
      { type: 'payroll-summary', params: { runId: run.id } },
      { type: 'payment-statement-pack', params: { runId: run.id, municipalityCode: 'prizren' } },
    ])
      expect((await post(prizren, other)).status).toBe(404);

    // Even a municipal copy of a national run (one filed before this rule) stays invisible:
    // the record follows the payroll API's visibility of its run.
    const stale = await t.db.prisma.reportRequest.create({
      data: {
        type: 'payment-statement',
        params: body.params,
        language: 'sq',
        municipalityId: person.municipalityId,
        requestedById: t.userIdOf(prizren),
        requesterRole: 'MUNICIPALITY',
        audience: 'MUNICIPAL',
        payRunId: run.id,
        status: 'COMPLETED',
        progress: 100,
        contentHash: 'd'.repeat(64),
        filePath: `${national.id}.pdf`,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(await listed(prizren)).not.toContain(stale.id);
    expect((await t.http().get(`${BASE}/${stale.id}`).set('authorization', prizren)).status).toBe(404);
    expect((await t.http().get(`${BASE}/${stale.id}/file`).set('authorization', prizren)).status).toBe(404);
  }, 120_000);
});
