import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { uniq } from '../support/factories.js';
import { createAssignedEnumerator, createExampleTariff, type AssignedEnumerator } from '../support/payroll-factories.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp, type ConsoleUser } from '../support/browser.js';
import { expectedCounts, exportFiles, type ExportVariant, type Household, zipFiles } from '../support/suso-export.js';

/**
 * Field work in the browser against the real service: finance saves a Survey Solutions
 * mapping and the CAPI logins on the page, uploads an export and reads the result and the
 * import history; b's incomplete diaspora list raises a flag, which finance accepts on the
 * flags page with a reason and a confirmation. A municipality user sees the flag, no button.
 */
describe('web console: field work', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let a: AssignedEnumerator;
  let b: AssignedEnumerator;
  let finance: ConsoleUser;
  let municipal: ConsoleUser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    await createExampleTariff(c.t.db);
    a = await createAssignedEnumerator(c.t.db, 'decan');
    b = await createAssignedEnumerator(c.t.db, 'decan');
    finance = await createUser(c.t, Role.FINANCE);
    municipal = await createUser(c.t, Role.MUNICIPALITY, 'decan');
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('saves a mapping and logins, uploads an export, shows its history, accepts a flag', async () => {
    const loginA = `int_${uniq().toLowerCase()}`;
    const loginB = `int_${uniq().toLowerCase()}`;
    const variant: ExportVariant = { questionnaire: 'census_hh', personsRoster: 'members', diaspora: 'variable' };
    const hh = (login: string, ea: string, n: number, abroad: boolean, complete: boolean): Household[] =>
      Array.from({ length: n }, (_, i) => ({
        key: `${uniq().slice(0, 2)}-${String(i).padStart(2, '0')}-${uniq().slice(0, 2)}-00`,
        ea,
        login,
        status: 'ApprovedByHeadquarters',
        building: String(1 + (i % 2)),
        dwelling: String(1 + i),
        persons: [{}, {}, ...(abroad ? [{ abroad: true }] : [])],
        diasporaComplete: complete,
        approvedOn: '2026-11-10',
      }));
    const households = [...hh(loginA, a.eaCode, 3, false, true), ...hh(loginB, b.eaCode, 2, true, false)];
    const zip = await zipFiles(exportFiles(variant, households));
    const expected = expectedCounts(households);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, c.baseUrl, finance);
    await page.getByRole('link', { name: 'Puna në terren' }).click();
    await page.getByRole('heading', { name: 'Puna në terren: hartëzimet dhe eksportet', level: 1 }).waitFor();

    // A new Survey Solutions mapping, filled in on the page.
    await page.getByRole('button', { name: 'Hartëzim i ri' }).click();
    const name = `Census ${uniq()}`;
    await page.locator('#fm-name').fill(name);
    await page.locator('#fm-mainFile').fill('census_hh');
    await page.locator('#fm-eaVariable').fill('ea_code');
    await page.locator('#fm-personsRoster').fill('members');
    await page.locator('#fm-diaspora').selectOption('personVariable');
    await page.locator('#fm-diasporaVariable').fill('is_abroad');
    await page.locator('#fm-diasporaComplete').fill('diaspora_complete');
    await page.locator('#fm-buildingVariable').fill('building_no');
    await page.locator('#fm-dwellingVariable').fill('dwelling_no');
    await page.getByRole('button', { name: 'Ruaj' }).first().click();
    await page.getByText('Hartëzimi u ruajt.').waitFor();
    const saved = await c.t.db.prisma.fieldMapping.findUniqueOrThrow({ where: { name } });
    expect(saved.definition).toMatchObject({
      mainFile: 'census_hh',
      diaspora: { source: 'personVariable', variable: 'is_abroad' },
      dwellings: { source: 'main', buildingVariable: 'building_no', dwellingVariable: 'dwelling_no' },
      countedStatuses: ['ApprovedByHeadquarters'],
    });

    // CAPI logins → enumerators.
    await page.locator('#field-logins').fill(`${loginA},${a.nationalId}\n${loginB},${b.nationalId}`);
    await page.getByRole('button', { name: 'Ruaj' }).last().click();
    await page.getByText('U ruajtën 2 hyrje.').waitFor();

    // Upload the export through the mapping: the result, then the history with the file.
    await page.locator('#field-file').setInputFiles({ name: 'census_1_Tabular_All.zip', mimeType: 'application/zip', buffer: zip });
    await page.getByRole('button', { name: 'Ngarko eksportin' }).click();
    await page.getByRole('heading', { name: 'Rezultati i importit' }).waitFor();
    expect(await page.getByTestId('field-interviews').textContent()).toBe(String(households.length));
    expect(await page.getByTestId('field-created').textContent()).toBe(String(expected.size));
    const history = page.getByRole('table', { name: 'Historiku i importeve' });
    await history.getByText('census_1_Tabular_All.zip').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'fieldwork-import');

    // b's diaspora persons without a complete list: a flag, accepted with a reason and a confirmation.
    await page.getByRole('link', { name: 'Flamujt e cilësisë' }).click();
    // (the old approval day also raises NO_RECENT_APPROVAL: that flag stays open)
    const row = page.locator('tr', { hasText: 'DIASPORA_LIST_INCOMPLETE' }).filter({ hasText: b.eaCode });
    await row.waitFor();
    // the explanation in the reader's language (Albanian here)
    await row.getByText(/^QR .+: u raportua(n)? .+ (i|të) diasporës, por lista e diasporës nuk është e plotë$/).waitFor();
    await row.getByRole('button', { name: 'Prano' }).click();
    await row.getByText('Shkruani arsyen.').waitFor();
    await row.getByLabel('Arsyeja e pranimit').fill('list follows from the consulate');
    await row.getByRole('button', { name: 'Prano' }).click();
    await row.getByText(`Ta pranoj flamurin për QR ${b.eaCode}?`).waitFor();
    await row.getByRole('button', { name: 'Po' }).click();
    await page.getByText('Flamuri u pranua.').waitFor();
    const flag = await c.t.db.prisma.countFlag.findFirstOrThrow({ where: { eaId: b.eaId, rule: 'DIASPORA_LIST_INCOMPLETE' } });
    expect(flag.acceptReason).toBe('list follows from the consulate');
    expect(flag.acceptedAt).not.toBeNull();
    await page.locator('tr', { hasText: 'NO_RECENT_APPROVAL' }).filter({ hasText: b.eaCode }).waitFor();
    expect(await page.locator('tr', { hasText: 'DIASPORA_LIST_INCOMPLETE' }).count()).toBe(0);

    // Progress: the EAs with what the export reported (no expectations imported: "—").
    await page.getByRole('link', { name: 'Ecuria' }).click();
    const perEa = page.getByRole('table', { name: 'Sipas QR-ve' });
    await perEa.locator('tr', { hasText: a.eaCode }).waitFor();
    const countOf = (ea: string) => households.filter((h) => h.ea === ea).length;
    expect(await perEa.locator('tr', { hasText: a.eaCode }).locator('td').nth(2).textContent()).toBe(`${countOf(a.eaCode)} / —`);
    expect(await perEa.locator('tr', { hasText: b.eaCode }).locator('td').nth(2).textContent()).toBe(`${countOf(b.eaCode)} / —`);
    await context.close();

    // A municipality sees its flags (all of them with "open only" off) but no accept button.
    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    await signIn(page2, c.baseUrl, municipal);
    await page2.getByRole('link', { name: 'Flamujt e cilësisë' }).click();
    await page2.getByLabel('Vetëm të hapurit').uncheck();
    await page2
      .locator('tr', { hasText: 'DIASPORA_LIST_INCOMPLETE' })
      .getByText('list follows from the consulate', { exact: false })
      .waitFor();
    expect(await page2.getByRole('button', { name: 'Prano' }).count()).toBe(0);
    await context2.close();
  });
});
