import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * A census is a record kept from the console: ASK reads its calendar, changes a date (a new
 * version with a reason) and starts a second census by copying the first with its dates moved;
 * the lists then filter by census. A municipality reads but changes nothing.
 */
describe('web console: censuses and their calendars', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('changes a date as a new calendar version and copies the census with shifted dates', async () => {
    const admin = await createUser(c.t, Role.ADMIN);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, admin);
    await page.getByRole('link', { name: 'Regjistrimet' }).click();
    await page.getByRole('heading', { name: 'Regjistrimet dhe kalendarët e tyre', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'xk-2023' });
    await row.getByRole('button', { name: 'Hap' }).click();
    await page.getByRole('heading', { name: 'xk-2023 · Kalendari (versioni 1)' }).waitFor();

    // a date changes through a new version, with its reason
    await page.locator('#census-stage').selectOption('publicationBy');
    await page.locator('#census-date').fill('2023-10-14');
    await page.locator('#census-reason').fill('Publication moved by one day');
    await page.getByRole('button', { name: 'Ruaj versionin e ri' }).click();
    await page.getByRole('heading', { name: 'xk-2023 · Kalendari (versioni 2)' }).waitFor();
    await page.getByRole('cell', { name: 'Publication moved by one day' }).waitFor();
    const census = await c.t.db.prisma.census.findUniqueOrThrow({ where: { code: 'xk-2023' } });
    const v2 = await c.t.db.prisma.censusCalendar.findUniqueOrThrow({ where: { censusId_version: { censusId: census.id, version: 2 } } });
    expect((v2.stages as Record<string, unknown>).publicationBy).toBe('2023-10-14');
    expect(v2.changedById).toBe(admin.id);

    // a second census: the first one copied with field work starting on 5 April 2024
    await page.locator('#copy-code').fill('xk-2024');
    await page.locator('#copy-name').fill('Kosovo census, spring 2024');
    await page.locator('#copy-from').fill('2024-04-05');
    await page.getByRole('button', { name: 'Kopjo me data të zhvendosura' }).click();
    await page.getByText(/^U kopjua: \d+ tarifa, \d+ trajnime, \d+ konkurse$/).waitFor();
    await page.getByRole('row').filter({ hasText: 'xk-2024' }).waitFor();
    const copy = await c.t.db.prisma.census.findUniqueOrThrow({ where: { code: 'xk-2024' }, include: { calendars: true } });
    const stages = copy.calendars[0]?.stages as Record<string, unknown>;
    expect(stages.fieldworkFrom).toBe('2024-04-05');
    // every stage moved by the same number of days (1 Nov 2023 → 5 Apr 2024: 156 days)
    expect(stages.publicationBy).toBe('2024-03-18');

    // the pay runs list filters by census, both listed
    await page.goto(`${c.baseUrl}/app/finance/runs`);
    const filter = page.getByLabel('Regjistrimi');
    await filter.locator('option', { hasText: 'xk-2024' }).waitFor({ state: 'attached' });
    expect(await filter.locator('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('xk-2023'), expect.stringContaining('xk-2024')]),
    );
    await screenshot(page, 'censuses-copied');
    await context.close();
  });

  it('lets a municipality read the censuses and nothing more', async () => {
    const prizren = await createUser(c.t, Role.MUNICIPALITY, 'prizren');
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, prizren);
    await page.goto(`${c.baseUrl}/app/censuses`);
    const row = page.getByRole('row').filter({ hasText: 'xk-2023' });
    await row.getByRole('button', { name: 'Hap' }).click();
    await page.getByRole('heading', { name: /^xk-2023 · Kalendari/ }).waitFor();
    expect(await page.locator('#census-stage').count()).toBe(0);
    expect(await page.locator('#copy-code').count()).toBe(0);
    // its operations page keeps to one census when asked
    await page.goto(`${c.baseUrl}/app/municipalities/prizren/operations`);
    await page.locator('#ops-census option', { hasText: 'xk-2023' }).waitFor({ state: 'attached' });
    const [flags, competitions] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/recruitment/deadline-flags?census=xk-2023')),
      page.waitForResponse((r) => r.url().includes('/api/v1/recruitment/competitions?census=xk-2023')),
      page.locator('#ops-census').selectOption('xk-2023'),
    ]);
    expect([flags.status(), competitions.status()]).toEqual([200, 200]);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
