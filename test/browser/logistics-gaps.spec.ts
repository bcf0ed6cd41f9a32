import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { computeRunOverHttp, createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * What the console used to leave to the API: a pay run's held lines (each person a link to
 * their page), a municipality's document languages, a delivery of equipment into a
 * municipality, the quality thresholds. English texts; every change read back from the API.
 */
describe('web console: held lines, document languages, deliveries, quality thresholds', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    await createExampleTariff(c.t.db);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  async function english(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  it('lists the held lines of a run on its page, the person linking to their page', async () => {
    const finance = await c.t.tokenFor(Role.FINANCE);
    const a = await createAssignedEnumerator(c.t.db, 'gjakove');
    const person = await c.t.db.prisma.staffMember.findUniqueOrThrow({ where: { id: a.enumeratorId } });
    // 2530 individuals in 82 households (30.85 per household): flagged, so held.
    await c.t
      .http()
      .post('/api/v1/payroll/counts/import')
      .set('authorization', finance)
      .set('content-type', 'text/csv')
      .send(
        `ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete\n${a.eaCode},${a.nationalId},0,0,82,2530,0,true\n`,
      )
      .expect(200);
    const run = await computeRunOverHttp(c.t, finance, { municipalityCode: 'gjakove' });

    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, await createUser(c.t, Role.FINANCE));
    await page.goto(`${c.baseUrl}/app/finance/runs/${run}`);
    await page.getByRole('heading', { name: 'Held lines' }).waitFor();
    const held = page.getByRole('table', { name: 'Held lines' });
    await held.waitFor();
    const text = (await held.textContent()) ?? '';
    expect(text).toContain(a.eaCode);
    expect(text).toContain('2530');
    const link = held.getByRole('link', { name: person.fullName }).first();
    expect(await link.getAttribute('href')).toBe(`/app/staff/${a.enumeratorId}`);
    await link.click();
    await page.waitForURL(`**/app/staff/${a.enumeratorId}`);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await context.close();
  });

  it('saves a municipality’s document languages, in order, and the API shows them', async () => {
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, await createUser(c.t, Role.ADMIN));
    await page.goto(`${c.baseUrl}/app/municipalities/prizren`);
    await page.getByRole('heading', { name: 'Document languages' }).waitFor();
    await page.getByLabel('First language').selectOption('sr-Latn');
    await page.getByLabel('Second language').selectOption('en');
    await page.getByRole('button', { name: 'Save languages' }).click();
    await page.getByText('The document languages were saved.').waitFor();
    const admin = await c.t.tokenFor(Role.ADMIN);
    const mun = await c.t.http().get('/api/v1/geography/municipalities/prizren').set('authorization', admin).expect(200);
    expect(mun.body.documentLocales).toEqual(['sr-Latn', 'en']);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await context.close();
  });

  it('records a delivery into a municipality through the equipment page, after a confirmation', async () => {
    const logistics = await c.t.tokenFor(Role.LOGISTICS);
    await c.t
      .http()
      .post('/api/v1/equipment/item-types')
      .set('authorization', await c.t.tokenFor(Role.ADMIN))
      .send({ code: 'TABLET', name: 'Tablet' })
      .expect(201);
    const serials = ['GAP-TB-01', 'GAP-TB-02'];
    await c.t
      .http()
      .post('/api/v1/equipment/items/bulk')
      .set('authorization', logistics)
      .send({ items: serials.map((serial) => ({ typeCode: 'TABLET', serial })) })
      .expect(200);

    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, await createUser(c.t, Role.LOGISTICS));
    await page.goto(`${c.baseUrl}/app/logistics/equipment`);
    await page.getByRole('heading', { name: 'Deliveries to municipalities' }).waitFor();
    await page.locator('#delivery-mun').selectOption('decan');
    await page.locator('#delivery-serials').fill(serials.join('\n'));
    await page.locator('#delivery-note').fill('First shipment');
    await page.getByRole('button', { name: 'Record delivery' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record the delivery?' });
    await dialog.getByText('2 items leave the ASK store').waitFor();
    await dialog.getByRole('button', { name: 'Record delivery' }).click();
    await page.getByText('2 items were delivered to').waitFor();
    await page.locator('table.deliveries').getByRole('cell', { name: 'First shipment' }).waitFor();
    // The inventory below loads again: the items are now in the municipality's store.
    await page
      .getByRole('row', { name: /GAP-TB-01/ })
      .filter({ hasText: 'decan' })
      .waitFor();

    const list = await c.t.http().get('/api/v1/equipment/deliveries?municipality=decan').set('authorization', logistics).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ municipalityCode: 'decan', note: 'First shipment', itemsByType: { TABLET: 2 } });
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await screenshot(page, 'equipment-delivery');
    await context.close();
  });

  it('saves the quality thresholds on the fieldwork page', async () => {
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, await createUser(c.t, Role.ADMIN));
    await page.goto(`${c.baseUrl}/app/fieldwork`);
    await page.getByRole('heading', { name: 'Quality thresholds' }).waitFor();
    const jump = page.getByLabel('Jump between versions (%)');
    await expect(jump.inputValue()).resolves.toBe('30');
    await jump.fill('40');
    await page.getByLabel('Days without approval').fill('5');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await page.getByText('The thresholds were saved.').waitFor();
    const settings = await c.t
      .http()
      .get('/api/v1/fieldwork/quality-settings')
      .set('authorization', await c.t.tokenFor(Role.ADMIN))
      .expect(200);
    expect(settings.body).toMatchObject({ jumpPercent: 40, noApprovalDays: 5, individualsPerHouseholdMax: 15 });
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await context.close();
  });
});
