/**
 * Benchmark of the reports issue (`npm run bench -- reports`):
 *  1. 1,000 one-page payment statements through the queue (POST-equivalent service call →
 *     BullMQ → worker → data from PostgreSQL → pooled Chromium → file + completed record),
 *     against the baseline in the same run: raw Puppeteer printing the same HTML (prepared
 *     beforehand, so the baseline loads no data) with one reused page. Goal: ratio ≥ 1.4.
 *  2. Tagged vs untagged PDFs of the same statements on the pooled renderer: speed and size.
 *  3. A 10,000-statement municipality pack (chunked, merged with pdf-lib): wall time and peak
 *     memory (goal < 1.5 GB).
 * Peak memory = this process's RSS + the proportional set size (PSS) of every Chromium process
 * it started, sampled every 100 ms.
 *
 * A fresh database is created, migrated, filled and dropped at the end. `BENCH_STATEMENTS`
 * and `BENCH_PACK` change the sizes, `BENCH_DATABASE_SERVER` the server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import puppeteer from 'puppeteer-core';
import { createWorker } from '../src/bootstrap.js';
import type { Principal } from '../src/auth/principal.js';
import { loadConfig } from '../src/common/config/config.js';
import { CHROMIUM_ARGS, PdfRenderer } from '../src/common/pdf/pdf-renderer.js';
import { openPg } from '../src/common/prisma/database.js';
import { applyMigrations, readMigrations } from '../src/common/prisma/migrator.js';
import { connectPg } from '../src/common/prisma/sql-runner.js';
import { nationalScope } from '../src/common/scope/scope.js';
import { seedGeography } from '../src/geography/geography.seed.js';
import { PayExportsService } from '../src/payroll/exports/pay-exports.service.js';
import { seedExampleTariff } from '../src/payroll/tariffs/tariff.demo.js';
import { shortHash } from '../src/reports/domain/content-hash.js';
import { ReportTemplates } from '../src/reports/report-templates.js';
import { ReportService } from '../src/reports/report.service.js';

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 1_000);
const PACK = Number(process.env.BENCH_PACK ?? 10_000);
const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB = `terren_bench_reports_${process.pid}`;
const TAG_SAMPLE = 300;

const urlOf = (db: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * Peak of (RSS of this process + PSS of its descendants, i.e. Chromium), sampled once a second
 * in a worker thread: reading /proc on the main thread would slow down what is measured. Reading
 * every Chromium process's smaps_rollup walks its page tables in the kernel: sampled every
 * 250 ms, the sampler alone took 18–28 % of a CPU (profiled), which the queue, using both cores,
 * paid for and the one-page baseline mostly did not.
 */
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
const { readdirSync, readFileSync } = require('node:fs');
function memoryNow() {
  const children = new Map();
  for (const e of readdirSync('/proc')) {
    if (!/^\\d+$/.test(e)) continue;
    try {
      const stat = readFileSync('/proc/' + e + '/stat', 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch {}
  }
  let total = process.memoryUsage().rss;
  const stack = [...(children.get(process.pid) || [])];
  while (stack.length) {
    const pid = stack.pop();
    stack.push(...(children.get(pid) || []));
    try {
      const m = /^Pss:\\s+(\\d+) kB/m.exec(readFileSync('/proc/' + pid + '/smaps_rollup', 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {}
  }
  return total;
}
let peak = memoryNow();
const timer = setInterval(() => { peak = Math.max(peak, memoryNow()); }, 1000);
parentPort.on('message', () => { clearInterval(timer); peak = Math.max(peak, memoryNow()); parentPort.postMessage(peak); });
`;

class PeakMemory {
  private readonly worker = new Worker(SAMPLER, { eval: true });
  async stop(): Promise<number> {
    const peak = new Promise<number>((resolve) => this.worker.once('message', (m: number) => resolve(m)));
    this.worker.postMessage('stop');
    const result = await peak;
    await this.worker.terminate();
    return result;
  }
}

/** People of one municipality in the run, two lines each (150.00 prep + 1,234 × 0.80 = 987.20). */
async function fillPeople(c: pg.Client, runId: string, municipalityId: string, eaId: string, n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < n; from += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, n - from) }, (_, k) => ({ id: randomUUID(), i: from + k }));
    ids.push(...batch.map((b) => b.id));
    const staffValues = batch.map(
      (b) =>
        `('${b.id}','ENUMERATOR','${tag}${String(b.i).padStart(8, '0')}','Qëndresa Çollaku ${tag}-${b.i}','ALBANIAN','SQ','${municipalityId}',now())`,
    );
    await c.query(
      `INSERT INTO "StaffMember"(id,kind,"nationalId","fullName",community,"languageOfWork","municipalityId","updatedAt") VALUES ${staffValues.join(',')}`,
    );
    await c.query(
      `INSERT INTO "PayPerson"("runId","staffId","municipalityId",kind,status,"grossCents","deductionsCents","netCents","fullName") VALUES ${batch
        .map((b) => `('${runId}','${b.id}','${municipalityId}','ENUMERATOR','PAYABLE',113720,0,113720,'Qëndresa Çollaku ${tag}-${b.i}')`)
        .join(',')}`,
    );
    await c.query(
      `INSERT INTO "PayLine"("runId","staffId","municipalityId","lineType","eaId",unit,"periodFrom","periodTo",quantity,basis,rate,"amountCents","tariffVersion",description) VALUES ${batch
        .flatMap((b) => [
          `('${runId}','${b.id}','${municipalityId}','PREPARATORY',NULL,NULL,'2023-10-16','2023-10-30',15,15,150,15000,1,'preparatory period 2023-10-16 – 2023-10-30: 15 of 15 days')`,
          `('${runId}','${b.id}','${municipalityId}','PIECE','${eaId}','INDIVIDUAL','2023-11-01','2023-12-15',1234,NULL,0.8,98720,1,NULL)`,
        ])
        .join(',')}`,
    );
  }
  return ids;
}

async function main(): Promise<void> {
  const url = urlOf(DB);
  await admin(`DROP DATABASE IF EXISTS "${DB}"`);
  await admin(`CREATE DATABASE "${DB}"`);
  const dir = await mkdtemp(path.join(tmpdir(), 'terren-bench-reports-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DATABASE_URL: url,
    REDIS_PREFIX: `terren-bench-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    REPORTS_DIR: dir,
    ...(process.env.PDF_PAGE_POOL ? { PDF_PAGE_POOL: process.env.PDF_PAGE_POOL } : {}),
  });
  const handle = openPg(url, 10);
  const c = new pg.Client({ connectionString: url });
  try {
    const runner = await connectPg(url);
    await applyMigrations(runner, await readMigrations());
    await runner.close();
    await seedGeography(handle.prisma);
    const tariff = await seedExampleTariff(handle.prisma);
    await c.connect();
    const mun = async (code: string) =>
      (await c.query<{ id: string }>('SELECT id FROM "Municipality" WHERE code = $1', [code])).rows[0]?.id as string;
    const [prishtine, gracanice] = [await mun('prishtine'), await mun('gracanice')];
    const ea = async (m: string, code: string) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO "EnumerationArea"(id,code,name,"municipalityId","updatedAt") VALUES ($1,$2,$2,$3,now()) RETURNING id`,
          [randomUUID(), code, m],
        )
      ).rows[0]?.id as string;
    const runId = randomUUID();
    await c.query(
      `INSERT INTO "PayRun"(id,kind,status,"municipalityId","tariffId","createdById","computedAt","approvedAt","peopleCount","grossCents","netCents") VALUES ($1,'REGULAR','APPROVED',NULL,$2,$3,now(),now(),$4,$5,$5)`,
      [runId, tariff.id, randomUUID(), STATEMENTS + PACK, 113_720 * (STATEMENTS + PACK)],
    );
    const statementPeople = await fillPeople(c, runId, prishtine, await ea(prishtine, 'B-PR-0001'), STATEMENTS + 20, 'S');
    await fillPeople(c, runId, gracanice, await ea(gracanice, 'B-GR-0001'), PACK, 'P');
    console.log(`data: 1 run, ${STATEMENTS + 20} statement people (Prishtinë), ${PACK} pack people (Graçanicë)`);

    const worker = await createWorker(config, handle);
    const service = worker.get(ReportService);
    const principal: Principal = {
      userId: randomUUID(),
      email: 'bench@terren',
      role: 'FINANCE',
      municipalityId: null,
      scope: nationalScope,
    };
    const waitAll = async (ids: readonly string[]) => {
      for (;;) {
        const r = await c.query<{ done: string; failed: string }>(
          `SELECT count(*) FILTER (WHERE status='COMPLETED') done, count(*) FILTER (WHERE status='FAILED') failed FROM "ReportRequest" WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const row = r.rows[0] as { done: string; failed: string };
        if (Number(row.failed) > 0) throw new Error(`${row.failed} reports failed`);
        if (Number(row.done) === ids.length) return;
        await sleep(50);
      }
    };
    /** Requests arrive from many clients at once (16 in flight), as POSTs would. */
    const requestStatements = async (staffIds: readonly string[]) => {
      const ids: string[] = new Array<string>(staffIds.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < staffIds.length) {
            const i = next++;
            const staffId = staffIds[i] as string;
            ids[i] = (
              await service.request(principal, { type: 'payment-statement', params: { runId, staffId }, language: 'sq' }, new Date())
            ).id;
          }
        }),
      );
      return ids;
    };

    // warm-up: Chromium start, template compilation, connection pools
    await waitAll(await requestStatements(statementPeople.slice(STATEMENTS, STATEMENTS + 20)));

    // 1a. through the queue
    let peak = new PeakMemory();
    let t0 = performance.now();
    const queued = await requestStatements(statementPeople.slice(0, STATEMENTS));
    const requestMs = performance.now() - t0;
    await waitAll(queued);
    const queueMs = performance.now() - t0;
    const queuePeak = await peak.stop();

    // the same HTML for the baseline and the tagged/untagged comparison
    const templates = new ReportTemplates();
    const exportsService = worker.get(PayExportsService);
    const htmls: string[] = [];
    for (const staffId of statementPeople.slice(0, STATEMENTS)) {
      const s = await exportsService.statement(principal, runId, staffId);
      const model = {
        lang: 'sq' as const,
        title: `Pasqyra e pagesës – ${s.person.name}`,
        generatedAt: '24.11.2026 12:00 UTC',
        hash: shortHash(randomBytes(32).toString('hex')),
      };
      htmls.push(templates.render('statement', { ...model, items: [{ ...s, municipalityName: 'Prishtinë' }] }));
    }
    const parts = templates.pageParts({
      lang: 'sq',
      title: 'Pasqyra e pagesës',
      generatedAt: '24.11.2026 12:00 UTC',
      hash: 'abcdef012345',
    });
    const pdfOptions = {
      format: 'A4' as const,
      printBackground: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: parts.header,
      footerTemplate: parts.footer,
      margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
      waitForFonts: false,
    };

    // 1b. baseline: raw Puppeteer, one reused page, same HTML and options
    peak = new PeakMemory();
    const browser = await puppeteer.launch({ executablePath: config.reports.chromiumPath, headless: true, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    t0 = performance.now();
    for (const html of htmls) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf(pdfOptions);
    }
    const baseMs = performance.now() - t0;
    await browser.close();
    const basePeak = await peak.stop();

    // 2. tagged vs untagged on the pooled renderer
    const sample = htmls.slice(0, TAG_SAMPLE);
    const measure = async (tagged: boolean) => {
      const r = new PdfRenderer({
        executablePath: config.reports.chromiumPath,
        poolSize: config.reports.pagePool,
        rendersPerBrowser: 10_000,
        timeoutMs: 60_000,
      });
      await r.render({ html: sample[0] as string, tagged });
      const start = performance.now();
      let bytes = 0;
      let next = 0;
      await Promise.all(
        Array.from({ length: config.reports.pagePool }, async () => {
          while (next < sample.length) {
            const html = sample[next++] as string;
            bytes += (await r.render({ html, headerTemplate: parts.header, footerTemplate: parts.footer, tagged })).byteLength;
          }
        }),
      );
      const ms = performance.now() - start;
      await r.close();
      return { docsPerS: sample.length / (ms / 1000), avgKb: bytes / sample.length / 1024 };
    };
    const untagged = await measure(false);
    const tagged = await measure(true);

    // 3. the 10,000-statement municipality pack
    peak = new PeakMemory();
    t0 = performance.now();
    const pack = await service.request(
      principal,
      { type: 'payment-statement-pack', params: { runId, municipalityCode: 'gracanice' }, language: 'sq' },
      new Date(),
    );
    await waitAll([pack.id]);
    const packMs = performance.now() - t0;
    const packPeak = await peak.stop();
    const packRow = (
      await c.query<{ pages: number; fileSize: number }>('SELECT pages, "fileSize" FROM "ReportRequest" WHERE id = $1', [pack.id])
    ).rows[0];
    await worker.close();

    const qRate = STATEMENTS / (queueMs / 1000);
    const bRate = STATEMENTS / (baseMs / 1000);
    console.log(
      `\n${STATEMENTS} one-page payment statements (page pool ${config.reports.pagePool}, job concurrency 8, tagged as the type says)`,
    );
    console.log(
      `terren    through the queue (data, render, file, record): ${(queueMs / 1000).toFixed(1)} s = ${qRate.toFixed(1)} docs/s, peak ${mb(queuePeak)}`,
    );
    console.log(`          of which requesting (records + jobs)          : ${(requestMs / 1000).toFixed(1)} s`);
    console.log(
      `baseline  raw Puppeteer, one reused page (same HTML)   : ${(baseMs / 1000).toFixed(1)} s = ${bRate.toFixed(1)} docs/s, peak ${mb(basePeak)}`,
    );
    console.log(`ratio     terren / baseline                            : ${(qRate / bRate).toFixed(2)} (goal ≥ 1.4)`);
    console.log(`\ntagged vs untagged, ${TAG_SAMPLE} statements on the page pool`);
    console.log(`untagged  ${untagged.docsPerS.toFixed(1)} docs/s, ${untagged.avgKb.toFixed(1)} KB per statement`);
    console.log(`tagged    ${tagged.docsPerS.toFixed(1)} docs/s, ${tagged.avgKb.toFixed(1)} KB per statement`);
    console.log(
      `tagged/untagged: size × ${(tagged.avgKb / untagged.avgKb).toFixed(2)}, speed × ${(tagged.docsPerS / untagged.docsPerS).toFixed(2)}`,
    );
    console.log(`\n${PACK}-statement municipality pack (chunks of 50, merged)`);
    console.log(
      `wall time ${(packMs / 1000).toFixed(1)} s, ${packRow?.pages ?? 0} pages, ${mb(packRow?.fileSize ?? 0)}, peak ${mb(packPeak)} (goal < 1.5 GB)`,
    );
    if ((packRow?.pages ?? 0) !== PACK) {
      console.error(`pack has ${packRow?.pages ?? 0} pages, expected ${PACK}`);
      process.exitCode = 1;
    }
  } finally {
    await c.end().catch(() => undefined);
    await handle.close();
    await rm(dir, { recursive: true, force: true });
    const redis = new Redis(config.redisUrl);
    const keys = await redis.keys(`${config.redisPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await admin(`DROP DATABASE IF EXISTS "${DB}" WITH (FORCE)`);
  }
}

await main();
process.exit(process.exitCode ?? 0);
