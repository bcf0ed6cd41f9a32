import { mkdtemp, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { extractText, getDocumentProxy } from 'unpdf';
import { JobClient } from '../../src/common/jobs/job-client.js';
import { PdfRenderer } from '../../src/common/pdf/pdf-renderer.js';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { ReportCleanupService } from '../../src/reports/report-cleanup.service.js';
import { createAssignment, createEa, createStaff, createTeam } from '../support/factories.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import { latinSerbianWordsIn } from '../support/serbian-words.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * PDF reports end to end: the real app over HTTP, BullMQ on the real Redis with the worker
 * in-process, real Chromium; every PDF is read back with unpdf and checked for its content.
 */

const BASE = '/api/v1/reports';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function pdfText(buf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(buf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text, pages: totalPages };
}

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('PDF reports', () => {
  let t: TestApp;
  let dir: string;
  let finance: string;
  let admin: string;
  let prishtine: string;
  let prizren: string;
  let gracanice: string;
  let tariff: { id: string; version: number };
  let server: Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'terren-reports-'));
    t = await startTestApp({ REPORTS_DIR: dir });
    [finance, admin, prishtine, prizren, gracanice] = await Promise.all([
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.ADMIN),
      t.tokenFor(Role.MUNICIPALITY, 'prishtine'),
      t.tokenFor(Role.MUNICIPALITY, 'prizren'),
      t.tokenFor(Role.MUNICIPALITY, 'gracanice'),
    ]);
    tariff = await createExampleTariff(t.db);
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function request(token: string, body: object) {
    const res = await t.http().post(BASE).set('authorization', token).send(body);
    return res;
  }

  /** Poll GET /reports/:id until it settles; records every progress value seen. */
  async function settle(token: string, id: string) {
    const seen: number[] = [];
    for (let i = 0; i < 600; i++) {
      const res = await t.http().get(`${BASE}/${id}`).set('authorization', token);
      expect(res.status).toBe(200);
      seen.push(res.body.progress as number);
      if (res.body.status === 'COMPLETED' || res.body.status === 'FAILED') return { report: res.body, seen };
      await sleep(100);
    }
    throw new Error(`report ${id} never settled`);
  }

  async function download(token: string, id: string) {
    const res = await t.http().get(`${BASE}/${id}/file`).set('authorization', token).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return pdfText(res.body as Buffer);
  }

  async function render(token: string, body: object) {
    const res = await request(token, body);
    expect(res.status).toBe(202);
    expect(res.body.id).toEqual(expect.any(String));
    const { report, seen } = await settle(token, res.body.id as string);
    expect(report.status).toBe('COMPLETED');
    expect(report.progress).toBe(100);
    const pdf = await download(token, report.id as string);
    expect(report.pages).toBe(pdf.pages);
    return { report, seen, requested: res.body as Record<string, unknown>, ...pdf };
  }

  it('renders a payment statement with count × rate = amount, deductions and net, and masks ids for municipal users', async () => {
    const { run, staff } = await createPaidRun(t.db, tariff, [{ municipalityCode: 'prishtine', fullName: 'Arbëresha Çeliku' }], {
      runMunicipalityCode: 'prishtine',
    });
    const person = staff[0] as (typeof staff)[number];
    const full = await render(finance, { type: 'payment-statement', params: { runId: run.id, staffId: person.id } });
    expect(full.requested).toMatchObject({ status: 'QUEUED', reused: false });
    expect(full.report).toMatchObject({ type: 'payment-statement', language: 'sq', municipalityId: person.municipalityId });
    for (const s of [
      'Pasqyra e pagesës',
      'Arbëresha Çeliku',
      person.nationalId,
      '1 234 × 0,80 = 987,20',
      '150,00 × 15/15 ditë = 150,00',
      'Neto',
      '1 137,20 €',
      'Faqe 1 nga 1',
      'Agjencia e Statistikave të Kosovës',
    ])
      expect(full.text).toContain(s);
    // the footer carries the short content hash
    expect(full.text).toContain((full.report.contentHash as string).slice(0, 12));

    const masked = await render(prishtine, { type: 'payment-statement', params: { runId: run.id, staffId: person.id }, language: 'en' });
    expect(masked.report.id).not.toBe(full.report.id);
    expect(masked.text).toContain('Payment statement');
    expect(masked.text).toContain(`******${person.nationalId.slice(-4)}`);
    expect(masked.text).not.toContain(person.nationalId);

    // Serbian in Cyrillic: the wording and the municipality in Cyrillic, no Latin Serbian word of
    // the wording, numbers and codes as they are; another document than the Latin one.
    const params = { runId: run.id, staffId: person.id };
    const cyr = await render(finance, { type: 'payment-statement', params, language: 'sr-Cyrl' });
    expect(cyr.report).toMatchObject({ language: 'sr-Cyrl' });
    for (const s of [
      'Извод о исплати',
      'Лични број',
      'Обрачун плата',
      'Одбици',
      'Приштина',
      'Нето',
      'Arbëresha Çeliku',
      '1.137,20 €',
      'Страна 1 од 1',
    ])
      expect(cyr.text).toContain(s);
    expect(latinSerbianWordsIn(cyr.text)).toEqual([]);
    expect(cyr.text).not.toContain('Priština');
    // sr is Serbian in Latin: stored as sr-Latn, the same document as sr-Latn
    const latn = await render(finance, { type: 'payment-statement', params, language: 'sr-Latn' });
    expect(latn.report).toMatchObject({ language: 'sr-Latn' });
    expect(latn.report.id).not.toBe(cyr.report.id);
    expect(latn.report.contentHash).not.toBe(cyr.report.contentHash);
    for (const s of ['Izvod o isplati', 'Priština', 'Strana 1 od 1']) expect(latn.text).toContain(s);
    const sr = await request(finance, { type: 'payment-statement', params, language: 'sr' });
    expect(sr.body).toMatchObject({ id: latn.report.id, reused: true });
    expect((await request(finance, { type: 'payment-statement', params, language: 'sr-Latn-XK' })).status).toBe(400);
  });

  it('renders a municipality pack in chunks with progress, in Serbian, with every letter and Cyrillic names', async () => {
    const names = ['Đorđe Šćepanović', 'Žarko Žižić Čolić', 'Милош Јовановић', 'Ëndrit Bërisha Çoçaj'];
    const { run } = await createPaidRun(
      t.db,
      tariff,
      names.map((fullName) => ({ municipalityCode: 'gracanice', fullName })),
    );
    // National runs are ASK finance's (municipal users see their own municipality's runs only).
    const pack = await render(finance, {
      type: 'payment-statement-pack',
      params: { runId: run.id, municipalityCode: 'gracanice' },
      language: 'sr',
    });
    expect(pack.pages).toBe(4);
    for (const n of names) expect(pack.text).toContain(n);
    for (const letter of ['ë', 'ç', 'č', 'ć', 'đ', 'š', 'ž', 'Милош', 'Јовановић']) expect(pack.text).toContain(letter);
    expect(pack.text).toContain('Izvod o isplati');
    expect(pack.text).toContain('Gračanica');
    // page numbers run across the merged chunks
    expect(pack.text).toContain('Strana 4 od 4');
    expect(pack.seen.every((p, i) => i === 0 || p >= (pack.seen[i - 1] as number))).toBe(true);
    const municipal = await request(gracanice, {
      type: 'payment-statement-pack',
      params: { runId: run.id, municipalityCode: 'gracanice' },
    });
    expect(municipal.status).toBe(404);
    expect(municipal.body.error.code).toBe('PAY_RUN_UNKNOWN');
  });

  it('renders the payroll summary with totals per municipality, a chart and one row per person', async () => {
    const { run } = await createPaidRun(t.db, tariff, [
      { municipalityCode: 'prishtine', fullName: 'Besnik Gashi' },
      { municipalityCode: 'prishtine', fullName: 'Drita Berisha' },
      { municipalityCode: 'prizren', fullName: 'Fatmir Hoxha' },
    ]);
    const summary = await render(finance, { type: 'payroll-summary', params: { runId: run.id }, language: 'en' });
    for (const s of [
      'Payroll summary',
      'By municipality',
      'Prishtinë',
      'Prizren',
      '2,274.40',
      '3,411.60',
      'Besnik Gashi',
      'Fatmir Hoxha',
      'By person',
    ])
      expect(summary.text).toContain(s);
    // A national run is not a municipality's: municipal users cannot even request it.
    expect((await request(prishtine, { type: 'payroll-summary', params: { runId: run.id } })).status).toBe(404);
  });

  it('renders the KKR member list with its contact persons, printing a hostile name as text without fetching it', async () => {
    const mun = await t.db.municipalityId('prizren');
    const hostile = `<img src=http://127.0.0.1:${port}/x>`;
    await t.db.prisma.kkrMember.createMany({
      data: [
        { municipalityId: mun, position: 1, fullName: 'Agim Bajrami', currentJob: 'Kryetar', kkrRole: 'CHAIR', isMunicipalStaff: true },
        {
          municipalityId: mun,
          position: 2,
          fullName: 'Besa Krasniqi',
          currentJob: 'Drejtore',
          kkrRole: 'DEPUTY_CHAIR',
          isMunicipalStaff: true,
          isContactPerson: true,
          phone: '+383 44 111 222',
          email: 'besa@example.org',
        },
        {
          municipalityId: mun,
          position: 3,
          fullName: hostile,
          currentJob: 'Zyrtar',
          kkrRole: 'MEMBER',
          isMunicipalStaff: true,
          isContactPerson: true,
        },
      ],
    });
    const list = await render(prizren, { type: 'kkr-members', params: { municipalityCode: 'prizren' } });
    for (const s of [
      'Lista e anëtarëve të KKR-së',
      'Agim Bajrami',
      'Nënkryetar',
      'besa@example.org',
      'Personat e kontaktit me ASK',
      hostile,
    ])
      expect(list.text).toContain(s);
    await sleep(200);
    expect(hits).toEqual([]);
  });

  it('renders the supervisor and the enumerator contract from staff data and the tariff', async () => {
    const sup = await createStaff(t.db, 'prizren', {
      kind: StaffKind.SUPERVISOR,
      fullName: 'Shpresa Morina',
      engagementStart: '2023-10-15',
      engagementEnd: '2023-12-15',
    });
    const team = await createTeam(t.db, 'prizren', { supervisorId: sup.id });
    const en = await createStaff(t.db, 'prizren', {
      fullName: 'Valon Krasniqi',
      engagementStart: '2023-10-16',
      engagementEnd: '2023-12-15',
      teamId: team.id,
    });
    const ea = await createEa(t.db, 'prizren');
    await createAssignment(t.db.prisma, { eaId: ea.id, enumeratorId: en.id, municipalityId: en.municipalityId, validFrom: '2023-11-01' });

    const s = await render(finance, { type: 'contract', params: { staffId: sup.id }, language: 'en' });
    for (const x of ['Supervisor contract', 'Shpresa Morina', 'Fixed monthly pay', '€600.00', '2 months', team.code, '15/10/2023'])
      expect(s.text).toContain(x);
    const e = await render(finance, { type: 'contract', params: { staffId: en.id } });
    for (const x of [
      'Kontratë për regjistrues',
      'Valon Krasniqi',
      '150,00 €',
      '0,80 EUR',
      ea.code,
      team.code,
      'Komuna nuk mban asnjë përgjegjësi',
    ])
      expect(e.text).toContain(x);
    // contracts are for ASK finance, not municipalities
    expect((await request(prizren, { type: 'contract', params: { staffId: en.id } })).status).toBe(403);
  });

  it('never shows one municipality another municipality’s report (404 on read and download, absent from lists)', async () => {
    const res = await request(prishtine, { type: 'kkr-members', params: { municipalityCode: 'prishtine' } });
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    await settle(prishtine, id);
    for (const path of [`${BASE}/${id}`, `${BASE}/${id}/file`]) {
      const r = await t.http().get(path).set('authorization', prizren);
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('REPORT_UNKNOWN');
    }
    const list = await t.http().get(BASE).set('authorization', prizren);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(id);
    expect((await t.http().get(BASE).set('authorization', prishtine)).text).toContain(id);
    // nor request one about another municipality
    const other = await request(prizren, { type: 'kkr-members', params: { municipalityCode: 'prishtine' } });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
  });

  it('deduplicates identical requests in flight and serves an unchanged finished report again without rendering', async () => {
    const mun = await t.db.municipalityId('peje');
    await t.db.prisma.kkrMember.create({
      data: { municipalityId: mun, position: 1, fullName: 'Luan Shala', currentJob: 'Drejtor', kkrRole: 'CHAIR', isMunicipalStaff: true },
    });
    const body = { type: 'kkr-members', params: { municipalityCode: 'peje' } };
    const [a, b] = await Promise.all([request(finance, body), request(finance, body)]);
    expect(a.status).toBe(202);
    expect(b.body.id).toBe(a.body.id);
    const jobs = t.app.get(JobClient);
    expect(await jobs.enqueue('report.render', { requestId: a.body.id as string })).toMatchObject({
      jobId: `report.render-${a.body.id as string}`,
    });
    const { report } = await settle(finance, a.body.id as string);
    const renders = await t.db.prisma.auditEvent.count({
      where: { entity: 'ReportRequest', action: 'rendered', entityIds: { has: report.id } },
    });
    expect(renders).toBe(1);

    const again = await request(finance, body);
    expect(again.body).toMatchObject({ id: report.id, status: 'COMPLETED', reused: true });
    expect(await t.db.prisma.reportRequest.count({ where: { municipalityId: mun } })).toBe(1);

    // Another language is another document; a changed list is new content.
    expect((await request(finance, { ...body, language: 'en' })).body.id).not.toBe(report.id);
    await t.db.prisma.kkrMember.updateMany({ where: { municipalityId: mun }, data: { phone: '+383 49 000 000' } });
    const changed = await request(finance, body);
    expect(changed.body.id).not.toBe(report.id);
    expect(changed.body.reused).toBe(false);
  });

  it('answers 409 while a report is not ready, and records a permanent failure with its reason', async () => {
    const mun = await t.db.municipalityId('prishtine');
    const pending = await t.db.prisma.reportRequest.create({
      data: {
        type: 'contract',
        params: { staffId: 'not-a-uuid' },
        language: 'sq',
        municipalityId: mun,
        requestedById: t.userIdOf(finance),
        requesterRole: 'FINANCE',
        audience: 'NATIONAL',
        contentHash: 'a'.repeat(64),
      },
    });
    const notReady = await t.http().get(`${BASE}/${pending.id}/file`).set('authorization', finance);
    expect(notReady.status).toBe(409);
    expect(notReady.body.error.code).toBe('REPORT_NOT_READY');

    await t.app.get(JobClient).enqueue('report.render', { requestId: pending.id });
    const { report } = await settle(finance, pending.id);
    expect(report).toMatchObject({ status: 'FAILED', error: expect.stringContaining('parameters') });
    const failed = await t.http().get(`${BASE}/${pending.id}/file`).set('authorization', finance);
    expect(failed.status).toBe(409);
    expect(failed.body.error.code).toBe('REPORT_FAILED');
  });

  it('rejects unknown types and bad parameters before queueing anything', async () => {
    const unknown = await request(finance, { type: 'horoscope', params: {} });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('REPORT_TYPE_UNKNOWN');
    const bad = await request(finance, { type: 'payroll-summary', params: { runId: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('params.runId');
  });

  it('deletes expired files and marks their requests EXPIRED (retention clean-up)', async () => {
    const mun = await t.db.municipalityId('prishtine');
    const make = async (expiresAt: Date) => {
      const r = await t.db.prisma.reportRequest.create({
        data: {
          type: 'kkr-members',
          params: { municipalityCode: 'prishtine' },
          language: 'sq',
          municipalityId: mun,
          requestedById: t.userIdOf(prishtine),
          requesterRole: 'MUNICIPALITY',
          audience: 'MUNICIPAL',
          status: 'COMPLETED',
          progress: 100,
          contentHash: `${'b'.repeat(56)}${expiresAt.getTime().toString(16).slice(-8)}`,
          filePath: `retention/${expiresAt.getTime()}.pdf`,
          expiresAt,
        },
      });
      await mkdir(path.join(dir, 'retention'), { recursive: true });
      await writeFile(path.join(dir, r.filePath as string), '%PDF-1.7\n');
      return r;
    };
    const old = await make(new Date(Date.now() - 60_000));
    const fresh = await make(new Date(Date.now() + 86_400_000));
    const result = await t.app.get(ReportCleanupService).run(new Date());
    expect(result.expired).toBeGreaterThanOrEqual(1);
    await expect(stat(path.join(dir, old.filePath as string))).rejects.toThrow();
    expect((await stat(path.join(dir, fresh.filePath as string))).size).toBeGreaterThan(0);
    expect(await t.db.prisma.reportRequest.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: 'EXPIRED',
      filePath: null,
    });
    const gone = await t.http().get(`${BASE}/${old.id}/file`).set('authorization', prishtine);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('REPORT_EXPIRED');
    expect((await readdir(path.join(dir, 'retention'))).length).toBe(1);
  });

  it('opens the queue dashboard to administrators only, pages and assets alike', async () => {
    expect((await t.http().get('/api/v1/admin/queues/')).status).toBe(401);
    expect((await t.http().get('/api/v1/admin/queues/').set('authorization', finance)).status).toBe(403);
    expect((await t.http().get('/api/v1/admin/queues/api/queues').set('cookie', 'terren_board=forged')).status).toBe(401);
    expect((await t.http().post('/api/v1/admin/queue-board/session').set('authorization', finance)).status).toBe(403);
    const session = await t.http().post('/api/v1/admin/queue-board/session').set('authorization', admin);
    expect(session.status).toBe(200);
    const setCookie = String(session.headers['set-cookie']);
    expect(setCookie).toMatch(/terren_board=[^;]+; Max-Age=600; Path=\/api\/v1\/admin\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0] as string;
    const page = await t.http().get('/api/v1/admin/queues/').set('cookie', cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('terren jobs');
    const api = await t.http().get('/api/v1/admin/queues/api/queues').set('cookie', cookie);
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('report.render');
    // The dashboard cookie is not an API token.
    expect(
      (
        await t
          .http()
          .get(BASE)
          .set('authorization', `Bearer ${cookie.split('=')[1] as string}`)
      ).status,
    ).toBe(401);
  });

  it('keeps the renderer inside one browser and a small page pool', () => {
    const renderer = t.app.get(PdfRenderer);
    expect(renderer.browsersLaunched).toBeGreaterThanOrEqual(1);
    expect(renderer.blockedRequests).toBeGreaterThanOrEqual(0);
  });
});
