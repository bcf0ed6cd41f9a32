import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createEa, createStaff } from '../support/factories.js';
import { createExampleTariff } from '../support/payroll-factories.js';
import { createPaidRun } from '../support/report-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

interface Figures {
  pay: { runs: { kind: string; gross: string }[]; gross: string; net: string };
  [group: string]: unknown;
}
interface Dashboard {
  municipalities: (Figures & { code: string })[];
  totals: Figures;
}

/** The API's value of a table cell's figure (the names the page puts in data-figure). */
function figureOf(f: Figures, figure: string): string {
  const run = /^pay\.(regular|adjustment)\.gross$/.exec(figure);
  if (run) return f.pay.runs.find((r) => r.kind === run[1]?.toUpperCase())?.gross ?? '';
  const value = figure.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], f);
  return String(value);
}

/** Every figure cell of the page's tables: row (municipality code or "total"), figure, value. */
async function cellsOf(page: Page): Promise<{ row: string; figure: string; value: string }[]> {
  return page.evaluate(`[...document.querySelectorAll('table[data-dash-table] tr td[data-figure]')]
    .filter((td) => td.closest('tr').dataset.municipality || td.closest('tr').dataset.total)
    .map((td) => ({ row: td.closest('tr').dataset.municipality || 'total', figure: td.dataset.figure, value: td.dataset.value }))`);
}

async function tokenOf(page: Page): Promise<string> {
  const raw = (await page.evaluate("sessionStorage.getItem('terren.session')")) as string;
  return `Bearer ${(JSON.parse(raw) as { token: string }).token}`;
}

/**
 * The dashboard is the first page after sign-in, and the numbers it shows equal the API's:
 * every figure cell of its tables is compared with GET /dashboard for the same user.
 */
describe('web console: dashboard', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    const t = c.t;
    const p = t.db.prisma;
    const tariff = await createExampleTariff(t.db);
    await createPaidRun(t.db, tariff, [{ municipalityCode: 'junik', fullName: 'Arta Krasniqi' }], { runMunicipalityCode: 'junik' });
    await createPaidRun(
      t.db,
      tariff,
      [
        { municipalityCode: 'prizren', fullName: 'Besnik Gashi' },
        { municipalityCode: 'prizren', fullName: 'Drita Berisha' },
      ],
      { runMunicipalityCode: 'prizren' },
    );
    // Counts against expectations, and equipment, in Junik.
    const junik = await t.db.municipalityId('junik');
    const enumerator = await createStaff(t.db, 'junik', { fullName: 'Gent Hoxha' });
    for (const [i, households] of [31, 12].entries()) {
      const ea = await createEa(t.db, 'junik');
      await p.eaExpectation.create({
        data: { eaId: ea.id, municipalityId: junik, expectedDwellings: 40, expectedHouseholds: 35 + i, expectedIndividuals: 140 },
      });
      await p.eaCount.create({
        data: {
          eaId: ea.id,
          enumeratorId: enumerator.id,
          municipalityId: junik,
          version: 1,
          buildings: 9,
          dwellings: 33,
          households,
          individuals: 4 * households,
          diasporaPersons: 0,
          diasporaListComplete: true,
        },
      });
    }
    const type = await p.itemType.create({ data: { code: 'DASH_TABLET', name: 'Tablet' } });
    for (const [i, status] of (['ISSUED', 'ISSUED', 'RETURNED', 'IN_STORAGE'] as const).entries())
      await p.item.create({ data: { typeId: type.id, serial: `DASH-${i}`, municipalityId: junik, status } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  async function opensFirstWithTheApiNumbers(role: Role, municipality: string | undefined, rows: string[]) {
    const user = await createUser(c.t, role, municipality);
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.waitForURL('**/app/dashboard');
    await page.locator('table[data-dash-table=pay] td[data-figure]').first().waitFor();
    const api = (
      await c.t
        .http()
        .get('/api/v1/dashboard')
        .set('authorization', await tokenOf(page))
        .expect(200)
    ).body as Dashboard;
    const cells = await cellsOf(page);
    const expected = cells.map(({ row, figure }) => {
      const f = row === 'total' ? api.totals : api.municipalities.find((m) => m.code === row);
      return { row, figure, value: f ? figureOf(f, figure) : 'not in the API' };
    });
    expect(cells).toEqual(expected);
    expect([...new Set(cells.map((x) => x.row))].sort()).toEqual(rows.sort());
    // Every figure group is on the page, and no horizontal scrolling at 768 px.
    expect(new Set(cells.map((x) => x.figure.split('.')[0]))).toEqual(new Set(['recruitment', 'eas', 'pay', 'equipment', 'flags']));
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
    return { page, context, api };
  }

  it('opens first for ADMIN with every municipality and the total, each number equal to the API’s', async () => {
    const codes = ((await c.t.db.prisma.municipality.findMany({ select: { code: true } })) as { code: string }[]).map((m) => m.code);
    const { page, context, api } = await opensFirstWithTheApiNumbers(Role.ADMIN, undefined, [...codes, 'total']);
    expect(api.municipalities.find((m) => m.code === 'prizren')?.pay.gross).toBe('2274.40');
    expect(api.totals.pay.gross).toBe('3411.60');
    // The shown money is the CLDR form of the same amount (sq: 3 411,60 €), the charts have their text.
    const total = page.locator('table[data-dash-table=pay] tr[data-total] td[data-figure="pay.gross"]');
    await expect(total.textContent()).resolves.toMatch(/^3\s411,60\s€$/);
    expect(await page.locator('figure.dash-chart [role=img][aria-labelledby][aria-describedby]').count()).toBe(3);
    // Choosing a municipality narrows the page to it.
    await page.locator('#dash-municipality').selectOption('junik');
    await page.locator('table[data-dash-table=eas] tr[data-municipality=junik]').waitFor();
    await page.locator('table[data-dash-table=eas] tr[data-municipality=prizren]').waitFor({ state: 'detached' });
    expect(await page.locator('table[data-dash-table=eas] tbody tr').count()).toBe(1);
    await expect(
      page
        .locator('table[data-dash-table=eas] tr[data-municipality=junik] td[data-figure="eas.countedHouseholds"]')
        .getAttribute('data-value'),
    ).resolves.toBe('43');
    await screenshot(page, 'dashboard-admin');
    await context.close();
  });

  it('opens first for a municipality with its own numbers only, equal to the API’s', async () => {
    const { page, context, api } = await opensFirstWithTheApiNumbers(Role.MUNICIPALITY, 'prizren', ['prizren']);
    expect(api.municipalities.map((m) => m.code)).toEqual(['prizren']);
    expect(await page.locator('#dash-municipality').count()).toBe(0);
    // Its documents: the statement pack of its run among them.
    await page.locator('.pdf-report[data-report-type=payment-statement-pack]').waitFor();
    await screenshot(page, 'dashboard-municipality');
    await context.close();
  });
});
