import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hashPassword } from '../../src/auth/domain/password.js';
import type { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Browser tests: the real app (its own database and Redis prefix, in-process worker) listening
 * on a random port and serving the built console, driven by Debian's Chromium through
 * playwright-core. One browser per spec file, a new context per test (2 shared cores).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-artifacts', 'screenshots');

export interface ConsoleApp {
  readonly t: TestApp;
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Build the console if its sources changed (the hash check of `npm test` / `npm start`, console only). */
function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, ['scripts/ensure-setup.mjs', '--web'], { stdio: 'pipe' });
}

export async function startConsoleApp(env: Record<string, string> = {}): Promise<ConsoleApp> {
  ensureConsoleBuilt();
  const t = await startTestApp(env);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { t, baseUrl: `http://127.0.0.1:${port}`, close: () => t.close() };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Running as root in a container: no sandbox; nothing in the background.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
}

export interface ConsoleUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

/** A user who can really sign in (startTestApp's tokenFor users have no usable password). */
export async function createUser(t: TestApp, role: Role, municipalityCode?: string): Promise<ConsoleUser> {
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@browser.terren`;
  const municipalityId = municipalityCode ? await t.db.municipalityId(municipalityCode) : null;
  const user = await t.db.prisma.user.create({ data: { email, passwordHash: await hashPassword(password), role, municipalityId } });
  return { id: user.id, email, password };
}

/** Sign in through the page and wait until the signed-in layout shows. */
export async function signIn(page: Page, baseUrl: string, user: ConsoleUser): Promise<void> {
  await page.goto(`${baseUrl}/app/sign-in`);
  await page.locator('#email').fill(user.email);
  await page.locator('#password').fill(user.password);
  await page.locator('form button[type=submit]').click();
  // The header names the signed-in user (the page below may list the same e-mail).
  await page.locator('header .who').filter({ hasText: user.email }).waitFor();
}

/** Keep the last screen of a flow as the test's artifact. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
