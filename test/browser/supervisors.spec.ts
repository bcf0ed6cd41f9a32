import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { applyOnline, createCompetition, pinClock } from '../support/recruitment-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * ASK's supervisor selection in the browser against the real service: the scores uploaded
 * (first a file with errors, shown row by row, then a clean one), the applications with their
 * eligibility in words, the selection, publication only after a confirmation, and the
 * municipality reading the published result on its Operations page. English texts.
 */
describe('web console: supervisor selection by ASK', () => {
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

  it('uploads scores, shows eligibility, selects and publishes after a confirmation; the municipality reads the result', async () => {
    pinClock(c.t, '2023-10-01T08:00:00Z');
    const admin = await c.t.tokenFor(Role.ADMIN);
    const comp = await createCompetition(c.t, admin);
    await c.t
      .http()
      .put(`/api/v1/recruitment/competitions/${comp.id}/targets`)
      .set('authorization', admin)
      .send({ targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 1, enumerators: 0 }] })
      .expect(200);
    const arta = await applyOnline(c.t, admin, comp.id, 'prishtine', { kind: 'SUPERVISOR', fullName: 'Arta Gashi' });
    const besnik = await applyOnline(c.t, admin, comp.id, 'prishtine', { kind: 'SUPERVISOR', fullName: 'Besnik Morina' });
    await applyOnline(c.t, admin, comp.id, 'prishtine', { kind: 'SUPERVISOR', fullName: 'Teuta Young', dateOfBirth: '2008-01-01' });

    const user = await createUser(c.t, Role.ADMIN);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);

    // Scores: a bad file is refused with its rows and columns; then the clean one.
    await page.getByRole('link', { name: 'Upload test scores' }).click();
    await page.getByRole('heading', { name: 'Upload ASK’s test scores' }).waitFor();
    await page.locator('#scores-competition').selectOption(comp.id);
    const upload = async (csv: string) => {
      await page.locator('#scores-file').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Upload' }).click();
    };
    await upload(`national_id,score\n${arta.nationalId},91.5\n${besnik.nationalId},77.777\n`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('IMPORT_INVALID');
    expect(await alert.locator('tbody').textContent()).toContain('3score');
    await upload(`national_id,score\n${arta.nationalId},91.5\n${besnik.nationalId},77.75\n`);
    await page.getByTestId('recorded').filter({ hasText: '2' }).waitFor();

    // Selection.
    await page.getByRole('link', { name: 'Supervisors' }).click();
    await page.locator('#sup-competition').selectOption(comp.id);
    await page.locator('#sup-municipality').selectOption('prishtine');
    const young = page.getByTestId('sup-application').filter({ hasText: 'Teuta Young' });
    await young.getByText('Under 18 on 2023-11-01 (age 15)').waitFor();
    const ranking = page.locator('section.shortlist');
    await ranking.getByText('ALBANIAN: select exactly 1').waitFor();
    await ranking.getByLabel('Select Arta Gashi').check();
    await ranking.getByRole('button', { name: 'Save the selection' }).click();
    await ranking.getByText('The selection was saved.').waitFor();

    // Publishing asks first; cancelling publishes nothing.
    await ranking.getByRole('button', { name: 'Publish the selection' }).click();
    const dialog = ranking.getByRole('alertdialog');
    await dialog.getByText(/Publishing creates 1 supervisor in/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await c.t.db.prisma.staffMember.count({ where: { nationalId: arta.nationalId } })).toBe(0);
    await ranking.getByRole('button', { name: 'Publish the selection' }).click();
    await ranking.getByRole('button', { name: 'Yes, publish' }).click();
    await ranking.getByText('The selection was published.').waitFor();
    const hired = await c.t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: arta.nationalId } });
    expect(hired.kind).toBe('SUPERVISOR');
    await screenshot(page, 'supervisor-selection');
    await context.close();

    // The municipality sees its published supervisors and the reserve.
    const mun = await createUser(c.t, Role.MUNICIPALITY, 'prishtine');
    const munContext = await english();
    const munPage = await munContext.newPage();
    await signIn(munPage, c.baseUrl, mun);
    await munPage.getByRole('link', { name: 'Operations' }).click();
    const selected = munPage.getByTestId('sup-selected');
    await selected.getByText(`Arta Gashi · ALBANIAN · Teams: SUP-${arta.nationalId}`).waitFor();
    await munPage.getByText('Besnik Morina · SQ · 77.75').waitFor();
    await munContext.close();
  });
});
