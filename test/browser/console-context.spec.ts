import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * The console's context: pay runs named by kind, scope, day and sequence with the people who
 * created and approved them (list, page, breadcrumbs); training venues, rooms and events
 * edited on their own pages, deletes asked first; a municipality's venues on Operations.
 * Albanian texts.
 */
describe('web console: context (names, people, breadcrumbs, training editors)', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  const crumbs = (page: Page) => page.getByRole('navigation', { name: 'Ku ndodheni' });

  it('names runs by kind, scope, day and sequence and shows who created and who approved them', async () => {
    await createExampleTariff(c.t.db);
    await createAssignedEnumerator(c.t.db, 'decan');
    const decan = await c.t.db.prisma.municipality.findFirstOrThrow({ where: { code: 'decan' } });
    const finance1 = await createUser(c.t, Role.FINANCE);
    const finance2 = await createUser(c.t, Role.FINANCE);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance1);
    const create = async () => {
      await page.goto(`${c.baseUrl}/app/finance/runs`);
      await page.getByLabel('Fushëveprimi').selectOption('decan');
      await page.getByRole('button', { name: 'Krijo listë pagesash' }).click();
      await page.waitForURL(/\/app\/finance\/runs\/[0-9a-f-]{36}$/);
      await page.locator('[data-testid="run-status"][data-status="COMPUTED"]').waitFor({ timeout: 60_000 });
      return page.url();
    };
    const first = await create();
    const second = await create();
    const name = new RegExp(`^E rregullt · ${decan.nameSq} · \\d{1,2} \\S+ 20\\d\\d · #2$`);
    expect(await page.locator('h1#run-title').textContent()).toMatch(name);
    expect(await page.getByTestId('run-created-by').textContent()).toContain(`${finance1.email} (ju)`);
    // The breadcrumbs: Home › Pay runs › this run, by its name, the current one marked.
    const trail = crumbs(page);
    expect(await trail.locator('[aria-current=page]').textContent()).toMatch(name);
    await trail.getByRole('link', { name: 'Listat e pagesave' }).waitFor();
    await trail.getByRole('link', { name: 'Kreu' }).waitFor();
    await context.close();

    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    await signIn(page2, c.baseUrl, finance2);
    await page2.goto(second);
    await page2.getByRole('button', { name: 'Mirato' }).click();
    await page2.getByRole('dialog').getByRole('button', { name: 'Mirato' }).click();
    await page2.getByText('Lista u miratua.').waitFor();
    expect(await page2.getByTestId('run-approved-by').textContent()).toContain(`${finance2.email} (ju)`);
    expect(await page2.getByTestId('run-created-by').textContent()).toContain(finance1.email);
    expect(await page2.getByTestId('run-created-by').textContent()).not.toContain('(ju)');

    // The list names both runs (#1 and #2) and their creator, no id prefix.
    await page2.goto(`${c.baseUrl}/app/finance/runs`);
    const rows = page2.locator('tbody tr');
    await rows.nth(1).waitFor();
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toContain(' · #1');
    expect(text).toContain(' · #2');
    expect(text).toContain(finance1.email);
    for (const url of [first, second]) expect(text).not.toContain((url.split('/').at(-1) ?? '').slice(0, 8));
    await screenshot(page2, 'runs-named');
    await context2.close();
  }, 180_000);

  it('edits a venue, its rooms and an event on their own pages; deletes ask first; a municipality finds its venues on Operations', async () => {
    const logistics = await createUser(c.t, Role.LOGISTICS);
    const token = await c.t.tokenFor(Role.LOGISTICS);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.dismiss());
    await signIn(page, c.baseUrl, logistics);
    await page.goto(`${c.baseUrl}/app/logistics/training`);

    // A venue made on the training page opens its own page from its name.
    await page.locator('#venue-mun').selectOption('junik');
    await page.locator('#venue-name').fill('Shkolla e Vjetër');
    await page.locator('#venue-address').fill('Rr. 1');
    await page.locator('form[aria-labelledby=venue-new-title] button[type=submit]').click();
    await page.getByRole('link', { name: 'Ndrysho vendin Shkolla e Vjetër' }).click();
    await page.getByRole('heading', { name: /Shkolla e Vjetër$/, level: 1 }).waitFor();
    expect(await crumbs(page).textContent()).toMatch(/Kreu.*Trajnimet.*Shkolla e Vjetër/);
    const venueId = page.url().split('/').at(-1) ?? '';

    await page.locator('#venue-name').fill('Shkolla e Re');
    await page.locator('#venue-address').fill('Rr. Kryesore 5');
    await page.locator('#venue-kind').selectOption('MUNICIPAL_BUILDING');
    await page.locator('form[aria-labelledby=venue-details-title] button[type=submit]').click();
    await page.getByText('Vendi u ndryshua.').waitFor();
    await expect(c.t.db.prisma.venue.findUniqueOrThrow({ where: { id: venueId } })).resolves.toMatchObject({
      name: 'Shkolla e Re',
      address: 'Rr. Kryesore 5',
      kind: 'MUNICIPAL_BUILDING',
    });

    // A room: added, changed (seats, TV, floor), then deleted after the question.
    await page.locator('#room-new-name').fill('Salla A');
    await page.locator('#room-new-seats').fill('24');
    await page.locator('form[aria-labelledby=room-new-title] button[type=submit]').click();
    const room = page.getByRole('form', { name: 'Salla Salla A' });
    await room.waitFor();
    await room.getByLabel('Ulëset').fill('28');
    await room.getByLabel('Ka televizor').check();
    await room.getByLabel('Kati').fill('2');
    await room.getByRole('button', { name: 'Ruaj' }).click();
    await page.getByText('Salla u ndryshua.').waitFor();
    const stored = await c.t.db.prisma.room.findFirstOrThrow({ where: { venueId } });
    expect(stored).toMatchObject({ name: 'Salla A', seats: 28, hasTv: true, floor: '2' });

    await page.getByRole('form', { name: 'Salla Salla A' }).getByRole('button', { name: 'Fshi sallën' }).click();
    const ask = page.getByRole('dialog', { name: 'Të fshihet salla Salla A?' });
    await ask.getByRole('button', { name: 'Anulo' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await c.t.db.prisma.room.count({ where: { venueId } })).toBe(1);
    await page.getByRole('form', { name: 'Salla Salla A' }).getByRole('button', { name: 'Fshi sallën' }).click();
    await ask.getByRole('button', { name: 'Fshi sallën' }).click();
    await page.getByRole('form', { name: 'Salla Salla A' }).waitFor({ state: 'detached' });
    expect(await c.t.db.prisma.room.count({ where: { venueId } })).toBe(0);

    // An event: created from the training page, then its dates, class size and host room changed.
    const other = await c.t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', token)
      .send({ municipalityCode: 'junik', name: 'Qendra Kulturore', kind: 'OTHER', address: 'Sheshi 2' })
      .expect(201);
    const host = await c.t
      .http()
      .post(`/api/v1/training/venues/${other.body.id}/rooms`)
      .set('authorization', token)
      .send({ name: 'Salla e Madhe', seats: 30 })
      .expect(201);
    await page.goto(`${c.baseUrl}/app/logistics/training`);
    await page.locator('#event-new-kind').selectOption('SUPERVISORS');
    await page.locator('#event-new-name').fill('Trajnimi i mbikëqyrësve (prova)');
    await page.locator('#event-new-start').fill('2026-06-01');
    await page.locator('#event-new-end').fill('2026-06-03');
    await page.getByRole('button', { name: 'Trajnim i ri' }).click();
    await page.getByRole('heading', { name: 'Trajnimi i mbikëqyrësve (prova)', level: 1 }).waitFor();
    const eventId = page.url().split('/').at(-1) ?? '';
    await page.locator('#event-end').fill('2026-06-04');
    await page.locator('#event-max').fill('28');
    expect(await page.locator('#event-host').count()).toBe(0);
    await page.locator('form[aria-labelledby=event-details-title] button[type=submit]').click();
    await page.getByText('Trajnimi u ruajt.').waitFor();
    const ev = await c.t.db.prisma.trainingEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(ev.maxClassSize).toBe(28);
    expect(ev.endDate.toISOString().slice(0, 10)).toBe('2026-06-04');
    await page.locator('#times-MORNING-start').fill('08:30');
    await page.locator('form[aria-labelledby=times-title] button[type=submit]').click();
    await page.getByText('Oraret u ruajtën.').waitFor();

    // A regional KKR training has a host room in its region: chosen from the venues' rooms.
    const region = await c.t.db.prisma.municipality.findFirstOrThrow({
      where: { code: 'junik' },
      select: { region: { select: { code: true } } },
    });
    const kkr = await c.t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', token)
      .send({ kind: 'KKR_REGIONAL', name: 'KKR (prova)', regionCode: region.region.code, startDate: '2026-05-04', endDate: '2026-05-05' })
      .expect(201);
    await page.goto(`${c.baseUrl}/app/training/events/${kkr.body.id as string}`);
    await page.locator('#event-host').selectOption(host.body.id as string);
    await page.locator('form[aria-labelledby=event-details-title] button[type=submit]').click();
    await page.getByText('Trajnimi u ruajt.').waitFor();
    await expect(c.t.db.prisma.trainingEvent.findUniqueOrThrow({ where: { id: kkr.body.id as string } })).resolves.toMatchObject({
      hostRoomId: host.body.id,
    });

    // Deleting the venue asks, then returns to the training page.
    await page.goto(`${c.baseUrl}/app/training/venues/${venueId}`);
    await page.getByRole('button', { name: 'Fshi vendin' }).click();
    await page.getByRole('dialog', { name: 'Të fshihet vendi Shkolla e Re?' }).getByRole('button', { name: 'Fshi vendin' }).click();
    await page.waitForURL(/\/app\/logistics\/training$/);
    expect(await c.t.db.prisma.venue.count({ where: { id: venueId } })).toBe(0);
    await context.close();

    // The municipality: its venues and the schedule PDF on Operations, a venue's page from there.
    const mun = await createUser(c.t, Role.MUNICIPALITY, 'junik');
    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    await signIn(page2, c.baseUrl, mun);
    await page2.goto(`${c.baseUrl}/app/municipalities/junik/operations`);
    const panel = page2.locator('section[aria-labelledby=ops-venues-title]');
    await panel.locator('.pdf-report[data-report-type=training-schedule]').waitFor();
    await panel.getByRole('link', { name: 'Ndrysho vendin Qendra Kulturore' }).click();
    await page2.getByRole('heading', { name: /Qendra Kulturore$/, level: 1 }).waitFor();
    await page2.getByRole('form', { name: 'Salla Salla e Madhe' }).waitFor();
    await screenshot(page2, 'venue-municipality');
    await context2.close();
  }, 180_000);

  it('shows finance the operations of a municipality without a refused panel', async () => {
    const finance = await createUser(c.t, Role.FINANCE);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance);
    await page.goto(`${c.baseUrl}/app/municipalities/junik/operations`);
    await page.getByRole('heading', { name: 'Operacionet e komunës', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.error-panel').count()).toBe(0);
    expect(await crumbs(page).textContent()).toMatch(/Kreu.*Komunat.*Junik.*Operacionet/);
    await context.close();
  });
});
