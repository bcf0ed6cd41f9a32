import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * A clerk who keeps working is never signed out under their hands; one who walks away is warned
 * and then signed out; tabs share the sign-in and the sign-out. Access tokens live 30 s here (the
 * shortest the configuration allows) so the console must renew several times within the test.
 */
const TTL_SECONDS = 30;

describe('web console: a sign-in that outlives its access tokens', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    c = await startConsoleApp({ JWT_TTL_SECONDS: String(TTL_SECONDS) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  function countRefreshes(page: Page): { readonly n: number } {
    const counter = { n: 0 };
    page.on('response', (r) => {
      if (r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200) counter.n++;
    });
    return counter;
  }

  it('keeps an active user signed in past the token lifetime, with what they typed, and shares the sign-in with a new tab', async () => {
    const admin = await createUser(c.t, Role.ADMIN);
    const context = await browser.newContext();
    const page = await context.newPage();
    const refreshes = countRefreshes(page);
    await signIn(page, c.baseUrl, admin);
    await page.goto(`${c.baseUrl}/app/admin/users`);
    const email = page.locator('#user-email');
    await email.waitFor();

    // type a character every 2 s for 1.5 token lifetimes
    const typed = 'kkr.new.member@ask.example';
    const started = Date.now();
    let i = 0;
    while (Date.now() - started < TTL_SECONDS * 1500) {
      await email.press(typed[i % typed.length] ?? 'x');
      i++;
      await page.waitForTimeout(2_000);
    }
    expect(refreshes.n).toBeGreaterThanOrEqual(1);
    await page.locator('header .who').filter({ hasText: admin.email }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/admin/users');
    expect((await email.inputValue()).length).toBe(i);
    // the API still answers with the renewed token: a page that loads data
    await page.goto(`${c.baseUrl}/app/admin/audit`);
    await page.locator('header .who').filter({ hasText: admin.email }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/admin/audit');

    // a new tab needs no second sign-in
    const tab = await context.newPage();
    await tab.goto(`${c.baseUrl}/app/admin/users`);
    await tab.locator('header .who').filter({ hasText: admin.email }).waitFor();
    expect(new URL(tab.url()).pathname).toBe('/app/admin/users');

    // signing out in one tab signs out the other, and the cookie is spent
    // (the page does not wait for the server to end the sign-in; the check below does)
    const ended = tab.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
    await tab.getByRole('button', { name: 'Dil' }).click();
    await ended;
    await page.waitForURL(/\/app\/sign-in/);
    await tab.waitForURL(/\/app\/sign-in/);
    const status = await page.evaluate<number>(`fetch('/api/v1/auth/refresh', { method: 'POST' }).then((r) => r.status)`);
    expect(status).toBe(401);
    await screenshot(page, 'session-signed-out-everywhere');
    await context.close();
  });

  it('warns an idle user, lets them stay, and signs them out when they do not', async () => {
    const finance = await createUser(c.t, Role.FINANCE);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance);
    const warning = page.getByRole('alert').filter({ hasText: 'sesioni mbyllet' });

    // idle: the warning comes in the token's last third
    await warning.waitFor({ timeout: TTL_SECONDS * 1000 });
    // the time left counts down from at most a third of the token's life
    const left = Number(/(\d+) s/.exec((await warning.textContent()) ?? '')?.[1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(TTL_SECONDS / 3);
    await screenshot(page, 'session-idle-warning');
    await page.getByRole('button', { name: 'Mbetu i kyçur' }).click();
    await warning.waitFor({ state: 'detached' });

    // idle again: warned, then signed out at the token's end, told why
    await warning.waitFor({ timeout: TTL_SECONDS * 1000 });
    await page.waitForURL(/\/app\/sign-in\?reason=expired/, { timeout: TTL_SECONDS * 1000 });
    await page.getByText('Sesioni ka skaduar').waitFor();
    await context.close();
  });
});
