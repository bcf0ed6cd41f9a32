import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Tariffs from the console: finance reads a version with the arithmetic of each rate, creates
 * the next version from it (asked first; cancelling changes nothing) and sees a refused value
 * next to the form, by field.
 */
describe('web console: tariffs', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('shows the rates with their arithmetic and creates the next version', async () => {
    const finance = await createUser(c.t, Role.FINANCE);
    await createExampleTariff(c.t.db);
    const census = await c.t.db.prisma.census.findUniqueOrThrow({ where: { code: 'xk-2023' } });
    const before = await c.t.db.prisma.tariff.findMany({ where: { censusId: census.id }, orderBy: { version: 'desc' } });
    const latest = before[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance);
    await page.getByRole('link', { name: 'Tarifat' }).click();
    await page.getByRole('heading', { name: 'Tarifat e pagesës', level: 1 }).waitFor();
    await page.getByLabel('Regjistrimi').selectOption('xk-2023');
    await page.getByRole('heading', { name: `Versioni ${latest.version}: ${latest.name}` }).waitFor();

    // 100 individuals at the stored rate, worked out as pay does (half-up to the cent)
    const individuals = page.getByRole('row').filter({ hasText: 'Individë' });
    // CLDR puts no-break spaces in numbers and before the euro sign
    const rowText = async () => ((await individuals.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
    const rate = latest.rateIndividual.toFixed(2).replace('.', ',');
    const amount = latest.rateIndividual.times(100).toFixed(2).replace('.', ',');
    await expect(rowText()).resolves.toContain(`100 × ${rate} € = ${amount} €`);
    await page.getByLabel('Numri në shembull').fill('1234');
    const amount1234 = latest.rateIndividual.times(1234).toDecimalPlaces(2).toFixed(2);
    await expect(rowText()).resolves.toContain(`1 234 × ${rate} € = ${amount1234.replace('.', ',')} €`);

    // a refused value is named next to the form; nothing is written
    await page.getByLabel('Emri', { exact: true }).fill('Tariff 2023, corrected rates');
    await page.getByLabel('Në fuqi nga').fill('2023-11-20');
    await page.locator('#tariff-rateIndividual').fill('abc');
    await page.getByRole('button', { name: 'Krijo versionin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Të krijohet versioni i ri i tarifës?' });
    await dialog.getByText('vlen për llogaritjet e pagave nga').waitFor();
    await dialog.getByRole('button', { name: 'Anulo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(c.t.db.prisma.tariff.count({ where: { censusId: census.id } })).resolves.toBe(before.length);
    await page.getByRole('button', { name: 'Krijo versionin' }).click();
    await dialog.getByRole('button', { name: 'Krijo versionin' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('TARIFF_INVALID');
    await expect(alert.textContent()).resolves.toContain('rateIndividual');
    await expect(c.t.db.prisma.tariff.count({ where: { censusId: census.id } })).resolves.toBe(before.length);

    // written the way an Albanian reader writes a decimal
    await page.locator('#tariff-rateIndividual').fill('0,85');
    await page.getByRole('button', { name: 'Krijo versionin' }).click();
    await dialog.getByRole('button', { name: 'Krijo versionin' }).click();
    await page.getByText(`U krijua versioni ${latest.version + 1}.`).waitFor();
    await page.getByRole('heading', { name: `Versioni ${latest.version + 1}: Tariff 2023, corrected rates` }).waitFor();
    const created = await c.t.db.prisma.tariff.findFirstOrThrow({ where: { censusId: census.id, version: latest.version + 1 } });
    expect(created.rateIndividual.toFixed(4)).toBe('0.8500');
    expect(created.rateDwelling.toFixed(4)).toBe(latest.rateDwelling.toFixed(4));
    expect(created.createdById).toBe(finance.id);
    await screenshot(page, 'tariff-created');
    await context.close();
  });
});
