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
});
