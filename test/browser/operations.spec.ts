import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff } from '../support/factories.js';
import { applyOnline, createCompetition, pinClock } from '../support/recruitment-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Logistics and municipality operations in the browser against the real service: logistics
 * builds a venue and room and generates a room plan (classes and a shortfall warning), then
 * publishes it; a municipality opens its distribution plan (kit serials, missing list) and
 * records a handover; a municipality finalises its enumerator shortlist, first without the
 * reason for a deviation from rank order (the API's error shown), then with it. English texts.
 */
describe('web console: logistics and municipality operations', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let reportsDir: string;

  beforeAll(async () => {
    reportsDir = await mkdtemp(path.join(tmpdir(), 'terren-web-reports-'));
    [c, browser] = await Promise.all([startConsoleApp({ REPORTS_DIR: reportsDir }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
    await rm(reportsDir, { recursive: true, force: true });
  });

  async function english(): Promise<BrowserContext> {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  it('logistics adds a venue and a room, generates a room plan with classes and a shortfall warning, and publishes it', async () => {
    // 31 enumerators in Junik: two classes (16 + 15); one room of 16 seats, no second shift.
    for (let i = 0; i < 31; i++)
      await createStaff(c.t.db, 'junik', { fullName: `Regjistrues Junik ${String.fromCharCode(65 + (i % 26))}${i}` });
    const user = await createUser(c.t, Role.LOGISTICS);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.goto(`${c.baseUrl}/app/logistics/training`);
    await page.getByRole('heading', { name: 'Training: venues, rooms and plans' }).waitFor();

    await page.locator('#venue-mun').selectOption('junik');
    await page.locator('#venue-name').fill('Shkolla Fillore Junik');
    await page.locator('#venue-address').fill('Rr. Kryesore 1');
    await page.locator('form[aria-labelledby=venue-new-title] button[type=submit]').click();
    await page.getByText('The venue was saved.').waitFor();
    await page.locator('#room-venue').selectOption({ label: 'Junik: Shkolla Fillore Junik' });
    await page.locator('#room-name').fill('Salla 1');
    await page.locator('#room-seats').fill('16');
    await page.locator('form[aria-labelledby=room-new-title] button[type=submit]').click();
    await page.getByText('The room was saved.').waitFor();
    await page.getByRole('cell', { name: /Salla 1: 16/ }).waitFor();

    await page.getByRole('button', { name: 'Create the letter’s events (where missing)' }).click();
    await page.getByText('The events were created.').waitFor();
    const enumerators = await c.t.db.prisma.trainingEvent.findFirstOrThrow({ where: { kind: 'ENUMERATORS' } });
    await page.locator('#plan-event').selectOption(enumerators.id);
    await page.locator('#plan-mun').selectOption('junik');
    await page.getByLabel('Allow a second (afternoon) shift').uncheck();
    await page.getByRole('button', { name: 'Generate plan' }).click();

    await page.getByRole('heading', { name: /^Room plan: .*, version 1$/ }).waitFor();
    const rows = page.locator('tr.plan-class');
    await expect(rows.count()).resolves.toBe(2);
    const classes = (await rows.allTextContents()).join('\n');
    expect(classes).toContain('Shkolla Fillore Junik, Salla 1 (16)');
    expect(classes).toContain('No room');
    const warnings = await page.locator('.warnings li').allTextContents();
    expect(warnings.join('\n')).toMatch(/Junik \(SQ\): 1 class of 1[56] without a room, 16 October 2023 – 20 October 2023/);
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('DRAFT');

    await page.getByRole('button', { name: 'Publish' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish the training plan?' });
    await publish.getByRole('button', { name: 'Cancel' }).click();
    await publish.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('DRAFT');
    await page.getByRole('button', { name: 'Publish' }).click();
    await publish.getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('plan-status').filter({ hasText: 'Published · in force' }).waitFor();
    const plan = await c.t.db.prisma.trainingPlan.findFirstOrThrow({ where: { eventId: enumerators.id } });
    expect(plan).toMatchObject({ status: 'PUBLISHED', pinned: true });
    // The same page in Serbian (Latin): č, š, ž in the headings and buttons.
    await page.locator('#lang').selectOption('sr-Latn');
    await page.getByRole('heading', { name: /^Plan sala: .*, verzija 1$/ }).waitFor();
    await page.getByRole('heading', { name: 'Manjkovi i upozorenja' }).waitFor();
    expect(await page.locator('table.plan-classes thead').textContent()).toContain('Veličina');
    await screenshot(page, 'logistics-room-plan');
    await context.close();
  });

  it('a municipality opens its distribution plan (kit serials, missing list), downloads it as a PDF and records a handover', async () => {
    const admin = await c.t.tokenFor(Role.ADMIN);
    const logistics = await c.t.tokenFor(Role.LOGISTICS);
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
    ]) {
      await c.t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
    }
    const a = await createStaff(c.t.db, 'decan', { fullName: 'Arta Krasniqi' });
    await createStaff(c.t.db, 'decan', { fullName: 'Blerim Gashi' });
    // Two bags and power banks, one tablet: one kit stays incomplete.
    const items = [
      { typeCode: 'TABLET', serial: 'WEB-TB-01' },
      { typeCode: 'BAG', serial: 'WEB-BG-01' },
      { typeCode: 'BAG', serial: 'WEB-BG-02' },
      { typeCode: 'POWER_BANK', serial: 'WEB-PB-01' },
      { typeCode: 'POWER_BANK', serial: 'WEB-PB-02' },
    ];
    await c.t.http().post('/api/v1/equipment/items/bulk').set('authorization', logistics).send({ items }).expect(200);
    await c.t
      .http()
      .post('/api/v1/equipment/deliveries')
      .set('authorization', logistics)
      .send({ municipalityCode: 'decan', serials: items.map((i) => i.serial) })
      .expect(201);
    await c.t.http().post('/api/v1/equipment/municipalities/decan/distribution-plans').set('authorization', logistics).send({}).expect(201);

    const user = await createUser(c.t, Role.MUNICIPALITY, 'decan');
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('heading', { name: 'Municipality operations' }).waitFor();
    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.getByRole('heading', { name: /^Distribution plan: .*, version 1$/ }).waitFor();
    const lines = (await page.locator('table.distribution-lines tbody tr').allTextContents()).join('\n');
    expect(lines).toContain('Arta Krasniqi');
    expect(lines).toContain('WEB-TB-01');
    expect(lines).toContain('TABLET: missing');
    // One tablet for two people plus a spare: two missing, Blerim's kit incomplete.
    const missing = await page.locator('section[aria-labelledby=missing-title]').textContent();
    expect(missing).toContain('TABLET: 2');
    expect(missing).toContain('Incomplete kits: Blerim Gashi (TABLET)');
    expect(await page.locator('table.distribution-lines tbody tr', { hasText: 'Arta Krasniqi' }).textContent()).toContain(
      'TABLET: WEB-TB-01',
    );

    // The printed plan as a PDF: requested, rendered (progress bar to 100 %), downloaded.
    const pdfBox = page.locator('.pdf-report[data-report-type=distribution-plan]');
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      pdfBox.getByRole('button', { name: 'Distribution plan (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(pdfBox.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    await pdfBox.getByText(/^Ready · \d+ pages?$/).waitFor();
    await expect(
      c.t.db.prisma.reportRequest.findFirstOrThrow({ where: { type: 'distribution-plan' } }).then((r) => r.status),
    ).resolves.toBe('COMPLETED');

    await page.getByRole('button', { name: 'Handover or return for Arta Krasniqi' }).click();
    await page.getByRole('heading', { name: 'Kit of Arta Krasniqi' }).waitFor();
    // The signature starts empty: a handover needs the signer's name, then a confirmation.
    expect(await page.locator('#kit-signed').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Record handover' }).click();
    await page.getByText('Enter the name of the person signing.').waitFor();
    await page.locator('#kit-signed').fill('Arta Krasniqi');
    await page.getByRole('button', { name: 'Record handover' }).click();
    const handover = page.getByRole('dialog', { name: 'Record the handover?' });
    await handover.getByText(/Arta Krasniqi receives the equipment/).waitFor();
    await handover.getByRole('button', { name: 'Cancel' }).click();
    await handover.waitFor({ state: 'hidden' });
    expect((await c.t.db.prisma.item.findFirstOrThrow({ where: { serial: 'WEB-TB-01' } })).status).not.toBe('ISSUED');
    await page.getByRole('button', { name: 'Record handover' }).click();
    await handover.getByRole('button', { name: 'Record handover' }).click();
    await page.getByText('The handover was recorded.').waitFor();
    // The return form now lists what she holds, each item with its condition.
    await page.getByLabel(/Tablet WEB-TB-01/).waitFor();
    const issued = await c.t.db.prisma.item.findFirstOrThrow({ where: { serial: 'WEB-TB-01' } });
    expect(issued).toMatchObject({ status: 'ISSUED', holderStaffId: a.id });
    await screenshot(page, 'municipality-distribution-plan');
    await context.close();
  });

  it('a municipality finalises its shortlist: a deviation from rank order without a reason is refused, with one it is saved', async () => {
    const clock = pinClock(c.t, '2023-10-01T08:00:00Z');
    const admin = await c.t.tokenFor(Role.ADMIN);
    const comp = await createCompetition(c.t, admin);
    await c.t
      .http()
      .put(`/api/v1/recruitment/competitions/${comp.id}/targets`)
      .set('authorization', admin)
      .send({ targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 0, enumerators: 2 }] })
      .expect(200);
    const apps: Awaited<ReturnType<typeof applyOnline>>[] = [];
    for (const fullName of ['Dita Berisha', 'Ermal Hoxha', 'Fjolla Shala'])
      apps.push(await applyOnline(c.t, admin, comp.id, 'prishtine', { fullName }));
    await c.t
      .http()
      .post(`/api/v1/recruitment/competitions/${comp.id}/scores`)
      .set('authorization', admin)
      .send({ scores: apps.map((a, i) => ({ applicationId: a.id, score: String(90 - 10 * i) })) })
      .expect(200);
    clock.set('2023-10-06T09:00:00Z');
    // A first shortlist with two scores swapped, then the corrected one: the commission sees both
    // versions and what moved.
    const score = (list: [number, string][]) =>
      c.t
        .http()
        .post(`/api/v1/recruitment/competitions/${comp.id}/scores`)
        .set('authorization', admin)
        .send({ scores: list.map(([i, v]) => ({ applicationId: apps[i]?.id, score: v })) })
        .expect(200);
    const send = (reason?: string) =>
      c.t
        .http()
        .post(`/api/v1/recruitment/competitions/${comp.id}/shortlists`)
        .set('authorization', admin)
        .send({ municipalityCodes: ['prishtine'], ...(reason ? { reason } : {}) })
        .expect(200);
    await score([
      [0, '80'],
      [1, '90'],
    ]);
    await send();
    await score([
      [0, '90'],
      [1, '80'],
    ]);
    await send('Scores of two candidates were swapped');
    clock.set('2023-10-11T09:00:00Z');

    const user = await createUser(c.t, Role.MUNICIPALITY, 'prishtine');
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.getByRole('link', { name: 'Operations' }).click();
    const panel = page.locator('section.shortlist', { hasText: 'Enumerator shortlist: Census 2023 field staff' });
    await panel.getByText('ALBANIAN: select exactly 2').waitFor();
    const versions = panel.locator('.shortlist-versions');
    await versions.getByText('The shortlist was sent more than once (current version: 2)').waitFor();
    await versions.getByText(/^Version 2, sent .* by admin/).waitFor();
    await versions.getByText('Scores of two candidates were swapped', { exact: false }).waitFor();
    await versions.getByText('Dita Berisha: from rank 2 to 1').waitFor();
    await versions.getByText('Ermal Hoxha: from rank 1 to 2').waitFor();
    // Rank 1 and rank 3 (rank 2 passed over), no reason yet.
    await panel.getByLabel('Select Dita Berisha').check();
    await panel.getByLabel('Select Fjolla Shala').check();
    await panel.getByRole('button', { name: 'Finalise the list' }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('FINAL_LIST_INVALID');
    expect(await alert.locator('tbody').textContent()).toContain('selections.1.reason');

    await panel.getByLabel('Reason for Fjolla Shala').fill('Speaks the language of the villages in the area');
    await panel.getByRole('button', { name: 'Finalise the list' }).click();
    await panel.getByText('The final list was saved.').waitFor();
    await panel.getByRole('button', { name: 'Publish the list' }).waitFor();
    const chosen = await c.t.db.prisma.application.findMany({
      where: { competitionId: comp.id, status: 'SELECTED' },
      orderBy: { fullName: 'asc' },
    });
    expect(chosen.map((x) => [x.fullName, x.deviationReason])).toEqual([
      ['Dita Berisha', null],
      ['Fjolla Shala', 'Speaks the language of the villages in the area'],
    ]);
    await screenshot(page, 'municipality-shortlist');
    await context.close();
  });

  it('a municipality downloads its KKR list as a PDF, following the progress bar to 100 %', async () => {
    const user = await createUser(c.t, Role.MUNICIPALITY, 'prizren');
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.getByRole('link', { name: 'Operations' }).click();
    const section = page.locator('section[aria-labelledby=kkr-pdf-title]');
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await section.getByRole('button', { name: 'Download PDF' }).click();
    const bar = section.getByRole('progressbar', { name: 'Preparing the PDF' });
    await bar.waitFor();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const body = await readFile(await file.path());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('100');
    await section.getByText(/^Ready · \d+ pages?$/).waitFor();
    await section.getByText(/^Downloaded: .*\.pdf$/).waitFor();
    const request = await c.t.db.prisma.reportRequest.findFirstOrThrow({ where: { type: 'kkr-members' } });
    expect(request).toMatchObject({ status: 'COMPLETED', progress: 100 });
    await screenshot(page, 'municipality-kkr-pdf');
    await context.close();
  });

  it('an admin opens the queue dashboard from the console (cookie set by the API, no bearer on the page load)', async () => {
    const user = await createUser(c.t, Role.ADMIN);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.getByRole('link', { name: 'Job queues' }).click();
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open the queue dashboard' }).click();
    const board = await opened;
    await board.waitForLoadState('domcontentloaded');
    expect(board.url()).toBe(`${c.baseUrl}/api/v1/admin/queues/`);
    const res = await board.request.get(`${c.baseUrl}/api/v1/admin/queues/`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('terren jobs');
    // The dashboard's own API answers with the cookie the console obtained (no bearer token).
    const queues = await board.request.get(`${c.baseUrl}/api/v1/admin/queues/api/queues`);
    expect(queues.status()).toBe(200);
    expect(await queues.text()).toContain('report.render');
    await screenshot(board, 'admin-queue-dashboard');
    await context.close();
  });
});
