import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff } from '../support/factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Reaching trainees through the console against the real service (no SMTP or SMS gateway
 * configured, so messages go to the local outbox): a KKR user sends the invitations of its
 * published plan after a confirmation naming how many people, watches their delivery status,
 * records attendance by hand and uploads a CSV with a bad row; an administrator reads the
 * outbox. English texts.
 */
describe('web console: invitations, delivery status, attendance, outbox', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let outbox: string;
  let planId: string;
  const people: { id: string; name: string; nationalId: string }[] = [];

  beforeAll(async () => {
    outbox = await mkdtemp(path.join(tmpdir(), 'terren-web-outbox-'));
    [c, browser] = await Promise.all([startConsoleApp({ OUTBOX_DIR: outbox }), launchBrowser()]);
    const t = c.t;
    const mun = await t.db.municipalityId('ferizaj');
    const venue = await t.db.prisma.venue.create({
      data: { municipalityId: mun, name: 'Shkolla Tefik Çanga', kind: 'SCHOOL', address: 'Rr. Adem Jashari 3' },
    });
    await t.db.prisma.room.create({ data: { venueId: venue.id, municipalityId: mun, name: 'Salla 7', seats: 30 } });
    for (const name of ['Arta Krasniqi', 'Besnik Gashi', 'Drita Hoxha']) {
      const s = await createStaff(t.db, 'ferizaj', { fullName: name });
      await t.db.prisma.staffMember.update({
        where: { id: s.id },
        data: { email: `${name.split(' ')[0]?.toLowerCase()}@example.org`, phone: null },
      });
      people.push({ id: s.id, name, nationalId: s.nationalId });
    }
    const logistics = await t.tokenFor(Role.LOGISTICS);
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
      .send({ municipalityCode: 'ferizaj' })
      .expect(201);
    planId = plan.body.id;
    await t.http().post(`/api/v1/training/plans/${planId}/publish`).set('authorization', logistics).expect(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await c?.close();
    await rm(outbox, { recursive: true, force: true });
  });

  async function english(): Promise<BrowserContext> {
    const context = await browser.newContext();
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    return context;
  }

  it('a KKR sends invitations after a confirmation, sees their delivery, and records attendance by hand and by CSV', async () => {
    const kkr = await createUser(c.t, Role.MUNICIPALITY, 'ferizaj');
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, kkr);
    await page.goto(`${c.baseUrl}/app/training/plans/${planId}`);
    await page.getByRole('link', { name: 'Invitations and attendance' }).click();
    await page.getByRole('heading', { name: /^Invitations and attendance: Enumerator training, version 1$/ }).waitFor();

    await page.getByRole('button', { name: 'Send invitations' }).click();
    await page.getByText('Send invitations to 3 people by e-mail and SMS?').waitFor();
    await page.getByRole('button', { name: 'Yes, send' }).click();
    await expect(page.getByTestId('invitations-result').textContent()).resolves.toBe(
      'Queued: 3; unchanged: 0; without contact: 0; already queued: 0.',
    );
    // The worker writes them to the outbox; the status follows on refresh.
    for (let i = 0; i < 60; i++) {
      await page.getByRole('button', { name: 'Refresh' }).click();
      if (
        (await page
          .getByTestId('delivery-counts')
          .textContent()
          .catch(() => '')) === 'E-mail · Sent: 3'
      )
        break;
      await page.waitForTimeout(500);
    }
    await expect(page.getByTestId('delivery-counts').textContent()).resolves.toBe('E-mail · Sent: 3');
    const delivery = (await page.getByTestId('delivery').textContent()) ?? '';
    expect(delivery).toContain('Arta Krasniqi');
    expect(delivery).toContain('arta@example.org');

    // Attendance by hand: Arta on the first and second day.
    await page.getByLabel('Arta Krasniqi present on 2023-10-16').check();
    await page.getByLabel('Arta Krasniqi present on 2023-10-17').check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByTestId('attendance-saved').textContent()).resolves.toBe('Saved: 2 new, 0 changed, 0 unchanged.');
    const row = page.locator('[data-testid=attendance] tr', { hasText: 'Arta Krasniqi' });
    // the table is read again after saving: Arta's days present become 2
    await row.locator('td.num', { hasText: /^2$/ }).waitFor();

    // A CSV with a bad row: nothing is applied, the row and reason are shown.
    const csv = ['person,day,present', `${people[1]?.nationalId},2023-10-16,yes`, `${people[2]?.nationalId},2023-11-30,yes`, ''].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'attendance.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const error = page.locator('.error-panel');
    await error.waitFor();
    expect(await error.textContent()).toContain('IMPORT_INVALID');
    await expect(error.locator('table.error-details tbody tr td').first().textContent()).resolves.toBe('3');
    expect(await c.t.db.prisma.trainingAttendance.count({ where: { traineeId: people[1]?.id } })).toBe(0);
    // Corrected: applied.
    const fixed = ['person,day,present', `${people[1]?.nationalId},2023-10-16,yes`, `${people[2]?.nationalId},2023-10-18,no`, ''].join(
      '\n',
    );
    await page.locator('input[type=file]').setInputFiles({ name: 'attendance.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect(page.getByTestId('attendance-imported').textContent()).resolves.toBe('Saved: 2 new, 0 changed, 0 unchanged.');
    expect(await c.t.db.prisma.trainingAttendance.count({ where: { traineeId: { in: people.map((p) => p.id) }, present: true } })).toBe(3);
    await screenshot(page, 'kkr-invitations-attendance');
    await context.close();
  }, 120_000);

  it('an administrator reads the local outbox', async () => {
    // The invitations are in the outbox whichever test sent them (sending twice delivers once).
    const logistics = await c.t.tokenFor(Role.LOGISTICS);
    await c.t.http().post(`/api/v1/training/plans/${planId}/invitations`).set('authorization', logistics).send({}).expect(202);
    for (let i = 0; i < 120 && (await c.t.db.prisma.message.count({ where: { subjectId: planId, status: 'SENT' } })) < 3; i++)
      await new Promise((r) => setTimeout(r, 250));
    const admin = await createUser(c.t, Role.ADMIN);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, admin);
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Local outbox' }).waitFor();
    await expect(page.getByTestId('outbox-transports').textContent()).resolves.toBe('E-mail: outbox; SMS: outbox');
    const entries = page.locator('article.outbox-entry');
    await expect(entries.count()).resolves.toBe(3);
    const text = (await entries.allTextContents()).join('\n');
    expect(text).toContain('drita@example.org');
    expect(text).toContain('Shkolla Tefik Çanga');
    await context.close();
  }, 60_000);

  it('logistics records the regional KKR training through the page and sees the half-attendance flag per municipality', async () => {
    const t = c.t;
    const members = async (code: string, n: number) => {
      const mun = await t.db.municipalityId(code);
      await t.db.prisma.kkrMember.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          municipalityId: mun,
          position: i + 1,
          fullName: `KKR ${code} ${i + 1}`,
          currentJob: 'Officer',
          kkrRole: 'MEMBER' as const,
        })),
      });
    };
    await members('gjilan', 3);
    await members('kamenice', 4);
    const gjilan = await t.db.municipalityId('gjilan');
    const venue = await t.db.prisma.venue.create({
      data: { municipalityId: gjilan, name: 'Komuna Gjilan', kind: 'OTHER', address: 'Sheshi 1' },
    });
    const host = await t.db.prisma.room.create({
      data: { venueId: venue.id, municipalityId: gjilan, name: 'Salla e Kuvendit', seats: 30 },
    });
    const logisticsToken = await t.tokenFor(Role.LOGISTICS);
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logisticsToken)
      .send({ kind: 'KKR_REGIONAL', regionCode: 'gjilan', startDate: '2023-10-06', endDate: '2023-10-06', hostRoomId: host.id })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logisticsToken)
      .send({})
      .expect(201);

    const user = await createUser(t, Role.LOGISTICS);
    const context = await english();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    await page.goto(`${c.baseUrl}/app/training/plans/${plan.body.id}/reach`);
    const flags = page.getByTestId('kkr-half');
    await flags.waitFor();
    // Gjilan: 2 of 3 present (2 needed) after this; Kamenicë: nobody (2 of 4 needed).
    for (const name of ['KKR gjilan 1', 'KKR gjilan 2']) {
      const box = page.getByLabel(`${name} present on 2023-10-06`);
      for (const option of await page.locator('select option').all()) {
        if (await box.isVisible()) break;
        await page.locator('select').selectOption((await option.getAttribute('value')) ?? '');
      }
      await box.check();
    }
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(page.getByTestId('attendance-saved').textContent()).resolves.toBe('Saved: 2 new, 0 changed, 0 unchanged.');
    await flags.locator('tr', { hasText: 'Gjilan' }).filter({ hasText: 'At least half' }).waitFor();
    expect(await flags.locator('tr', { hasText: 'Gjilan' }).locator('td').allTextContents()).toEqual([
      'Gjilan',
      '3',
      '2',
      '2',
      'At least half',
    ]);
    expect(await flags.locator('tr', { hasText: 'Kamenic' }).locator('td').allTextContents()).toEqual([
      'Kamenicë',
      '4',
      '0',
      '2',
      'Below half',
    ]);
    await screenshot(page, 'kkr-half-attendance');
    await context.close();
  }, 120_000);
});
