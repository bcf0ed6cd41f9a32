import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff, uniq } from '../support/factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Contracts in the browser against the real service: finance generates a person's contract for
 * a municipality and marks it sent, each after a confirmation; the municipality records the
 * signature with a paper reference; the status follows. English texts.
 */
describe('web console: contracts', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  async function english(): Promise<BrowserContext> {
    const context = await browser.newContext();
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  it('finance generates and sends a contract, the municipality records its signature', async () => {
    const code = `b-${uniq().toLowerCase()}`;
    await c.t.db.prisma.census.create({
      data: {
        code,
        name: 'Browser census',
        country: 'XK',
        languages: ['sq', 'sr', 'en'],
        timeZone: 'Europe/Belgrade',
        referenceDate: new Date('2023-10-15T00:00:00Z'),
      },
    });
    const person = await createStaff(c.t.db, 'lipjan', {
      fullName: 'Valbona Hoxha',
      engagementStart: '2023-10-15',
      engagementEnd: '2023-12-15',
    });
    const finance = await createUser(c.t, Role.FINANCE);
    const context = await english();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await signIn(page, c.baseUrl, finance);
    await page.goto(`${c.baseUrl}/app/contracts?municipality=lipjan`);
    await page.getByRole('heading', { name: 'Contracts', level: 1 }).waitFor();
    await page.locator('#generate-person').selectOption(person.id);
    await page.locator('#generate-census').fill(code);
    await page.getByRole('button', { name: 'Generate contract' }).click();
    await page.getByText(`Contract ${code}-000001 was generated.`).waitFor();
    await page.getByRole('cell', { name: `${code}-000001` }).waitFor();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByText(`Contract ${code}-000001 is marked as sent.`).waitFor();
    expect(dialogs).toEqual([
      'Generate a contract with the next number for Valbona Hoxha?',
      `Was contract ${code}-000001 handed to the person?`,
    ]);
    await context.close();

    const municipality = await createUser(c.t, Role.MUNICIPALITY, 'lipjan');
    const own = await english();
    const mpage = await own.newPage();
    mpage.on('dialog', (d) => void d.accept());
    await signIn(mpage, c.baseUrl, municipality);
    await mpage.getByRole('link', { name: 'Contracts' }).click();
    await mpage.getByRole('cell', { name: `${code}-000001` }).waitFor();
    await mpage.getByRole('button', { name: 'Record signature' }).click();
    await mpage.getByLabel('Signed on').fill('2023-10-14');
    await mpage.getByLabel('Paper reference', { exact: true }).check();
    await mpage.getByLabel('Reference of the filed paper').fill('LIP-2023/7');
    await mpage.locator('form[aria-label^="Record signature"] button[type=submit]').click();
    await mpage.getByText(`The signature of contract ${code}-000001 was recorded.`).waitFor();
    await mpage.getByRole('cell', { name: 'signed', exact: true }).waitFor();
    await screenshot(mpage, 'contracts-signed');
    const row = await c.t.db.prisma.contract.findFirstOrThrow({ where: { staffId: person.id } });
    expect(row).toMatchObject({ status: 'SIGNED', paperReference: 'LIP-2023/7', signedBy: 'Valbona Hoxha' });
    await own.close();
  });
});
