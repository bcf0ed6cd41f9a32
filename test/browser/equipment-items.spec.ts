import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createUser, launchBrowser, screenshot, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Equipment items from the console: serials registered in bulk (a bad row refused by its row
 * number, nothing written), an item corrected, an item deleted after a confirmation (cancelling
 * changes nothing), and the kit of a role edited.
 */
describe('web console: equipment items and kits', () => {
  let c: ConsoleApp;
  let browser: Browser;

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('registers items in bulk, corrects one, deletes one and edits a kit', async () => {
    const admin = await c.t.tokenFor(Role.ADMIN);
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Çanta'],
      ['POWER_BANK', 'Bateri e jashtme'],
      ['LAPTOP', 'Laptop'],
    ]) {
      await c.t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
    }
    const logistics = await createUser(c.t, Role.LOGISTICS);
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await signIn(page, c.baseUrl, logistics);
    await page.goto(`${c.baseUrl}/app/logistics/equipment`);
    await page.getByRole('link', { name: 'Artikujt: korrigjimi, fshirja, regjistrimi në masë' }).click();
    await page.getByRole('heading', { name: 'Artikujt e pajisjeve', level: 1 }).waitFor();

    // the third pasted row names a type that does not exist: refused as row 3, nothing written
    const rows = page.getByLabel('Rreshtat (kodi i llojit, numri serik)');
    await rows.fill('TABLET,EQ-T-001\nBAG,EQ-B-001\nNOPE,EQ-X-001');
    await page.getByRole('button', { name: 'Regjistro artikujt' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('lloj pajisjeje i panjohur NOPE').waitFor();
    await expect(alert.locator('tbody tr').first().locator('td').first().textContent()).resolves.toBe('3');
    await expect(alert.textContent()).resolves.toContain('IMPORT_INVALID');
    await expect(c.t.db.prisma.item.count()).resolves.toBe(0);

    await rows.fill('TABLET,EQ-T-001\nBAG,EQ-B-001');
    await page.getByRole('button', { name: 'Regjistro artikujt' }).click();
    await page.getByText('U regjistruan artikuj: 2.').waitFor();
    await expect(c.t.db.prisma.item.count()).resolves.toBe(2);
    // the list shows them (filter and search live in the address)
    await page.getByRole('link', { name: 'EQ-T-001' }).waitFor();
    await page.getByLabel('Numri serik fillon me').fill('EQ-B');
    await page.waitForURL(/q=EQ-B/);
    await page.getByRole('link', { name: 'EQ-T-001' }).waitFor({ state: 'detached' });
    await page.getByLabel('Numri serik fillon me').fill('');
    await expect(page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).resolves.toBe(
      true,
    );

    // correct one item's status
    await page.getByRole('link', { name: 'EQ-T-001' }).click();
    await page.getByRole('heading', { name: 'Artikulli EQ-T-001', level: 1 }).waitFor();
    await page.getByLabel('Statusi').selectOption('DAMAGED');
    await page.getByRole('button', { name: 'Ruaj korrigjimin' }).click();
    await page.getByText('Artikulli u korrigjua.').waitFor();
    const tablet = await c.t.db.prisma.item.findUniqueOrThrow({ where: { serial: 'EQ-T-001' } });
    expect(tablet.status).toBe('DAMAGED');

    // delete the other: asked first, cancelling changes nothing
    const bag = await c.t.db.prisma.item.findUniqueOrThrow({ where: { serial: 'EQ-B-001' } });
    await page.goto(`${c.baseUrl}/app/logistics/equipment/items/${bag.id}`);
    await page.getByRole('heading', { name: 'Artikulli EQ-B-001', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Fshije artikullin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Të fshihet artikulli EQ-B-001?' });
    await dialog.getByText('Kjo nuk mund të zhbëhet.').waitFor();
    await dialog.getByRole('button', { name: 'Anulo' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(c.t.db.prisma.item.count({ where: { id: bag.id } })).resolves.toBe(1);
    await page.getByRole('button', { name: 'Fshije artikullin' }).click();
    await dialog.getByRole('button', { name: 'Fshije artikullin' }).click();
    await page.getByRole('heading', { name: 'Artikujt e pajisjeve', level: 1 }).waitFor();
    await expect(c.t.db.prisma.item.count({ where: { id: bag.id } })).resolves.toBe(0);

    // the enumerator's kit: two power banks instead of one, and a laptop added
    await page.getByRole('link', { name: 'Pakot, tarifat e ngarkimit dhe rezervat' }).click();
    await page.getByRole('heading', { name: 'Cilësimet e pajisjeve', level: 1 }).waitFor();
    const kit = page.getByRole('group', { name: /Regjistrues/ });
    await kit.getByLabel('Lloji, rreshti 1').waitFor();
    const count = await kit.locator('select').count();
    await kit.getByRole('button', { name: 'Shto një lloj' }).click();
    await kit.getByLabel(`Lloji, rreshti ${count + 1}`).selectOption('LAPTOP');
    await kit.locator(`#eqs-kit-enumerator-qty-${count}`).fill('2');
    await kit.getByRole('button', { name: 'Ruaj pakon: Regjistrues' }).click();
    await page.getByText('Pakoja u ruajt: Regjistrues.').waitFor();
    const kits = await c.t.http().get('/api/v1/equipment/kits').set('authorization', admin).expect(200);
    const enumerator = (
      kits.body as { items: { role: string; isDefault: boolean; lines: { typeCode: string; quantity: number }[] }[] }
    ).items.find((k) => k.role === 'ENUMERATOR');
    expect(enumerator?.isDefault).toBe(false);
    expect(enumerator?.lines).toContainEqual({ typeCode: 'LAPTOP', quantity: 2 });
    expect(enumerator?.lines).toHaveLength(count + 1);
    await screenshot(page, 'equipment-kit-saved');
    await context.close();
  });
});
