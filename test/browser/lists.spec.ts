import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Community, Language, Role, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { nationalId, uniq } from '../support/factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * A municipality's staff list longer than a page: next and previous by cursor, order and search
 * kept in the address (a reload shows the same list). Albanian texts.
 */
describe('web console: paged lists', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('pages the staff list of a municipality, sorts and searches it, and keeps that in the address', async () => {
    const stem = uniq();
    const municipalityId = await c.t.db.municipalityId('junik');
    await c.t.db.prisma.staffMember.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        kind: StaffKind.ENUMERATOR,
        nationalId: nationalId(),
        fullName: `Faqe ${String(i).padStart(2, '0')} ${stem}`,
        community: Community.ALBANIAN,
        languageOfWork: Language.SQ,
        municipalityId,
        status: StaffStatus.ACTIVE,
      })),
    });
    const admin = await createUser(c.t, Role.ADMIN);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, admin);
    await page.goto(`${c.baseUrl}/app/municipalities/junik`);
    const panel = page.locator('.panel', { has: page.getByRole('heading', { name: 'Mbikëqyrësit dhe regjistruesit' }) });
    const firstName = () => panel.locator('tbody tr').first().locator('td').first().textContent();

    await panel.getByText('Rreshtat 1–50 nga 60').waitFor();
    expect(await firstName()).toBe(`Faqe 00 ${stem}`);
    await panel.getByRole('button', { name: 'Më pas' }).click();
    await panel.getByText('Rreshtat 51–60 nga 60').waitFor();
    expect(await firstName()).toBe(`Faqe 50 ${stem}`);
    expect(new URL(page.url()).searchParams.get('staffcursor')).toBeTruthy();
    await panel.getByRole('button', { name: 'Më parë' }).click();
    await panel.getByText('Rreshtat 1–50 nga 60').waitFor();
    expect(new URL(page.url()).searchParams.get('staffcursor')).toBeNull();

    await panel.getByLabel('Renditja').selectOption('-fullName');
    await panel
      .locator('tbody tr', { hasText: `Faqe 59 ${stem}` })
      .first()
      .waitFor();
    expect(await firstName()).toBe(`Faqe 59 ${stem}`);
    expect(new URL(page.url()).searchParams.get('staffsort')).toBe('-fullName');

    await panel.getByLabel('Kërko').fill('Faqe 05');
    await page.waitForURL((url) => url.searchParams.get('staffq') === 'Faqe 05');
    // the descending page shows Faqe 59 … 10: wait for the search's single row, not for Faqe 00
    await panel.locator('tbody tr', { hasText: `Faqe 05 ${stem}` }).waitFor();
    await panel.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await panel.locator('tbody tr').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Më pas' }).count()).toBe(0);
    await page.reload();
    await panel.locator('tbody tr', { hasText: `Faqe 05 ${stem}` }).waitFor();
    expect(await panel.locator('tbody tr').count()).toBe(1);
    expect(await panel.getByLabel('Kërko').inputValue()).toBe('Faqe 05');
    await screenshot(page, 'staff-list-paged');
    await context.close();
  });

  it('pages and searches 10,000 people of one municipality by keyset, with sort, search and cursor in the address', async () => {
    const stem = uniq();
    const municipalityId = await c.t.db.municipalityId('decan');
    // One statement for 10,000 rows (the pager reads by keyset, so the size costs nothing per page).
    await c.t.db.prisma.$executeRawUnsafe(
      `INSERT INTO "StaffMember" (id, kind, "nationalId", "fullName", community, "languageOfWork", "municipalityId", status, "updatedAt")
       SELECT gen_random_uuid(), 'ENUMERATOR'::"StaffKind", 'T' || $2 || lpad(g::text, 5, '0'),
              'Dhjete ' || lpad(g::text, 5, '0') || ' ' || $2, 'ALBANIAN'::"Community", 'SQ'::"Language", $1::uuid,
              'ACTIVE'::"StaffStatus", now()
       FROM generate_series(0, 9999) g`,
      municipalityId,
      stem,
    );
    const admin = await createUser(c.t, Role.ADMIN);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, admin);
    await page.goto(`${c.baseUrl}/app/municipalities/decan`);
    const panel = page.locator('.panel', { has: page.getByRole('heading', { name: 'Mbikëqyrësit dhe regjistruesit' }) });
    const firstName = () => panel.locator('tbody tr').first().locator('td').first().textContent();
    const total = /nga 10[\s.\u00a0\u202f]?000/;

    await panel.getByText(total).waitFor();
    expect(await firstName()).toBe(`Dhjete 00000 ${stem}`);
    // Newest-name-first, then three pages forward: each page a keyset step, the cursor in the address.
    await panel.getByLabel('Renditja').selectOption('-fullName');
    await panel
      .locator('tbody tr', { hasText: `Dhjete 09999 ${stem}` })
      .first()
      .waitFor();
    const started = Date.now();
    for (const first of ['09949', '09899', '09849']) {
      await panel.getByRole('button', { name: 'Më pas' }).click();
      await panel
        .locator('tbody tr', { hasText: `Dhjete ${first} ${stem}` })
        .first()
        .waitFor();
      expect(await firstName()).toBe(`Dhjete ${first} ${stem}`);
    }
    const perPage = (Date.now() - started) / 3;
    await panel.getByText(/Rreshtat 151–200 nga 10[\s.\u00a0\u202f]?000/).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('staffsort')).toBe('-fullName');
    expect(url.searchParams.get('staffcursor')).toBeTruthy();
    // A reload shows the same page: order and cursor come from the address.
    await page.reload();
    await panel
      .locator('tbody tr', { hasText: `Dhjete 09849 ${stem}` })
      .first()
      .waitFor();
    expect(await firstName()).toBe(`Dhjete 09849 ${stem}`);

    // Search by name: back to the first page of the matches, order kept, the query in the address.
    await panel.getByLabel('Kërko').fill('Dhjete 0432');
    await page.waitForURL((u) => u.searchParams.get('staffq') === 'Dhjete 0432');
    await panel
      .locator('tbody tr', { hasText: `Dhjete 04329 ${stem}` })
      .first()
      .waitFor();
    await panel.locator('tbody tr').nth(10).waitFor({ state: 'detached' });
    const names = (await panel.locator('tbody tr td:first-child').allTextContents()).map((n) => n.trim());
    expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `Dhjete 0432${9 - i} ${stem}`));
    const searched = new URL(page.url());
    expect(searched.searchParams.get('staffsort')).toBe('-fullName');
    expect(searched.searchParams.get('staffcursor')).toBeNull();
    await page.reload();
    await panel
      .locator('tbody tr', { hasText: `Dhjete 04320 ${stem}` })
      .first()
      .waitFor();
    expect(await panel.locator('tbody tr').count()).toBe(10);
    expect(await panel.getByLabel('Kërko').inputValue()).toBe('Dhjete 0432');
    console.log(`10,000 staff: a keyset page forward in the browser took ${Math.round(perPage)} ms on average`);
    await screenshot(page, 'staff-list-10000');
    await context.close();
  }, 120_000);
});
