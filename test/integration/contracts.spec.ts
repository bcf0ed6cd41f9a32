import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/generated/prisma/enums.js';
import { auditFor, createStaff, uniq } from '../support/factories.js';
import { computeRunOverHttp, createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Contracts end to end over HTTP: the lifecycle with an uploaded scan and with a paper
 * reference, municipality scope, numbers without gaps under concurrent creation, and the pay
 * gate in a real pay run (blocked with the reason, paid after signing), the number on the
 * statement PDF and in the bank file's reference.
 */

const BASE = '/api/v1/contracts';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('contracts', () => {
  let t: TestApp;
  let reportsDir: string;
  let dataDir: string;
  let admin: string;
  let finance: string;
  let finance2: string;
  let prishtine: string;
  let prizren: string;

  /** A census of this test (unique code), optionally gating pay on contracts. */
  async function census(settings: object = {}) {
    const code = `t-${uniq().toLowerCase()}`;
    await t.db.prisma.census.create({
      data: {
        code,
        name: `Test census ${code}`,
        country: 'XK',
        languages: ['sq', 'sr', 'en'],
        timeZone: 'Europe/Belgrade',
        referenceDate: new Date('2023-10-15T00:00:00Z'),
        settings,
      },
    });
    return code;
  }

  /** Render a report as finance and read its text back (whitespace collapsed). */
  async function pdfText(body: object): Promise<string> {
    const requested = await post(finance, '/api/v1/reports', body).expect(202);
    let status = '';
    for (let i = 0; i < 600 && status !== 'COMPLETED'; i++) {
      const r = await t
        .http()
        .get(`/api/v1/reports/${requested.body.id as string}`)
        .set('authorization', finance)
        .expect(200);
      status = r.body.status as string;
      if (status === 'FAILED') throw new Error(String(r.body.failedReason));
      if (status !== 'COMPLETED') await sleep(100);
    }
    const file = await t
      .http()
      .get(`/api/v1/reports/${requested.body.id as string}/file`)
      .set('authorization', finance)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.body as Buffer)), { mergePages: true });
    return text.replace(/\s+/g, ' ');
  }

  const post = (token: string, url: string, body?: object) => {
    const req = t.http().post(url).set('authorization', token);
    return body === undefined ? req : req.send(body);
  };

  beforeAll(async () => {
    reportsDir = await mkdtemp(path.join(tmpdir(), 'terren-contracts-reports-'));
    dataDir = await mkdtemp(path.join(tmpdir(), 'terren-contracts-data-'));
    t = await startTestApp({ REPORTS_DIR: reportsDir, DATA_DIR: dataDir });
    [admin, finance, finance2, prishtine, prizren] = await Promise.all([
      t.tokenFor(Role.ADMIN),
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.MUNICIPALITY, 'prishtine'),
      t.tokenFor(Role.MUNICIPALITY, 'prizren'),
    ]);
    await createExampleTariff(t.db);
  });

  afterAll(async () => {
    await t.close();
    await rm(reportsDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('takes a contract from generated to sent, signed with a scan, and ended; refuses wrong steps; keeps other municipalities out', async () => {
    const code = await census();
    const person = await createAssignedEnumerator(t.db, 'prishtine');

    // Only ASK generates contracts.
    expect((await post(prishtine, BASE, { staffId: person.enumeratorId, censusCode: code })).status).toBe(403);
    const created = await post(finance, BASE, { staffId: person.enumeratorId, censusCode: code }).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      number: `${code}-000001`,
      status: 'GENERATED',
      periodFrom: '2023-10-15',
      periodTo: '2023-12-15',
      census: { code },
      staff: { id: person.enumeratorId },
    });
    const again = await post(finance, BASE, { staffId: person.enumeratorId, censusCode: code }).expect(409);
    expect(again.body.error.code).toBe('CONTRACT_EXISTS');

    // Another municipality sees nothing and changes nothing.
    expect((await t.http().get(`${BASE}/${id}`).set('authorization', prizren)).status).toBe(404);
    expect((await post(prizren, `${BASE}/${id}/sent`)).status).toBe(404);
    const theirList = await t.http().get(BASE).set('authorization', prizren).expect(200);
    expect(JSON.stringify(theirList.body)).not.toContain(id);
    const ownList = await t.http().get(`${BASE}?staffId=${person.enumeratorId}`).set('authorization', prishtine).expect(200);
    expect(ownList.body.items.map((c: { id: string }) => c.id)).toEqual([id]);

    // Signed only once sent.
    const early = await post(prishtine, `${BASE}/${id}/signature`, { signedOn: '2023-10-14', signedBy: 'X', paperReference: 'P-1' }).expect(
      409,
    );
    expect(early.body.error.code).toBe('CONTRACT_TRANSITION_INVALID');
    await post(prishtine, `${BASE}/${id}/sent`).expect(200);
    expect((await post(prishtine, `${BASE}/${id}/sent`).expect(409)).body.error.code).toBe('CONTRACT_TRANSITION_INVALID');

    const scanUrl = `${BASE}/${id}/signature?signedOn=2023-10-14&signedBy=${encodeURIComponent('Arta Krasniqi')}`;
    // The bytes must be what the type says, the file within the limit, the date not in the future.
    const lying = await post(prishtine, scanUrl).set('content-type', 'image/png').send(PDF).expect(415);
    expect(lying.body.error.code).toBe('CONTRACT_SCAN_INVALID');
    await post(prishtine, scanUrl).set('content-type', 'image/jpeg').send(PNG).expect(415);
    const exe = await post(prishtine, scanUrl).set('content-type', 'application/pdf').send(Buffer.from('MZ\x90\x00not a pdf')).expect(415);
    expect(exe.body.error.code).toBe('CONTRACT_SCAN_INVALID');
    const big = await post(prishtine, scanUrl)
      .set('content-type', 'application/pdf')
      .send(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    // JSON on the same route is small JSON.
    const bigJson = await post(prishtine, `${BASE}/${id}/signature`)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ signedOn: '2023-10-14', signedBy: 'x', paperReference: 'p'.repeat(70_000) }));
    expect(bigJson.status).toBe(413);
    const future = await post(prishtine, `${BASE}/${id}/signature?signedOn=2999-01-01&signedBy=A`)
      .set('content-type', 'application/pdf')
      .send(PDF)
      .expect(422);
    expect(future.body.error.code).toBe('CONTRACT_SIGNATURE_INVALID');
    expect(await readdir(path.join(dataDir, 'contract-scans')).catch(() => [])).toEqual([]);

    const signed = await post(prishtine, scanUrl).set('content-type', 'application/pdf').send(PDF).expect(200);
    expect(signed.body).toMatchObject({
      status: 'SIGNED',
      signedOn: '2023-10-14',
      signedBy: 'Arta Krasniqi',
      paperReference: null,
      scan: { type: 'application/pdf', size: PDF.length },
    });
    const files = await readdir(path.join(dataDir, 'contract-scans'));
    expect(files).toEqual([expect.stringMatching(new RegExp(`^${id}-[0-9a-f]{16}\\.pdf$`))]);

    const scan = await t.http().get(`${BASE}/${id}/scan`).set('authorization', prishtine).buffer(true).parse(binary).expect(200);
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(scan.body as Buffer, PDF)).toBe(0);
    expect((await t.http().get(`${BASE}/${id}/scan`).set('authorization', prizren)).status).toBe(404);

    // Ending is ASK's, on a leaving date inside the period.
    expect((await post(prishtine, `${BASE}/${id}/end`, { leavingDate: '2023-11-30' })).status).toBe(403);
    const outside = await post(finance, `${BASE}/${id}/end`, { leavingDate: '2024-01-10' }).expect(422);
    expect(outside.body.error.code).toBe('CONTRACT_END_INVALID');
    const ended = await post(finance, `${BASE}/${id}/end`, { leavingDate: '2023-11-30', reason: 'moved abroad' }).expect(200);
    expect(ended.body).toMatchObject({ status: 'ENDED', endedOn: '2023-11-30', endReason: 'moved abroad' });
    expect((await post(admin, `${BASE}/${id}/replace`, {}).expect(409)).body.error.code).toBe('CONTRACT_TRANSITION_INVALID');

    const audit = await auditFor(t.db.prisma, id);
    expect(audit.map((a) => a.action)).toEqual(['generated', 'sent', 'signed', 'ended']);
    expect(audit.every((a) => a.entity === 'Contract' && a.municipalityId === person.municipalityId)).toBe(true);
  });

  it('records a paper signature, refuses a signature with neither or both, and replaces a contract with a new number', async () => {
    const code = await census();
    const person = await createAssignedEnumerator(t.db, 'prishtine');
    const first = await post(finance, BASE, {
      staffId: person.enumeratorId,
      censusCode: code,
      periodFrom: '2023-10-15',
      periodTo: '2023-11-30',
    }).expect(201);
    const id = first.body.id as string;
    await post(prishtine, `${BASE}/${id}/sent`).expect(200);
    const neither = await post(prishtine, `${BASE}/${id}/signature`, { signedOn: '2023-10-14', signedBy: 'B' }).expect(400);
    expect(neither.body.error.code).toBe('VALIDATION_FAILED');
    const signed = await post(prishtine, `${BASE}/${id}/signature`, {
      signedOn: '2023-10-14',
      signedBy: 'Besnik G.',
      paperReference: 'ARK-2023/117',
    }).expect(200);
    expect(signed.body).toMatchObject({ status: 'SIGNED', paperReference: 'ARK-2023/117', scan: null });
    expect((await t.http().get(`${BASE}/${id}/scan`).set('authorization', prishtine).expect(404)).body.error.code).toBe(
      'CONTRACT_SCAN_MISSING',
    );

    expect((await post(prishtine, `${BASE}/${id}/replace`, {})).status).toBe(403);
    const replaced = await post(finance, `${BASE}/${id}/replace`, { periodTo: '2023-12-15' }).expect(200);
    // The contract document carries the number and period of the contract it prints.
    const doc = await pdfText({
      type: 'contract',
      params: { staffId: person.enumeratorId, contractId: replaced.body.contract.id },
      language: 'en',
    });
    expect(doc).toContain(`Contract number ${replaced.body.contract.number as string}`);
    expect(doc).toContain('Contract period');
    expect(replaced.body.replaced).toMatchObject({ id, status: 'REPLACED', replacedById: replaced.body.contract.id });
    expect(replaced.body.contract).toMatchObject({
      number: `${code}-000002`,
      status: 'GENERATED',
      periodFrom: '2023-10-15',
      periodTo: '2023-12-15',
    });
    const badPeriod = await post(finance, `${BASE}/${replaced.body.contract.id as string}/replace`, { periodFrom: '2023-12-20' }).expect(
      422,
    );
    expect(badPeriod.body.error.code).toBe('CONTRACT_PERIOD_INVALID');
    // A refused replacement takes no number: the next one is 3.
    const other = await createAssignedEnumerator(t.db, 'prishtine');
    expect((await post(finance, BASE, { staffId: other.enumeratorId, censusCode: code }).expect(201)).body.number).toBe(`${code}-000003`);
    // An unknown census is named as such.
    expect((await post(finance, BASE, { staffId: other.enumeratorId, censusCode: 'no-such-census' }).expect(422)).body.error.code).toBe(
      'CONTRACT_CENSUS_UNKNOWN',
    );
  });

  it('keeps a person with a contract: deletion is refused (set status LEFT instead)', async () => {
    const code = await census();
    const person = await createStaff(t.db, 'prishtine', { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' });
    await post(finance, BASE, { staffId: person.id, censusCode: code }).expect(201);
    const res = await t.http().delete(`/api/v1/staff/${person.id}`).set('authorization', admin).expect(409);
    expect(res.body.error.code).toBe('STAFF_IN_USE');
    expect(await t.db.prisma.staffMember.count({ where: { id: person.id } })).toBe(1);
  });

  it('numbers contracts created at the same time 1..n in their census, without gaps or repeats', async () => {
    const code = await census();
    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => createAssignedEnumerator(t.db, i % 2 ? 'prishtine' : 'prizren')));
    const results = await Promise.all(people.map((p) => post(finance, BASE, { staffId: p.enumeratorId, censusCode: code })));
    expect(results.map((r) => r.status)).toEqual(people.map(() => 201));
    const numbers = results.map((r) => r.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `${code}-${String(i + 1).padStart(6, '0')}`));
    // A second census counts on its own.
    const code2 = await census();
    expect((await post(finance, BASE, { staffId: people[0]?.enumeratorId, censusCode: code2 }).expect(201)).body.number).toBe(
      `${code2}-000001`,
    );
  });

  it('blocks an unsigned person in a pay run of a gating census, pays them after signing, and prints the number on the statement and in the bank reference', async () => {
    const code = await census({ contractGate: true });
    const censusId = (await t.db.prisma.census.findUniqueOrThrow({ where: { code } })).id;
    const unsigned = await createAssignedEnumerator(t.db, 'peje');
    const signedPerson = await createAssignedEnumerator(t.db, 'peje');
    const a = await post(finance, BASE, { staffId: unsigned.enumeratorId, censusCode: code }).expect(201);
    const b = await post(finance, BASE, { staffId: signedPerson.enumeratorId, censusCode: code }).expect(201);
    await post(finance, `${BASE}/${b.body.id as string}/sent`).expect(200);
    await post(finance, `${BASE}/${b.body.id as string}/signature`, {
      signedOn: '2023-10-14',
      signedBy: 'B',
      paperReference: 'P-B',
    }).expect(200);

    // Pay runs are not yet created in a census over the API: the run is put in the census directly, then recomputed.
    const runId = await computeRunOverHttp(t, finance, { municipalityCode: 'peje', census: 'xk-2023' });
    await t.db.prisma.payRun.update({ where: { id: runId }, data: { censusId } });
    const recompute = async () => {
      await post(finance, `/api/v1/payroll/runs/${runId}/recompute`).expect(202);
      for (let i = 0; i < 600; i++) {
        const r = await t.http().get(`/api/v1/payroll/runs/${runId}`).set('authorization', finance).expect(200);
        if (r.body.status === 'COMPUTED') return r.body as { peopleCount: number; blockedCount: number };
        if (r.body.status === 'FAILED') throw new Error(String(r.body.failedReason));
        await sleep(100);
      }
      throw new Error('not computed');
    };
    const people = async () =>
      (await t.http().get(`/api/v1/payroll/runs/${runId}/people`).set('authorization', finance).expect(200)).body.items as {
        staffId: string;
        status: string;
        blockReasons: { code: string }[];
        net: string;
      }[];

    let run = await recompute();
    expect(run).toMatchObject({ peopleCount: 1, blockedCount: 1 });
    let listed = await people();
    expect(listed.find((p) => p.staffId === unsigned.enumeratorId)).toMatchObject({
      status: 'BLOCKED',
      blockReasons: [expect.objectContaining({ code: 'NO_CONTRACT' })],
    });
    expect(listed.find((p) => p.staffId === signedPerson.enumeratorId)).toMatchObject({ status: 'PAYABLE', net: '150.00' });

    // Generated and sent is not enough; signed is.
    await post(prishtine, `${BASE}/${a.body.id as string}/sent`).expect(404);
    await post(finance, `${BASE}/${a.body.id as string}/sent`).expect(200);
    await post(finance, `${BASE}/${a.body.id as string}/signature`, {
      signedOn: '2023-10-15',
      signedBy: 'A',
      paperReference: 'P-A',
    }).expect(200);
    run = await recompute();
    expect(run).toMatchObject({ peopleCount: 2, blockedCount: 0 });
    listed = await people();
    expect(listed.find((p) => p.staffId === unsigned.enumeratorId)).toMatchObject({ status: 'PAYABLE', blockReasons: [], net: '150.00' });

    const statement = await t
      .http()
      .get(`/api/v1/payroll/runs/${runId}/people/${unsigned.enumeratorId}/statement`)
      .set('authorization', finance)
      .expect(200);
    expect(statement.body.person.contractNumber).toBe(a.body.number);

    // The statement PDF in every language names the contract.
    for (const [language, label] of [
      ['sq', 'Numri i kontratës'],
      ['sr', 'Broj ugovora'],
      ['en', 'Contract number'],
    ] as const) {
      const flat = await pdfText({ type: 'payment-statement', params: { runId, staffId: unsigned.enumeratorId }, language });
      expect(flat).toContain(label);
      expect(flat).toContain(a.body.number as string);
    }

    // Approved by a second finance user; the bank file's reference carries the contract number.
    await post(finance2, `/api/v1/payroll/runs/${runId}/approve`).expect(200);
    const bank = await t.http().get(`/api/v1/payroll/runs/${runId}/exports/bank.csv`).set('authorization', finance).expect(200);
    const rows = bank.text.trim().split(/\r?\n/).slice(1);
    const refs = rows.map((r) => r.split(',')[3]);
    const expected = `${(a.body.number as string).toUpperCase()}-${runId.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
    expect(refs).toContain(expected);
    expect(refs).toContain(`${(b.body.number as string).toUpperCase()}-${runId.replaceAll('-', '').slice(0, 8).toUpperCase()}`);
    expect(refs.every((r) => r !== undefined && r.length <= 35)).toBe(true);
  });
});
