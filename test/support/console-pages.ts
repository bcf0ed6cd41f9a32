import type { Page } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff, createTeam } from './factories.js';
import { createAssignedEnumerator, createExampleTariff } from './payroll-factories.js';
import { createPaidRun } from './report-factories.js';
import { applyOnline, createCompetition, pinClock, setTargets } from './recruitment-factories.js';
import type { TestApp } from './test-app.js';

/**
 * Every page of the console (web/src/pages.tsx) with real ids, and the roles that may open each,
 * over data like the demo's: a paid run, staff, a published training plan, a distribution plan.
 * Shared by the accessibility scan and the English-leak check.
 */
export const CONSOLE_MUNICIPALITY = 'prishtine';

export interface ConsolePage {
  readonly path: string;
  readonly roles: readonly Role[];
}

function pagesFor(ids: {
  run: string;
  trainingPlan: string;
  distributionPlan: string;
  staff: string;
  competition: string;
  venue: string;
  event: string;
  item: string;
  ea: string;
}): ConsolePage[] {
  const MUNICIPALITY = CONSOLE_MUNICIPALITY;
  const ALL: Role[] = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  const LOGISTICS: Role[] = [Role.ADMIN, Role.LOGISTICS];
  const RECRUITMENT: Role[] = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];
  return [
    { path: 'dashboard', roles: ALL },
    { path: 'finance/counts', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'finance/runs', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'fieldwork', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'fieldwork/flags', roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'fieldwork/progress', roles: ALL },
    { path: `finance/runs/${ids.run}`, roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'municipalities', roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS] },
    { path: `municipalities/${MUNICIPALITY}`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/operations`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/kkr`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/eas/${ids.ea}`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/assignments`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/teams`, roles: ALL },
    { path: `municipalities/${MUNICIPALITY}/recruitment/applications?competition=${ids.competition}`, roles: RECRUITMENT },
    { path: `municipalities/${MUNICIPALITY}/recruitment/selection?competition=${ids.competition}`, roles: RECRUITMENT },
    { path: `municipalities/${MUNICIPALITY}/recruitment/replacements?competition=${ids.competition}`, roles: RECRUITMENT },
    { path: 'contracts', roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY] },
    { path: 'logistics/training', roles: LOGISTICS },
    { path: `training/plans/${ids.trainingPlan}`, roles: ALL },
    { path: `training/plans/${ids.trainingPlan}/reach`, roles: [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY] },
    { path: `training/venues/${ids.venue}`, roles: [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY] },
    { path: `training/events/${ids.event}`, roles: LOGISTICS },
    { path: 'logistics/equipment', roles: LOGISTICS },
    { path: 'logistics/equipment/items', roles: LOGISTICS },
    { path: `logistics/equipment/items/${ids.item}`, roles: LOGISTICS },
    { path: `logistics/equipment/settings?municipality=${MUNICIPALITY}`, roles: LOGISTICS },
    { path: `equipment/plans/${ids.distributionPlan}`, roles: ALL },
    { path: `recruitment/competitions?competition=${ids.competition}`, roles: LOGISTICS },
    { path: 'recruitment/supervisors', roles: LOGISTICS },
    { path: 'recruitment/scores', roles: LOGISTICS },
    { path: 'finance/tariffs', roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS] },
    { path: `staff/${ids.staff}`, roles: ALL },
    { path: 'finance/bank-changes', roles: [Role.ADMIN, Role.FINANCE] },
    { path: 'imports', roles: ALL },
    { path: 'censuses', roles: ALL },
    { path: 'admin/users', roles: [Role.ADMIN] },
    { path: 'admin/audit', roles: [Role.ADMIN] },
    { path: 'admin/queues', roles: [Role.ADMIN] },
    { path: 'admin/outbox', roles: [Role.ADMIN] },
  ];
}

/** Arrange the data every page shows and answer the pages with their ids. */
export async function arrangeConsolePages(t: TestApp): Promise<ConsolePage[]> {
  const MUNICIPALITY = CONSOLE_MUNICIPALITY;
  const admin = await t.tokenFor(Role.ADMIN);
  const logistics = await t.tokenFor(Role.LOGISTICS);
  const tariff = await createExampleTariff(t.db);
  const { run, staff } = await createPaidRun(t.db, tariff, [{ municipalityCode: MUNICIPALITY, fullName: 'Arta Krasniqi' }], {
    runMunicipalityCode: MUNICIPALITY,
  });
  await createStaff(t.db, MUNICIPALITY, { fullName: 'Besnik Gashi' });
  // An assigned EA and a team with its supervisor, for the EA, assignment and team pages.
  const assigned = await createAssignedEnumerator(t.db, MUNICIPALITY, { staff: { fullName: 'Valbona Morina' } });
  const supervisor = await createStaff(t.db, MUNICIPALITY, { kind: 'SUPERVISOR', fullName: 'Fatmir Sejdiu' });
  await createTeam(t.db, MUNICIPALITY, { supervisorId: supervisor.id });

  const ev = await t
    .http()
    .post('/api/v1/training/events')
    .set('authorization', logistics)
    .send({ kind: 'ENUMERATORS', name: 'Trajnimi i regjistruesve', startDate: '2023-10-16', endDate: '2023-10-18' })
    .expect(201);
  const plan = await t
    .http()
    .post(`/api/v1/training/events/${ev.body.id}/plans`)
    .set('authorization', logistics)
    .send({ municipalityCode: MUNICIPALITY })
    .expect(201);
  await t.http().post(`/api/v1/training/plans/${plan.body.id}/publish`).set('authorization', logistics).expect(201);

  const venue = await t
    .http()
    .post('/api/v1/training/venues')
    .set('authorization', logistics)
    .send({ municipalityCode: MUNICIPALITY, name: 'Shkolla Axe', kind: 'SCHOOL', address: 'Rr. Axe 1' })
    .expect(201);
  await t
    .http()
    .post(`/api/v1/training/venues/${venue.body.id}/rooms`)
    .set('authorization', logistics)
    .send({ name: 'Salla 1', seats: 20 })
    .expect(201);

  const items = [
    { typeCode: 'TABLET', serial: 'AXE-TB-01' },
    { typeCode: 'BAG', serial: 'AXE-BG-01' },
    { typeCode: 'POWER_BANK', serial: 'AXE-PB-01' },
  ];
  for (const [code, name] of [
    ['TABLET', 'Tablet'],
    ['BAG', 'Çanta e tabletit'],
    ['POWER_BANK', 'Bateri e jashtme'],
  ]) {
    await t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
  }
  const bulk = await t.http().post('/api/v1/equipment/items/bulk').set('authorization', logistics).send({ items }).expect(200);
  await t
    .http()
    .post('/api/v1/equipment/chargeback-tariffs')
    .set('authorization', logistics)
    .send({ name: 'Ngarkimet', effectiveFrom: '2023-10-16', rates: [{ typeCode: 'TABLET', lost: '250.00', damaged: '80.50' }] })
    .expect(201);
  await t
    .http()
    .post('/api/v1/equipment/deliveries')
    .set('authorization', logistics)
    .send({ municipalityCode: MUNICIPALITY, serials: items.map((i) => i.serial) })
    .expect(201);
  const dist = await t
    .http()
    .post(`/api/v1/equipment/municipalities/${MUNICIPALITY}/distribution-plans`)
    .set('authorization', logistics)
    .send({})
    .expect(201);

  // A competition with targets and an application, so the recruitment pages show their lists and forms.
  pinClock(t, '2023-10-01T08:00:00Z');
  const competition = await createCompetition(t, admin);
  await setTargets(t, admin, competition.id, {
    targets: [{ municipalityCode: MUNICIPALITY, community: 'ALBANIAN', supervisors: 1, enumerators: 1 }],
  });
  await applyOnline(t, admin, competition.id, MUNICIPALITY, { fullName: 'Drita Hoxha' });

  const staffId = (staff[0] as { id: string }).id;
  return pagesFor({
    run: run.id,
    trainingPlan: plan.body.id,
    distributionPlan: dist.body.id,
    staff: staffId,
    competition: competition.id,
    venue: venue.body.id,
    event: ev.body.id,
    item: (bulk.body as { ids: string[] }).ids[0] ?? '',
    ea: assigned.eaId,
  });
}

/** Wait until the page has settled: its heading shows and nothing is loading any more. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction("!document.querySelector('[aria-busy=true]')", undefined, { timeout: 10_000 }).catch(() => undefined);
}
