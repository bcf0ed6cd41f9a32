import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { Role } from '../../src/generated/prisma/enums.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp, type ConsoleUser } from '../support/browser.js';

/**
 * The finance flow in the browser against the real service (in-process BullMQ worker): a bad
 * counts file shows its row/column/reason table, a good one (dropped on the page) its summary;
 * a run is created and computed with a live progress bar; its creator cannot approve (the page
 * says why); a second finance user approves and downloads the bank file.
 * Example tariff (BRIEF.md): a = 150 + 10 × 0.30 + 12 × 0.50 + 11 × 1.00 + 40 × 0.80 + 3 × 0.50 = 203.50;
 * b = 150 + 5 × 1.00 + 13 × 0.80 (diaspora list incomplete) = 165.40; net 368.90.
 */
describe('web console: finance', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let a: AssignedEnumerator;
  let b: AssignedEnumerator;
  let finance1: ConsoleUser;
  let finance2: ConsoleUser;
  let reportsDir: string;
  let tariff: { id: string; version: number };

  beforeAll(async () => {
    reportsDir = await mkdtemp(path.join(tmpdir(), 'terren-web-finance-reports-'));
    [c, browser] = await Promise.all([startConsoleApp({ REPORTS_DIR: reportsDir }), launchBrowser()]);
    tariff = await createExampleTariff(c.t.db);
    a = await createAssignedEnumerator(c.t.db, 'decan');
    b = await createAssignedEnumerator(c.t.db, 'decan');
    finance1 = await createUser(c.t, Role.FINANCE);
    finance2 = await createUser(c.t, Role.FINANCE);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
    await rm(reportsDir, { recursive: true, force: true });
  });

  const header = 'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete';

  it('pages a long list of refused rows and downloads all of them as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance1);
    await page.getByRole('link', { name: 'Ngarko numërimet' }).click();
    // 1,200 rows, each refused (negative buildings): far more than one screen
    const rows = Array.from({ length: 1200 }, () => `${a.eaCode},${a.nationalId},-1,12,11,40,0,true`);
    await page
      .locator('#counts-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows, ''].join('\n')) });
    await page.getByRole('button', { name: 'Ngarko', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.locator('table').waitFor();
    const total = Number(/Probleme: (\d+)\./.exec((await alert.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(1200);
    expect(await alert.locator('tbody tr').count()).toBe(50);
    expect(await alert.locator('tbody tr td').first().textContent()).toBe('2');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Shkarko të gjitha (CSV)' }).click(),
    ]);
    const csv = (await readFile(await file.path(), 'utf8')).trim().split('\r\n');
    // the header in the reader's language, as the table on the page
    expect(csv[0]).toBe('Rreshti,Kolona,Arsyeja');
    expect(csv).toHaveLength(total + 1);
    expect(new Set(csv.slice(1).map((l) => l.split(',')[0])).size).toBe(1200);
    // the second page starts at the 51st problem
    await alert.getByRole('button', { name: 'Më pas' }).click();
    const [row51, column51] = (csv[51] ?? '').split(',');
    expect(await alert.locator('tbody tr').first().locator('td').nth(0).textContent()).toBe(row51);
    expect(await alert.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe(column51);
    expect(await c.t.db.prisma.eaCount.count()).toBe(0);
    await context.close();
  });

  it('uploads counts, computes a run, refuses the creator’s approval, approves as a second user and downloads the bank file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance1);

    // A bad file: every problem with its row, column and reason, nothing saved.
    await page.getByRole('link', { name: 'Ngarko numërimet' }).click();
    const bad = [header, `${a.eaCode},${a.nationalId},-1,12,11,40,3,maybe`, `${b.eaCode},${b.nationalId},0,0,5,13,4,false`, ''].join('\n');
    await page.locator('#counts-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Ngarko', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.locator('table').waitFor();
    await expect(alert.textContent()).resolves.toContain('IMPORT_INVALID');
    const problems = (await alert.locator('tbody tr').allTextContents()).join('\n');
    expect(problems).toContain('buildings');
    expect(problems).toContain('diaspora_list_complete');
    expect(await alert.locator('tbody tr td').first().textContent()).toBe('2');
    expect(await c.t.db.prisma.eaCount.count()).toBe(0);

    // A good file, dropped on the drop zone: the summary of what changed.
    const good = [header, `${a.eaCode},${a.nationalId},10,12,11,40,3,true`, `${b.eaCode},${b.nationalId},0,0,5,13,4,false`, ''].join('\n');
    const dataTransfer = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(good)}], 'good.csv', { type: 'text/csv' })); return dt; })()`,
    );
    await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer });
    await page.getByText('Skedari: good.csv').waitFor();
    await page.getByRole('button', { name: 'Ngarko', exact: true }).click();
    await page.getByRole('heading', { name: 'Përmbledhja e ndryshimeve' }).waitFor();
    expect(await page.getByTestId('created').textContent()).toBe('2');
    expect(await page.getByTestId('updated').textContent()).toBe('0');
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'finance-counts-summary');

    // b's incomplete diaspora list raises a quality flag that holds the row out of pay until
    // finance accepts it (here through the API; test/browser/fieldwork.spec.ts uses the flags page).
    const auth = { authorization: `Bearer ${await tokenOf(page)}`, 'content-type': 'application/json' };
    const flags = (await (await fetch(`${c.baseUrl}/api/v1/fieldwork/flags?open=true`, { headers: auth })).json()) as {
      items: { id: string; rule: string }[];
    };
    expect(flags.items.map((f) => f.rule)).toEqual(['DIASPORA_LIST_INCOMPLETE']);
    for (const f of flags.items) {
      const accepted = await fetch(`${c.baseUrl}/api/v1/fieldwork/flags/${f.id}/accept`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ reason: 'list to follow; diaspora persons are paid once it is complete' }),
      });
      expect(accepted.status).toBe(200);
    }

    // Create a run for Deçan: the page follows it to the end without a reload.
    await page.getByRole('link', { name: 'Listat e pagesave' }).click();
    await page.getByLabel('Fushëveprimi').selectOption('decan');
    await page.getByRole('button', { name: 'Krijo listë pagesash' }).click();
    await page.waitForURL(/\/app\/finance\/runs\/[0-9a-f-]{36}$/);
    const runUrl = page.url();
    await page.locator('[data-testid="run-status"][data-status="COMPUTED"]').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await page.getByTestId('run-net').textContent()).toBe('368.90 EUR');
    await expect(page.getByRole('img', { name: 'Grafiku i neto sipas komunës' }).textContent()).resolves.toContain('368.90');

    // Per person, each line with its provenance.
    await page.getByRole('button', { name: 'Shfaq rreshtat' }).first().click();
    const lines = page.locator('table.lines tbody tr');
    await lines.first().waitFor();
    expect((await lines.allTextContents()).join('\n')).toMatch(new RegExp(`${a.eaCode}|${b.eaCode}`));

    // Four eyes: the creator's approve button is disabled and the page says why.
    const approve = page.getByRole('button', { name: 'Mirato' });
    expect(await approve.isDisabled()).toBe(true);
    await expect(page.locator('#approve-why').textContent()).resolves.toContain('parimit të katër syve');
    // …and the API refuses it too, with its own code.
    const refused = await fetch(`${c.baseUrl}/api/v1/payroll/runs/${runUrl.split('/').at(-1)}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenOf(page)}` },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('PAY_RUN_FOUR_EYES');
    await screenshot(page, 'finance-run-creator');
    await context.close();

    // A second finance user approves, then downloads the bank file.
    const context2 = await browser.newContext({ acceptDownloads: true });
    const page2 = await context2.newPage();
    await signIn(page2, c.baseUrl, finance2);
    await page2.goto(runUrl);
    // Approval asks first, naming what it pays; cancelling changes nothing.
    await page2.getByRole('button', { name: 'Mirato' }).click();
    const dialog = page2.getByRole('dialog', { name: 'Të miratohet lista e pagesave?' });
    await dialog.waitFor();
    const run = await c.t.db.prisma.payRun.findUniqueOrThrow({ where: { id: runUrl.split('/').at(-1) ?? '' } });
    const said = ((await dialog.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(said).toContain(`Pagesa që miratohen: ${run.peopleCount - run.blockedCount}.`);
    expect(said).toMatch(/Shuma neto: [\d ]+,\d\d €\./);
    expect(said).toContain('nuk mund të zhbëhet');
    await dialog.getByRole('button', { name: 'Anulo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page2.getByTestId('run-status').getAttribute('data-status')).toBe('COMPUTED');
    await expect(c.t.db.prisma.payRun.findUniqueOrThrow({ where: { id: run.id } }).then((r) => r.status)).resolves.toBe('COMPUTED');
    await page2.getByRole('button', { name: 'Mirato' }).click();
    await dialog.getByRole('button', { name: 'Mirato' }).click();
    await page2.getByText('Lista u miratua.').waitFor();
    expect(await page2.getByTestId('run-status').getAttribute('data-status')).toBe('APPROVED');
    const [download] = await Promise.all([
      page2.waitForEvent('download'),
      page2.getByRole('button', { name: 'Skedari i bankës (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('203.50');
    expect(csv).toContain('165.40');
    await page2.getByText(`U shkarkua: ${download.suggestedFilename()}`).waitFor();
    const [xlsx] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Përmbledhja (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // An XLSX file is a zip archive.
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
    // The payroll summary PDF: requested, rendered by the worker (progress bar to 100 %), downloaded.
    const pdfBox = page2.locator('.pdf-report[data-report-type=payroll-summary]');
    const [pdf] = await Promise.all([
      page2.waitForEvent('download', { timeout: 60_000 }),
      pdfBox.getByRole('button', { name: 'Përmbledhja e pagesave (PDF)' }).click(),
    ]);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(pdfBox.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    await pdfBox.getByText(/^Gati · \d+ faqe$/).waitFor();
    await screenshot(page2, 'finance-run-approved');
    await context2.close();
  }, 120_000);

  it('downloads a person’s payment statement, the municipality’s statement pack and a contract; a municipality user gets only its own', async () => {
    // An approved Junik run of two people (1,137.20 each: report-factories), arranged in the database.
    const names = [`Statement Junik ${Date.now()} A`, `Statement Junik ${Date.now()} B`];
    const { run, staff } = await createPaidRun(
      c.t.db,
      tariff,
      [
        { municipalityCode: 'junik', fullName: names[0] as string },
        { municipalityCode: 'junik', fullName: names[1] as string },
      ],
      { runMunicipalityCode: 'junik' },
    );
    const finance = await createUser(c.t, Role.FINANCE);
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance);
    await page.goto(`${c.baseUrl}/app/finance/runs/${run.id}`);
    await page.locator('[data-testid="run-status"][data-status="APPROVED"]').waitFor();

    // One person's statement, from that person's row.
    const rowA = page.locator('tr', { hasText: names[0] as string });
    const statement = await pdfFrom(page, rowA.locator('.pdf-report[data-report-type=payment-statement]'), 'Pasqyra e pagesës (PDF)');
    expect(statement.text).toContain(names[0]);
    expect(statement.text).not.toContain(names[1]);
    expect(statement.text).toContain('1 234 × 0,80 = 987,20');
    expect(statement.text).toContain('1 137,20');
    // The municipality's pack: every statement of Junik in the run, one per page.
    const pack = await pdfFrom(
      page,
      page.locator('.pdf-report[data-report-type=payment-statement-pack]'),
      'Pasqyrat e pagesës së komunës (PDF)',
    );
    expect(pack.text).toContain(names[0]);
    expect(pack.text).toContain(names[1]);
    expect(pack.pages).toBeGreaterThanOrEqual(2);
    // The contract: beside the person on the municipality's staff list.
    await page.goto(`${c.baseUrl}/app/municipalities/junik`);
    const staffRow = page.locator('tr', { hasText: names[1] as string });
    const contract = await pdfFrom(page, staffRow.locator('.pdf-report[data-report-type=contract]'), 'Kontrata (PDF)');
    expect(contract.text).toContain(names[1]);
    await screenshot(page, 'finance-contract');
    await context.close();

    // A Junik user: Operations lists the run; its page shows the statements and the pack, no finance actions, no contracts.
    const junik = await createUser(c.t, Role.MUNICIPALITY, 'junik');
    const context2 = await browser.newContext({ acceptDownloads: true });
    const page2 = await context2.newPage();
    await signIn(page2, c.baseUrl, junik);
    await page2.getByRole('link', { name: 'Operacionet' }).click();
    await page2.getByRole('heading', { name: 'Listat e pagesave të komunës' }).waitFor();
    await page2.locator(`a[href="/app/finance/runs/${run.id}"]`).click();
    await page2.locator('[data-testid="run-status"][data-status="APPROVED"]').waitFor();
    await page2.locator('tr', { hasText: names[1] as string }).waitFor();
    expect(await page2.getByRole('button', { name: 'Mirato' }).count()).toBe(0);
    expect(await page2.getByRole('button', { name: 'Skedari i bankës (CSV)' }).count()).toBe(0);
    expect(await page2.locator('.pdf-report[data-report-type=contract]').count()).toBe(0);
    expect(await page2.locator('.pdf-report[data-report-type=payment-statement-pack]').count()).toBe(1);
    const own = await pdfFrom(
      page2,
      page2.locator('tr', { hasText: names[1] as string }).locator('.pdf-report[data-report-type=payment-statement]'),
      'Pasqyra e pagesës (PDF)',
    );
    expect(own.text).toContain(names[1]);
    const ownPack = await pdfFrom(
      page2,
      page2.locator('.pdf-report[data-report-type=payment-statement-pack]'),
      'Pasqyrat e pagesës së komunës (PDF)',
    );
    expect(ownPack.text).toContain(names[0]);
    await screenshot(page2, 'municipality-statements');
    // …and the API gives it no other municipality's pack, nor a contract.
    const junikToken = await tokenOf(page2);
    expect((await requestReport(junikToken, 'payment-statement-pack', { runId: run.id, municipalityCode: 'prizren' })).status).toBe(404);
    expect((await requestReport(junikToken, 'contract', { staffId: staff[0]?.id as string })).status).toBe(403);
    await context2.close();

    // A Prizren user: the Junik run does not exist for it, on the page and in the API.
    const prizren = await createUser(c.t, Role.MUNICIPALITY, 'prizren');
    const context3 = await browser.newContext();
    const page3 = await context3.newPage();
    await signIn(page3, c.baseUrl, prizren);
    await page3.goto(`${c.baseUrl}/app/finance/runs/${run.id}`);
    await page3.getByRole('heading', { name: 'Faqja nuk u gjet' }).waitFor();
    expect(await page3.locator('.pdf-report').count()).toBe(0);
    const prizrenToken = await tokenOf(page3);
    for (const [type, params] of [
      ['payment-statement', { runId: run.id, staffId: staff[0]?.id as string }],
      ['payment-statement-pack', { runId: run.id, municipalityCode: 'junik' }],
    ] as const) {
      const res = await requestReport(prizrenToken, type, params);
      expect(res.status).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain(names[0]);
    }
    await context3.close();
  }, 120_000);

  /** POST /reports as the holder of `token`. */
  function requestReport(token: string, type: string, params: Record<string, string>) {
    return fetch(`${c.baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type, params, language: 'sq' }),
    });
  }

  it('follows a run live while it is queued and computing, then shows its failure clearly, without a reload', async () => {
    // No worker in this app: the run stays where the test puts it, so every state is seen.
    const quiet = await startConsoleApp({ WORKER_IN_PROCESS: 'false' });
    try {
      await createExampleTariff(quiet.t.db);
      const user = await createUser(quiet.t, Role.FINANCE);
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, quiet.baseUrl, user);
      await page.goto(`${quiet.baseUrl}/app/finance/runs`);
      await page.getByRole('button', { name: 'Krijo listë pagesash' }).click();
      await page.waitForURL(/\/app\/finance\/runs\/[0-9a-f-]{36}$/);
      const runId = page.url().split('/').at(-1) as string;
      const bar = page.getByRole('progressbar');
      await page.locator('[data-testid="run-status"][data-status="QUEUED"]').waitFor();
      expect(await bar.getAttribute('aria-valuenow')).toBe('0');

      await quiet.t.db.prisma.payRun.update({ where: { id: runId }, data: { status: 'COMPUTING', progress: 40 } });
      await page.locator('[role=progressbar][aria-valuenow="40"]').waitFor();
      await page.getByText('Duke llogaritur… 40%').waitFor();
      await quiet.t.db.prisma.payRun.update({ where: { id: runId }, data: { progress: 85 } });
      await page.locator('[role=progressbar][aria-valuenow="85"]').waitFor();

      await quiet.t.db.prisma.payRun.update({ where: { id: runId }, data: { status: 'FAILED', failedReason: 'the worker stopped' } });
      await page.getByText('Llogaritja dështoi: the worker stopped').waitFor();
      expect(await bar.count()).toBe(0);
      // Recompute goes back to the queue, and the bar is back.
      await page.getByRole('button', { name: 'Rillogarit' }).click();
      await page.getByText('Rillogaritja u vu në radhë.').waitFor();
      await page.locator('[data-testid="run-status"][data-status="QUEUED"]').waitFor();
      expect(await bar.getAttribute('aria-valuenow')).toBe('0');
      await screenshot(page, 'finance-run-progress');
      await context.close();
    } finally {
      await quiet.close();
    }
  }, 90_000);
});

/** The bearer token the page holds (sessionStorage), to call the API as that user. */
async function tokenOf(page: import('playwright-core').Page): Promise<string> {
  const raw = (await page.evaluate("sessionStorage.getItem('terren.session')")) as string;
  return (JSON.parse(raw) as { token: string }).token;
}

/**
 * Click a PdfButton and wait for the worker's PDF to be downloaded: bar at 100 %, "Gati", the
 * file a PDF; its text read back (whitespace collapsed) and its page count.
 */
async function pdfFrom(page: Page, box: Locator, label: string): Promise<{ text: string; pages: number }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), box.getByRole('button', { name: label }).click()]);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(box.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
  await box.getByText(/^Gati · \d+ faqe$/).waitFor();
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}
