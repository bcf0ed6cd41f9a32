import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemo } from '../../src/demo/demo.seed.js';
import { seedDemoPlans } from '../../src/demo/demo.plans.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The demo start (`npm start`) publishes room plans and distribution plans through the services, once. */
describe('demo plans', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('publishes room plans and makes distribution plans with sessions for the demo municipalities, and a restart changes nothing', async () => {
    const demo = await seedDemo(t.db.prisma, 'demo-password');
    const made = await seedDemoPlans(t.app, demo.municipalities);
    expect(made).toEqual(['prishtine', 'prizren', 'gracanice']);

    const p = t.db.prisma;
    const prishtine = await t.db.municipalityId('prishtine');
    const plans = await p.trainingPlan.findMany({
      where: { municipalityId: prishtine },
      include: { event: { select: { kind: true } }, classes: { include: { trainees: true } } },
    });
    // One plan per event (supervisors, enumerators), both published and pinned.
    expect(plans.map((x) => x.event.kind).sort()).toEqual(['ENUMERATORS', 'SUPERVISORS']);
    expect(plans.every((x) => x.status === 'PUBLISHED' && x.pinned)).toBe(true);
    const activeStaff = await p.staffMember.count({ where: { municipalityId: prishtine, status: 'ACTIVE' } });
    const trainees = plans.flatMap((x) => x.classes.flatMap((c) => c.trainees.map((tr) => tr.traineeId)));
    expect(new Set(trainees).size).toBe(trainees.length); // nobody twice
    expect(trainees.length).toBe(activeStaff); // every active supervisor and enumerator planned once

    // The newest distribution plan names a training session for every planned person.
    const latest = await p.distributionPlan.findFirst({ where: { municipalityId: prishtine }, orderBy: { version: 'desc' } });
    expect(latest?.version).toBe(2);
    const lines = latest?.lines as { staffId: string; session: unknown }[];
    expect(lines.length).toBe(activeStaff);
    expect(lines.every((l) => l.session !== null && l.session !== undefined)).toBe(true);

    // A second start: nothing new.
    expect(await seedDemoPlans(t.app, demo.municipalities)).toEqual([]);
    expect(await p.trainingPlan.count({ where: { municipalityId: prishtine } })).toBe(2);
    expect(await p.distributionPlan.count({ where: { municipalityId: prishtine } })).toBe(2);
  });
});
