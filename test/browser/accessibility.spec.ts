import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { arrangeConsolePages, CONSOLE_MUNICIPALITY, settle, type ConsolePage } from '../support/console-pages.js';
import { createUser, launchBrowser, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Issue #17: every page of the console, for every role that may open it, at a laptop
 * (1366 × 768) and a tablet (768 × 1024) width: no axe-core violation of impact serious or
 * critical under WCAG 2 A and AA, and no horizontal scrolling.
 */
const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
] as const;

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
  let pages: ConsolePage[];

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    // A11Y_PAGES=dashboard,contracts scans only these paths (a page's own check while working on it).
    const only = process.env.A11Y_PAGES?.split(',').filter(Boolean);
    pages = (await arrangeConsolePages(c.t)).filter((p) => !only || only.includes(p.path));
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
      const user = await createUser(c.t, role, role === Role.MUNICIPALITY ? CONSOLE_MUNICIPALITY : undefined);
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
