import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff } from '../support/factories.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import { createUser, launchBrowser, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Issue #17: every page of the console, for every role that may open it, at a laptop
 * (1366 × 768) and a tablet (768 × 1024) width: no axe-core violation of impact serious or
 * critical under WCAG 2 A and AA, and no horizontal scrolling.
 */
const MUNICIPALITY = 'prishtine';
const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
] as const;

/** The paths of web/src/pages.tsx, with real ids, and the roles that may open each. */
function pagesFor(ids: { run: string; trainingPlan: string; distributionPlan: string; staff: string }) {
  const ALL: Role[] = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  const LOGISTICS: Role[] = [Role.ADMIN, Role.LOGISTICS];
  return [
    { path: 'dashboard', roles: ALL },
    { path: 'finance/counts', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'finance/runs', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'fieldwork', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'fieldwork/flags', roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'fieldwork/progress', roles: ALL },
    { path: `finance/runs/${ids.run}`, roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'municipalities', roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS] },
    { path: `municipalities/${MUNICIPALITY}`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/operations`, roles: ALL },
    { path: 'contracts', roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'logistics/training', roles: LOGISTICS },
    { path: `training/plans/${ids.trainingPlan}`, roles: ALL },
    { path: `training/plans/${ids.trainingPlan}/reach`, roles: [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY] },
    { path: 'logistics/equipment', roles: LOGISTICS },
    { path: `equipment/plans/${ids.distributionPlan}`, roles: ALL },
    { path: 'recruitment/supervisors', roles: LOGISTICS },
    { path: 'recruitment/scores', roles: LOGISTICS },
    { path: 'finance/tariffs', roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS] },
    { path: `staff/${ids.staff}`, roles: ALL },
    { path: 'finance/bank-changes', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'imports', roles: ALL },
    { path: 'censuses', roles: ALL },
    { path: 'admin/users', roles: [Role.ADMIN] },
    { path: 'admin/audit', roles: [Role.ADMIN] },
    { path: 'admin/queues', roles: [Role.ADMIN] },
    { path: 'admin/outbox', roles: [Role.ADMIN] },
  ];
}

/** Wait until the page has settled: its heading shows and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction("!document.querySelector('[aria-busy=true]')", undefined, { timeout: 10_000 }).catch(() => undefined);
}

async function overflow(page: Page): Promise<string | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const found = await page.evaluate<string | null>(`(() => {
      const d = document.documentElement;
      if (d.scrollWidth <= d.clientWidth) return null;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 0.5)
        .slice(-3)
        .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
      return 'scrollWidth ' + d.scrollWidth + ' > clientWidth ' + d.clientWidth + ' (' + wide.join(', ') + ')';
    })()`);
    if (found === null) return null;
    await page.waitForTimeout(300);
  }
  return page.evaluate<string>(`'scrollWidth ' + document.documentElement.scrollWidth`);
}

describe('web console: accessibility and widths', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let pages: ReturnType<typeof pagesFor>;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    const t = c.t;
    const admin = await t.tokenFor(Role.ADMIN);
    const logistics = await t.tokenFor(Role.LOGISTICS);
    const tariff = await createExampleTariff(t.db);
    const { run, staff } = await createPaidRun(t.db, tariff, [{ municipalityCode: MUNICIPALITY, fullName: 'Arta Krasniqi' }], {
      runMunicipalityCode: MUNICIPALITY,
    });
    await createStaff(t.db, MUNICIPALITY, { fullName: 'Besnik Gashi' });

    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerator training', startDate: '2023-10-16', endDate: '2023-10-18' })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: MUNICIPALITY })
      .expect(201);
    await t.http().post(`/api/v1/training/plans/${plan.body.id}/publish`).set('authorization', logistics).expect(201);

    const items = [
      { typeCode: 'TABLET', serial: 'AXE-TB-01' },
      { typeCode: 'BAG', serial: 'AXE-BG-01' },
      { typeCode: 'POWER_BANK', serial: 'AXE-PB-01' },
    ];
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
    ]) {
      await t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
    }
    await t.http().post('/api/v1/equipment/items/bulk').set('authorization', logistics).send({ items }).expect(200);
    await t
      .http()
      .post('/api/v1/equipment/deliveries')
      .set('authorization', logistics)
      .send({ municipalityCode: MUNICIPALITY, serials: items.map((i) => i.serial) })
      .expect(201);
    const dist = await t
      .http()
      .post(`/api/v1/equipment/municipalities/${MUNICIPALITY}/distribution-plans`)
      .set('authorization', logistics)
      .send({})
      .expect(201);

    const staffId = (staff[0] as { id: string }).id;
    // A11Y_PAGES=dashboard,contracts scans only these paths (a page's own check while working on it).
    const only = process.env.A11Y_PAGES?.split(',').filter(Boolean);
    pages = pagesFor({ run: run.id, trainingPlan: plan.body.id, distributionPlan: dist.body.id, staff: staffId }).filter(
      (p) => !only || only.includes(p.path),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('axe scans of every page at 1366 and 768 px', async () => {
    const problems: string[] = [];
    async function scan(page: Page, where: string): Promise<void> {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' '));
        problems.push(`${where}: ${v.impact} ${v.id} (${v.nodes.length}): ${targets.join(' | ')}`);
      }
      const wide = await overflow(page);
      if (wide) problems.push(`${where}: horizontal scrolling, ${wide}`);
    }
    // The sign-in page, before anyone signs in.
    for (const size of WIDTHS) {
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      await page.goto(`${c.baseUrl}/app/sign-in`);
      await page.locator('#email').waitFor();
      await scan(page, `/app/sign-in at ${size.width} px`);
      await context.close();
    }
    for (const role of [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY]) {
      const user = await createUser(c.t, role, role === Role.MUNICIPALITY ? MUNICIPALITY : undefined);
      for (const size of WIDTHS) {
        const context = await browser.newContext({ viewport: size });
        const page = await context.newPage();
        await signIn(page, c.baseUrl, user);
        for (const p of pages.filter((x) => x.roles.includes(role))) {
          const where = `${role} /app/${p.path} at ${size.width} px`;
          await page.goto(`${c.baseUrl}/app/${p.path}`);
          await settle(page);
          await scan(page, where);
        }
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);
});
