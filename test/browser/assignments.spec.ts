import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { createAssignment, createEa, createStaff, uniqName } from '../support/factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

const MUNICIPALITY = 'kamenice';

/**
 * A municipality's EAs, assignments and teams in the console (English, 768 px wide): an EA is
 * handed over from one enumerator to another (cancelled first: nothing changes; then confirmed:
 * the API shows the closed and the new period), an EA is renamed from the municipality's EA
 * list, a team is created with its supervisor.
 */
describe('web console: EAs, assignments and teams', () => {
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
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  async function noSideScroll(page: Page): Promise<void> {
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
  }

  it('hands an EA over from one enumerator to another: cancel changes nothing, confirm opens the new period', async () => {
    const ea = await createEa(c.t.db, MUNICIPALITY);
    const from = await createStaff(c.t.db, MUNICIPALITY, { fullName: `Arben ${uniqName()}` });
    const to = await createStaff(c.t.db, MUNICIPALITY, { fullName: `Blerta ${uniqName()}` });
    await createAssignment(c.t.db.prisma, {
      eaId: ea.id,
      enumeratorId: from.id,
      municipalityId: ea.municipalityId,
      validFrom: '2026-01-05',
    });
    const logistics = await c.t.tokenFor(Role.LOGISTICS);
    const periods = async () =>
      (
        (await c.t.http().get('/api/v1/assignments').query({ eaId: ea.id, sort: 'validFrom' }).set('authorization', logistics).expect(200))
          .body as { items: { enumeratorId: string; validFrom: string; validTo: string | null }[] }
      ).items.map((a) => ({ enumeratorId: a.enumeratorId, validFrom: a.validFrom, validTo: a.validTo }));

    const user = await createUser(c.t, Role.LOGISTICS);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.goto(`${c.baseUrl}/app/municipalities/${MUNICIPALITY}`);
    await page.getByRole('link', { name: 'EA assignments' }).first().click();
    await page.waitForURL(`**/app/municipalities/${MUNICIPALITY}/assignments`);

    // Only this enumerator's periods: the filter is in the address.
    await page.locator('#asg-enumerator').selectOption(from.id);
    await page.waitForURL(`**/assignments?enumerator=${from.id}`);
    await page.getByRole('button', { name: `Hand over EA ${ea.code} from ${from.fullName}` }).click();
    await page.getByLabel('New enumerator').selectOption(to.id);
    await page.getByLabel('Their first day').fill('2026-03-02');
    await page.getByRole('button', { name: 'Hand over', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const body = (await dialog.textContent()) ?? '';
    expect(body).toContain(`${from.fullName} loses EA ${ea.code}: their last day is 1 March 2026.`);
    expect(body).toContain(`${to.fullName} gets EA ${ea.code}`);
    await noSideScroll(page);
    await screenshot(page, 'assignments-hand-over');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await periods()).toEqual([{ enumeratorId: from.id, validFrom: '2026-01-05', validTo: null }]);

    await page.getByRole('button', { name: 'Hand over', exact: true }).click();
    await dialog.getByRole('button', { name: `Hand over to ${to.fullName}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByLabel('New enumerator').waitFor({ state: 'hidden' });
    expect(await periods()).toEqual([
      { enumeratorId: from.id, validFrom: '2026-01-05', validTo: '2026-03-01' },
      { enumeratorId: to.id, validFrom: '2026-03-02', validTo: null },
    ]);

    // The new enumerator's period is listed once the filter names them.
    await page.locator('#asg-enumerator').selectOption(to.id);
    await page.getByRole('link', { name: to.fullName }).waitFor();
    await context.close();
  });

  it('edits an EA opened from the municipality page’s EA list', async () => {
    const ea = await createEa(c.t.db, MUNICIPALITY);
    const user = await createUser(c.t, Role.LOGISTICS);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.goto(`${c.baseUrl}/app/municipalities/${MUNICIPALITY}?eaq=${ea.code}`);
    await page.getByRole('link', { name: ea.code, exact: true }).click();
    await page.waitForURL(`**/app/municipalities/${MUNICIPALITY}/eas/${ea.id}`);
    await page.getByRole('heading', { name: `Enumeration area ${ea.code}`, level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Fshati i Epërm');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The EA was saved.').waitFor();
    await noSideScroll(page);
    const saved = await c.t
      .http()
      .get(`/api/v1/eas/${ea.id}`)
      .set('authorization', await c.t.tokenFor(Role.LOGISTICS))
      .expect(200);
    expect(saved.body).toMatchObject({ code: ea.code, name: 'Fshati i Epërm' });
    await context.close();
  });

  it('creates a team with its supervisor', async () => {
    const supervisor = await createStaff(c.t.db, MUNICIPALITY, { kind: StaffKind.SUPERVISOR, fullName: `Driton ${uniqName()}` });
    const code = `KM-${uniqName()
      .slice(0, 10)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'X')}`;
    const user = await createUser(c.t, Role.MUNICIPALITY, MUNICIPALITY);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.goto(`${c.baseUrl}/app/municipalities/${MUNICIPALITY}`);
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await page.waitForURL(`**/app/municipalities/${MUNICIPALITY}/teams`);
    await page.getByLabel('Team code').fill(code);
    await page.getByLabel('Supervisor').selectOption(supervisor.id);
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page.getByText(`Team ${code} was created.`).waitFor();
    await page.getByRole('cell', { name: code, exact: true }).waitFor();
    await noSideScroll(page);
    const teams = await c.t
      .http()
      .get('/api/v1/teams')
      .query({ municipality: MUNICIPALITY })
      .set('authorization', await c.t.tokenFor(Role.ADMIN))
      .expect(200);
    expect((teams.body as { items: { code: string; supervisorId: string | null }[] }).items).toContainEqual(
      expect.objectContaining({ code, supervisorId: supervisor.id }),
    );
    await context.close();
  });
});
