import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { maskIban } from '../../src/staff/domain/iban-mask.js';
import { kosovoIban, nationalId, uniqName } from '../support/factories.js';
import { computeRunOverHttp, createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Staff work in the console (English texts): a person blocked in a pay run for want of an IBAN
 * is fixed under four eyes (one finance user requests, another confirms after a confirmation;
 * cancelling changes nothing) and the recomputed run pays them; a staff file is imported through
 * the imports page, refused first by row and column with nothing written, then checked and
 * imported.
 */
describe('web console: staff', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  /** English, at tablet width (768 px): the pages must not scroll sideways. */
  async function english(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  async function noSideScroll(page: Page): Promise<void> {
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
  }

  async function tokenOf(page: Page): Promise<string> {
    const raw = (await page.evaluate("sessionStorage.getItem('terren.session')")) as string;
    return (JSON.parse(raw) as { token: string }).token;
  }

  it('fixes a blocked person’s IBAN: one finance user requests, a second confirms, the recomputed run pays them', async () => {
    await createExampleTariff(c.t.db);
    const fullName = `Drita ${uniqName()}`;
    const blocked = await createAssignedEnumerator(c.t.db, 'kamenice', { staff: { iban: null, fullName } });
    const runId = await computeRunOverHttp(c.t, await c.t.tokenFor(Role.FINANCE), { municipalityCode: 'kamenice' });
    const payPerson = () =>
      c.t.db.prisma.payPerson.findUniqueOrThrow({
        where: { runId_staffId: { runId, staffId: blocked.enumeratorId } },
        select: { status: true, blockReasons: true, iban: true },
      });
    expect(await payPerson()).toMatchObject({ status: 'BLOCKED', blockReasons: [expect.objectContaining({ code: 'NO_VALID_IBAN' })] });

    // Finance user A opens the person from the run page and requests an IBAN.
    const userA = await createUser(c.t, Role.FINANCE);
    const ctxA = await english();
    const pageA = await ctxA.newPage();
    await signIn(pageA, c.baseUrl, userA);
    await pageA.goto(`${c.baseUrl}/app/finance/runs/${runId}`);
    await pageA.getByRole('link', { name: fullName }).click();
    await pageA.waitForURL(`**/app/staff/${blocked.enumeratorId}`);
    await pageA.getByRole('heading', { name: fullName, level: 1 }).waitFor();
    expect(await pageA.getByTestId('staff-iban').textContent()).toBe('no confirmed IBAN');

    // A mistyped IBAN is refused next to the form, nothing is requested.
    await pageA.getByLabel('New IBAN', { exact: true }).fill('XK05 1212 0000');
    await pageA.getByRole('button', { name: 'Request a new IBAN' }).click();
    await expect(pageA.getByRole('alert').textContent()).resolves.toContain('iban');
    await expect(c.t.db.prisma.staffBankAccount.count({ where: { staffId: blocked.enumeratorId } })).resolves.toBe(0);

    const iban = kosovoIban();
    await pageA.getByLabel('New IBAN', { exact: true }).fill(iban.replace(/(.{4})/g, '$1 ').trim());
    await pageA.getByRole('button', { name: 'Request a new IBAN' }).click();
    await pageA.getByText('The IBAN was requested').waitFor();
    await pageA.getByRole('cell', { name: 'Pending', exact: true }).waitFor();
    await noSideScroll(pageA);

    // A cannot confirm their own request: the page says why, and the API refuses it too.
    await pageA.locator('#main').getByRole('link', { name: 'IBAN changes' }).click();
    await pageA.getByRole('heading', { name: 'Bank-account changes', level: 1 }).waitFor();
    const rowA = pageA.getByRole('row').filter({ hasText: fullName });
    expect(await rowA.getByRole('button', { name: 'Confirm' }).isDisabled()).toBe(true);
    await expect(rowA.textContent()).resolves.toContain('under the four-eyes rule another finance user confirms it');
    await noSideScroll(pageA);
    const change = await c.t.db.prisma.staffBankAccount.findFirstOrThrow({ where: { staffId: blocked.enumeratorId } });
    expect(change).toMatchObject({ status: 'PENDING', iban, requestedById: userA.id });
    const refused = await fetch(`${c.baseUrl}/api/v1/bank-account-changes/${change.id}/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenOf(pageA)}` },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('IBAN_FOUR_EYES');

    // Finance user B confirms after the confirmation naming the person and the masked IBAN.
    const userB = await createUser(c.t, Role.FINANCE);
    const ctxB = await english();
    const pageB = await ctxB.newPage();
    await signIn(pageB, c.baseUrl, userB);
    await pageB.goto(`${c.baseUrl}/app/finance/bank-changes`);
    const rowB = pageB.getByRole('row').filter({ hasText: fullName });
    await rowB.getByRole('button', { name: 'Confirm' }).click();
    const dialog = pageB.getByRole('dialog', { name: `Confirm the IBAN of ${fullName}?` });
    await expect(dialog.textContent()).resolves.toContain(maskIban(iban));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(c.t.db.prisma.staffBankAccount.findUniqueOrThrow({ where: { id: change.id } })).resolves.toMatchObject({
      status: 'PENDING',
    });
    await rowB.getByRole('button', { name: 'Confirm' }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await pageB.getByText(`The IBAN ${maskIban(iban)} of ${fullName} was confirmed.`).waitFor();
    await expect(
      c.t.db.prisma.staffMember.findUniqueOrThrow({ where: { id: blocked.enumeratorId }, select: { iban: true } }),
    ).resolves.toEqual({ iban });
    await screenshot(pageB, 'staff-iban-confirmed');

    // Recomputed from the run page, the person is payable with the confirmed IBAN.
    await pageB.goto(`${c.baseUrl}/app/finance/runs/${runId}`);
    await pageB.locator('[data-testid="run-status"][data-status="COMPUTED"]').waitFor();
    await pageB.getByRole('button', { name: 'Recompute' }).click();
    await pageB.getByText('The recomputation is queued.').waitFor();
    await pageB.locator('[data-testid="run-status"][data-status="COMPUTED"]').waitFor({ timeout: 60_000 });
    for (let i = 0; i < 600 && (await c.t.db.prisma.payRun.findUniqueOrThrow({ where: { id: runId } })).status !== 'COMPUTED'; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await payPerson()).toMatchObject({ status: 'PAYABLE', blockReasons: null, iban });
    await pageB.reload();
    await pageB.getByRole('row').filter({ hasText: fullName }).filter({ hasText: 'Payable' }).waitFor();
    await screenshot(pageB, 'staff-run-payable');
    await ctxA.close();
    await ctxB.close();
  });

  it('imports a staff file through the page: a bad file is refused by row and column, a good one is checked then imported', async () => {
    const logistics = await createUser(c.t, Role.LOGISTICS);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, logistics);
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
    await page.getByLabel('Kind').selectOption('staff');

    const ids = [nationalId(), nationalId()];
    const header = 'national_id,kind,full_name,community,language,municipality_code,engagement_start,engagement_end';
    const file = (rows: string[]) => ({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows, ''].join('\n')) });
    const written = () => c.t.db.prisma.staffMember.count({ where: { nationalId: { in: ids } } });

    // A bad file: every problem by row and column, nothing written.
    await page.setInputFiles(
      '#import-file',
      file([
        `${ids[0]},PILOT,Besa Gashi,ALBANIAN,SQ,kamenice,2023-10-15,2023-12-15`,
        `${ids[1]},ENUMERATOR,Ilir Hoti,ALBANIAN,SQ,kamenice,2023-10-15,2023-09-01`,
      ]),
    );
    await page.getByText('File: staff.csv').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('IMPORT_INVALID');
    const problems = alert.locator('table.error-details tbody tr');
    const cells = (await problems.allTextContents()).join('\n');
    expect(cells).toMatch(/^2kind/m);
    expect(cells).toMatch(/^3engagement_end/m);
    await expect(written()).resolves.toBe(0);
    await noSideScroll(page);
    await screenshot(page, 'staff-import-refused');

    // A good file: the preview first (nothing written), then the import.
    await page.setInputFiles(
      '#import-file',
      file([
        `${ids[0]},ENUMERATOR,Besa Gashi,ALBANIAN,SQ,kamenice,2023-10-15,2023-12-15`,
        `${ids[1]},ENUMERATOR,Ilir Hoti,ALBANIAN,SQ,kamenice,2023-10-15,2023-12-15`,
      ]),
    );
    await page.getByRole('button', { name: 'Check only' }).click();
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    expect(await page.getByTestId('rows').textContent()).toBe('2');
    expect(await page.getByTestId('created').textContent()).toBe('2');
    expect(await page.getByRole('alert').count()).toBe(0);
    await expect(written()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('The file was imported.').waitFor();
    expect(await page.getByTestId('created').textContent()).toBe('2');
    const rows = await c.t.db.prisma.staffMember.findMany({ where: { nationalId: { in: ids } }, orderBy: { fullName: 'asc' } });
    expect(rows.map((r) => [r.fullName, r.kind, r.engagementEnd?.toISOString().slice(0, 10)])).toEqual([
      ['Besa Gashi', 'ENUMERATOR', '2023-12-15'],
      ['Ilir Hoti', 'ENUMERATOR', '2023-12-15'],
    ]);
    // The batch is listed among the past imports.
    await page.getByRole('row').filter({ hasText: 'Staff (supervisors and enumerators)' }).first().waitFor();
    await noSideScroll(page);
    await screenshot(page, 'staff-import-done');
    await context.close();
  });
});
