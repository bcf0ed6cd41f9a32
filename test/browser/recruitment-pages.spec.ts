import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { uniqName } from '../support/factories.js';
import { applyOnline, createCompetition, mun, pinClock, recordScores, setTargets } from '../support/recruitment-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp, type ConsoleUser } from '../support/browser.js';

const kkrList = () => [
  { fullName: `Agim ${uniqName()}`, currentJob: 'Mayor', kkrRole: 'CHAIR', isMunicipalStaff: true, isContactPerson: false },
  { fullName: `Shpresa ${uniqName()}`, currentJob: 'Director', kkrRole: 'DEPUTY_CHAIR', isMunicipalStaff: true, isContactPerson: true },
  {
    fullName: `Driton ${uniqName()}`,
    currentJob: 'Statistics officer',
    kkrRole: 'SECRETARY',
    isMunicipalStaff: true,
    isContactPerson: true,
  },
];

/**
 * The recruitment pages against the real service, in English: paper entry by the KKR member
 * designated for paper intake and the refusal (in words, with its code) for another member; the
 * shortlist sent by ASK, the final list with a reason and its publication by the commission, a
 * cancelled confirmation changing nothing; a replacement proposed and accepted; the KKR list
 * edited and confirmed.
 */
describe('web console: recruitment pages', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  async function english(user: ConsoleUser): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    await context.addInitScript("localStorage.setItem('terren.lang', 'en')");
    const page = await context.newPage();
    await signIn(page, c.baseUrl, user);
    return { context, page };
  }

  it('enters a paper application as the designated KKR member; another member is refused in words with the code', async () => {
    pinClock(c.t, '2023-10-01T08:00:00Z');
    const admin = await c.t.tokenFor(Role.ADMIN);
    const comp = await createCompetition(c.t, admin);
    await c.t.http().put('/api/v1/municipalities/prizren/kkr-members').set('authorization', admin).send({ members: kkrList() }).expect(200);
    const clerk = await createUser(c.t, Role.MUNICIPALITY, 'prizren');
    const other = await createUser(c.t, Role.MUNICIPALITY, 'prizren');
    await c.t
      .http()
      .put('/api/v1/municipalities/prizren/paper-intake-clerks')
      .set('authorization', admin)
      .send({ userId: clerk.id, kkrPosition: 3 })
      .expect(200);

    const fill = async (page: Page, name: string, nationalId: string) => {
      await page.goto(`${c.baseUrl}/app/municipalities/prizren/recruitment/applications?competition=${comp.id}`);
      await page.getByRole('heading', { name: 'Paper application' }).waitFor();
      await page.locator('#paper-nationalId').fill(nationalId);
      await page.locator('#paper-fullName').fill(name);
      await page.locator('#paper-community').selectOption('TURKISH');
      await page.locator('#paper-language').selectOption('TR');
      await page.locator('#paper-paperFileRef').fill('PZ-0457');
      await page.getByRole('button', { name: 'Enter the application' }).click();
    };

    // Another member: told beforehand, and the API's refusal next to the form.
    const o = await english(other);
    await fill(o.page, 'Ayşe Refused', 'PZ00000001');
    await o.page.getByTestId('paper-designation').getByText('You are not designated for paper intake').waitFor();
    const alert = o.page.getByRole('alert');
    await alert.getByText('Only the KKR member designated for paper intake may enter paper applications').waitFor();
    expect(await alert.textContent()).toContain('PAPER_INTAKE_NOT_DESIGNATED');
    expect(await c.t.db.prisma.application.count({ where: { competitionId: comp.id } })).toBe(0);
    await o.context.close();

    // The designated member.
    const d = await english(clerk);
    await fill(d.page, 'Ayşe Kabul', 'PZ00000002');
    await d.page.getByTestId('paper-designation').getByText('You are designated for paper intake (KKR member no. 3).').waitFor();
    await d.page.getByText(/The application of Ayşe Kabul was entered/).waitFor();
    const row = d.page.getByTestId('application').filter({ hasText: 'Ayşe Kabul' });
    await row.getByText('On paper').waitFor();
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('SUBMITTED');
    const stored = await c.t.db.prisma.application.findFirstOrThrow({ where: { competitionId: comp.id } });
    expect(stored).toMatchObject({ channel: 'PAPER', paperFileRef: 'PZ-0457', submittedById: clerk.id, fullName: 'Ayşe Kabul' });

    // Filters live in the address: only online applications → none.
    await d.page.locator('#apps-channel').selectOption('ONLINE');
    await d.page.getByTestId('apps-total').getByText('0 applications').waitFor();
    expect(d.page.url()).toContain('channel=ONLINE');
    await screenshot(d.page, 'recruitment-paper-entry');
    await d.context.close();
  });

  it('sends the shortlist, finalises with a reason and publishes through pages; a cancelled confirmation changes nothing; a replacement is accepted', async () => {
    const clock = pinClock(c.t, '2023-10-01T08:00:00Z');
    const admin = await c.t.tokenFor(Role.ADMIN);
    const comp = await createCompetition(c.t, admin);
    await setTargets(c.t, admin, comp.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 0, enumerators: 2 }],
    });
    const names = ['Arta Berisha', 'Besa Hoxha', 'Drita Krasniqi', 'Era Morina'];
    const apps = [];
    for (const fullName of names) apps.push(await applyOnline(c.t, admin, comp.id, 'prishtine', { fullName }));
    await recordScores(c.t, admin, comp.id, { scores: apps.map((a, i) => ({ applicationId: a.id, score: String(90 - i * 5) })) });
    clock.set('2023-10-04T08:00:00Z');

    // ASK sends the shortlist: ceil(1.5 × 2) = 3 candidates.
    const ask = await english(await createUser(c.t, Role.ADMIN));
    await ask.page.goto(`${c.baseUrl}/app/municipalities/prishtine/recruitment/selection?competition=${comp.id}`);
    await ask.page.getByRole('button', { name: 'Send the shortlist' }).click();
    const askDialog = ask.page.locator('dialog.confirm');
    await askDialog.getByText(/go to the KKR of Prishtinë/).waitFor();
    await askDialog.getByRole('button', { name: 'Send the shortlist' }).click();
    await ask.page.getByText('The shortlist was sent (version 1).').waitFor();
    await ask.context.close();

    // The commission: Arta and Drita (rank 3, chosen over Besa: a reason).
    const commission = await createUser(c.t, Role.MUNICIPALITY, 'prishtine');
    const m = await english(commission);
    await m.page.getByRole('link', { name: 'Recruitment', exact: true }).click();
    await m.page.getByRole('link', { name: 'Shortlist and final list' }).click();
    const final = m.page.locator('section.shortlist');
    await final.getByText('Albanian: select 2 of 3 (selected: 0)').waitFor();
    expect(await final.getByTestId('sel-candidate').count()).toBe(3);
    await final.getByLabel('Select Arta Berisha').check();
    await final.getByLabel('Select Drita Krasniqi').check();
    await final.getByLabel('Reason for Drita Krasniqi').fill('Speaks the local dialect');
    await final.getByRole('button', { name: 'Finalise the list' }).click();
    const dialog = m.page.locator('dialog.confirm');
    await dialog.getByText(/stored with 2 selected candidates \(required: 2\)/).waitFor();
    await dialog.getByRole('button', { name: 'Finalise the list' }).click();
    await final.getByText('The list was finalised: 2 selected, 1 with a reason.').waitFor();

    // Publishing asks first; cancelling publishes nothing.
    await final.getByRole('button', { name: 'Publish the list' }).click();
    await dialog.getByText(/its 2 selected candidates become enumerators. This cannot be undone./).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stage = () => c.t.db.prisma.commissionStage.findFirst({ where: { competitionId: comp.id } });
    expect((await stage())?.publishedAt ?? null).toBeNull();
    expect(await c.t.db.prisma.staffMember.count({ where: { nationalId: { in: apps.map((a) => a.nationalId) } } })).toBe(0);
    await final.getByRole('button', { name: 'Publish the list' }).click();
    await dialog.getByRole('button', { name: 'Publish the list' }).click();
    await final.getByText('The list was published (2 names).').waitFor();
    await m.page.getByTestId('public-list').getByText('Drita Krasniqi').waitFor();
    expect((await stage())?.publishedAt).not.toBeNull();
    await screenshot(m.page, 'recruitment-final-list');

    // Arta leaves: the reserve's best (Besa) is proposed and accepted.
    clock.set('2023-10-25T15:00:00Z');
    await m.page.getByRole('link', { name: 'Replacements' }).click();
    await m.page.locator('#repl-leaver').selectOption({ label: `Arta Berisha (${apps[0]!.nationalId})` });
    await m.page.locator('#repl-date').fill('2023-10-25');
    await m.page.locator('#repl-reason').fill('Moved abroad');
    await m.page.getByRole('button', { name: 'Propose a replacement' }).click();
    await m.page.getByText('Besa Hoxha was proposed from the reserve list.').waitFor();
    const card = m.page.getByTestId('replacement').filter({ hasText: 'Arta Berisha → Besa Hoxha' });
    await card.locator('[data-status=PROPOSED]').waitFor();
    await card.getByRole('button', { name: 'Accept the replacement' }).click();
    await dialog.getByText(/Besa Hoxha becomes an enumerator from/).waitFor();
    await dialog.getByRole('button', { name: 'Accept the replacement' }).click();
    await card.locator('[data-status=ACCEPTED]').waitFor();
    const leaver = await c.t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: apps[0]!.nationalId } });
    expect(leaver.status).toBe('LEFT');
    const replacement = await c.t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: apps[1]!.nationalId } });
    expect(replacement.kind).toBe('ENUMERATOR');
    const r = await c.t
      .http()
      .get(`${mun(comp.id, 'prishtine')}/replacements`)
      .set('authorization', admin)
      .expect(200);
    expect(r.body.items).toEqual([
      expect.objectContaining({ status: 'ACCEPTED', leaverFullName: 'Arta Berisha', proposedFullName: 'Besa Hoxha' }),
    ]);
    await screenshot(m.page, 'recruitment-replacement');
    await m.context.close();
  });

  it('edits the KKR member list, names the rule problems next to the save, and confirms it', async () => {
    const user = await createUser(c.t, Role.MUNICIPALITY, 'gjakove');
    const { context, page } = await english(user);
    await page.goto(`${c.baseUrl}/app/municipalities/gjakove/kkr`);
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.locator('#kkr-name-0').fill('Agim Lila');
    await page.locator('#kkr-job-0').fill('Mayor');
    await page.getByRole('button', { name: 'Save the list' }).click();
    // One member, no deputy chair, no contact persons: the API names the problems.
    const alert = page.getByRole('alert');
    await alert.getByText('KKR_RULES_VIOLATED').waitFor();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.locator('#kkr-name-1').fill('Shpresa Dema');
    await page.locator('#kkr-job-1').fill('Director');
    await page.locator('#kkr-role-1').selectOption('DEPUTY_CHAIR');
    const second = page.getByTestId('kkr-member').nth(1);
    await second.getByLabel('Municipal staff').check();
    await second.getByLabel('Contact person').check();
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.locator('#kkr-name-2').fill('Driton Gashi');
    await page.locator('#kkr-job-2').fill('Statistics officer');
    const third = page.getByTestId('kkr-member').nth(2);
    await third.getByLabel('Municipal staff').check();
    await third.getByLabel('Contact person').check();
    await page.getByRole('button', { name: 'Save the list' }).click();
    await page.getByText('The member list was saved.').waitFor();
    await page.getByRole('button', { name: 'Confirm the member list' }).click();
    await page.getByText('The list was confirmed (version 1).').waitFor();
    await page.getByText(/Version 1: 3 members, confirmed by/).waitFor();
    const id = await c.t.db.municipalityId('gjakove');
    expect(await c.t.db.prisma.kkrMember.count({ where: { municipalityId: id } })).toBe(3);
    await context.close();
  });
});
