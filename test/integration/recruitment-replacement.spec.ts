import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import type { Tx } from '../../src/common/prisma/transaction.js';
import { REPLACEMENT_HOOKS, type ReplacementEvent, type ReplacementHook } from '../../src/recruitment/recruitment.hooks.js';
import { auditFor, createEa, kosovoIban } from '../support/factories.js';
import { createExampleTariff, computeRunOverHttp } from '../support/payroll-factories.js';
import {
  applyOnline,
  createCompetition,
  mun,
  pinClock,
  recordScores,
  sendShortlists,
  setTargets,
} from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The replacement chain over HTTP: a published final list, an enumerator who leaves during the
 * preparatory period, the next reserve candidate proposed and accepted; EA assignments pass
 * over from the cut-over with history kept, the hooks run inside the same transaction, and a
 * pay run prorates both people's preparatory pay (example tariff: 150.00 for 16–30 Oct).
 */
describe('recruitment: replacing an enumerator from the reserve list', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;
  let hooks: ReplacementHook[];
  const events: ReplacementEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    hooks = t.app.get<ReplacementHook[]>(REPLACEMENT_HOOKS);
  });
  afterAll(async () => {
    await t.close();
  });

  it('proposes the next reserve candidate, and on acceptance hands the EAs over, ends the leaver’s pay and runs the hooks in one transaction', async () => {
    const clock = pinClock(t, '2023-10-01T08:00:00Z');
    const c = await createCompetition(t, admin);
    await setTargets(t, admin, c.id, {
      targets: [{ municipalityCode: 'prishtine', community: 'ALBANIAN', supervisors: 0, enumerators: 2 }],
    });
    // Two to hire; the reserve: a better-scored candidate working in Serbian, then two in Albanian.
    const first = await applyOnline(t, admin, c.id, 'prishtine');
    const second = await applyOnline(t, admin, c.id, 'prishtine');
    const otherLanguage = await applyOnline(t, admin, c.id, 'prishtine', { languageOfWork: 'SR' });
    const reserveSq = await applyOnline(t, admin, c.id, 'prishtine');
    const reserveSq2 = await applyOnline(t, admin, c.id, 'prishtine');
    await recordScores(t, admin, c.id, {
      scores: [
        { applicationId: first.id, score: '95' },
        { applicationId: second.id, score: '94' },
        { applicationId: otherLanguage.id, score: '93' },
        { applicationId: reserveSq.id, score: '80' },
        { applicationId: reserveSq2.id, score: '70' },
      ],
    });
    // The shortlist goes out once the application deadline (3 Oct 2023, end of day) has passed.
    clock.set('2023-10-04T08:00:00Z');
    await sendShortlists(t, admin, c.id, { municipalityCodes: ['prishtine'] });
    // Replacements need a published list (the reserve exists from then on).
    const early = await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .send({ leaverStaffId: '00000000-0000-4000-8000-000000000000', leavingDate: '2023-10-25', reason: 'x' })
      .expect(409);
    expect(early.body.error.code).toBe('RECRUITMENT_STAGE');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/final-list`)
      .set('authorization', prishtine)
      .send({ selections: [{ applicationId: first.id }, { applicationId: second.id }] })
      .expect(200);
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/publication`)
      .set('authorization', prishtine)
      .expect(200);

    const leaver = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: first.nationalId } });
    await t.http().patch(`/api/v1/staff/${leaver.id}`).set('authorization', admin).send({ iban: kosovoIban() }).expect(200);
    // EA 1 from the start of listing (handed over mid-period); EA 2 from the interviews (passes whole).
    const ea1 = await createEa(t.db, 'prishtine');
    const ea2 = await createEa(t.db, 'prishtine');
    const assign = (eaId: string, validFrom: string) =>
      t
        .http()
        .post('/api/v1/assignments')
        .set('authorization', prishtine)
        .send({ eaId, enumeratorId: leaver.id, validFrom, validTo: '2023-11-14' })
        .expect(201);
    await assign(ea1.id, '2023-10-23');
    const a2 = (await assign(ea2.id, '2023-11-01')).body;

    // The leaver's last day is 25 Oct: the replacement works from 26 Oct.
    clock.set('2023-10-25T15:00:00Z');
    await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prizren)
      .send({ leaverStaffId: leaver.id, leavingDate: '2023-10-25', reason: 'Moved abroad' })
      .expect(404);
    const proposed = await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .send({ leaverStaffId: leaver.id, leavingDate: '2023-10-25', reason: 'Moved abroad' })
      .expect(201);
    expect(proposed.body).toMatchObject({
      status: 'PROPOSED',
      leavingDate: '2023-10-25',
      cutoverDate: '2023-10-26',
      proposedApplicationId: reserveSq.id,
      proposed: { applicationId: reserveSq.id, languageOfWork: 'SQ', community: 'ALBANIAN' },
    });
    const again = await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .send({ leaverStaffId: leaver.id, leavingDate: '2023-10-25', reason: 'Moved abroad' })
      .expect(409);
    expect(again.body.error.code).toBe('RECRUITMENT_STAGE');

    const acceptUrl = `${mun(c.id, 'prishtine')}/replacements/${proposed.body.id}/accept`;
    await t.http().post(acceptUrl).set('authorization', prizren).send({}).expect(404);

    // A hook refusing (e.g. the kit cannot be re-issued) rolls everything back.
    const refusing: ReplacementHook = {
      onReplacement: async (tx: Tx) => {
        await tx.auditEvent.create({ data: { action: 'kit-reissued', entity: 'Test', entityIds: [] } });
        throw new Error('no kit in stock');
      },
    };
    hooks.push(refusing);
    await t.http().post(acceptUrl).set('authorization', prishtine).send({}).expect(500);
    hooks.splice(hooks.indexOf(refusing), 1);
    expect(await t.db.prisma.staffMember.count({ where: { nationalId: reserveSq.nationalId } })).toBe(0);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'kit-reissued' } })).toBe(0);
    expect((await t.db.prisma.eaAssignment.findMany({ where: { enumeratorId: leaver.id } })).length).toBe(2);
    expect((await t.db.prisma.staffMember.findUniqueOrThrow({ where: { id: leaver.id } })).status).toBe('ACTIVE');

    const recording: ReplacementHook = {
      onReplacement: async (tx: Tx, e: ReplacementEvent) => {
        events.push(e);
        // Writes through the replacement's transaction.
        await tx.auditEvent.create({
          data: { action: 'kit-reissued', entity: 'Test', entityIds: [e.leaverStaffId, e.replacementStaffId] },
        });
        return [{ source: 'equipment', code: 'LEGACY_TEXT', params: { text: 'kit returned by the leaver and re-issued' } }];
      },
    };
    hooks.push(recording);
    const accepted = await t.http().post(acceptUrl).set('authorization', prishtine).send({}).expect(200);
    hooks.splice(hooks.indexOf(recording), 1);
    const replacementId = accepted.body.replacementStaffId as string;
    expect(accepted.body).toMatchObject({
      status: 'ACCEPTED',
      leaverStaffId: leaver.id,
      leavingDate: '2023-10-25',
      cutoverDate: '2023-10-26',
      // The real hooks (src/wiring) run first: this leaver held no kit (a note, not a failure) and
      // no published training plan lies ahead; then the test's recording hook.
      notes: [
        {
          source: 'equipment',
          code: 'KIT_NONE_HELD',
          params: {},
          text: 'the leaver held no kit: nothing returned or issued; the replacement receives a kit at the handover of the next distribution plan version',
        },
        {
          source: 'training',
          code: 'TRAINING_NOTHING_REPLANNED',
          params: {},
          text: 'no published training plan ahead covers the municipality: nothing re-planned',
        },
        {
          source: 'equipment',
          code: 'LEGACY_TEXT',
          params: { text: 'kit returned by the leaver and re-issued' },
          text: 'kit returned by the leaver and re-issued',
        },
      ],
    });
    // The stored notes are codes: a reader in another language gets them in theirs.
    const listed = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .set('accept-language', 'sr-Cyrl')
      .expect(200);
    const stored = (listed.body.items as { id: string; notes: { code: string; text: string }[] }[]).find((r) => r.id === proposed.body.id);
    expect(stored?.notes.map((n) => n.code)).toEqual(['KIT_NONE_HELD', 'TRAINING_NOTHING_REPLANNED', 'LEGACY_TEXT']);
    expect(stored?.notes[0]?.text).toMatch(/^особа која одлази није имала комплет/);
    expect(events).toEqual([
      {
        replacementId: proposed.body.id,
        competitionId: c.id,
        municipalityId: await t.db.municipalityId('prishtine'),
        leaverStaffId: leaver.id,
        replacementStaffId: replacementId,
        cutoverDate: '2023-10-26',
        reason: 'Moved abroad',
        actor: { userId: t.userIdOf(prishtine), email: expect.any(String) },
      },
    ]);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'kit-reissued' } })).toBe(1);
    // EA 2's period had not started at the cut-over: it is the same row, now the replacement's.
    expect(accepted.body.assignmentIds).toHaveLength(2);
    expect(accepted.body.assignmentIds).toContain(a2.id);
    await t.http().post(acceptUrl).set('authorization', prishtine).send({}).expect(409);

    // Staff records: the leaver's engagement ends on the leaving date; the replacement starts at the cut-over.
    const leaverAfter = await t.http().get(`/api/v1/staff/${leaver.id}`).set('authorization', prishtine).expect(200);
    expect(leaverAfter.body).toMatchObject({ status: 'LEFT', engagementStart: '2023-10-15', engagementEnd: '2023-10-25' });
    const replacement = await t.http().get(`/api/v1/staff/${replacementId}`).set('authorization', prishtine).expect(200);
    expect(replacement.body).toMatchObject({
      nationalId: reserveSq.nationalId,
      kind: 'ENUMERATOR',
      status: 'ACTIVE',
      engagementStart: '2023-10-26',
      engagementEnd: '2023-12-15',
    });

    // Assignment history: EA 1 split at the cut-over, EA 2 passed whole.
    const history = async (eaId: string) =>
      (await t.http().get(`/api/v1/assignments?eaId=${eaId}`).set('authorization', prishtine).expect(200)).body.items
        .map((x: { enumeratorId: string; validFrom: string; validTo: string }) => [x.enumeratorId, x.validFrom, x.validTo])
        .sort((x: string[], y: string[]) => ((x[1] as string) < (y[1] as string) ? -1 : 1));
    expect(await history(ea1.id)).toEqual([
      [leaver.id, '2023-10-23', '2023-10-25'],
      [replacementId, '2023-10-26', '2023-11-14'],
    ]);
    expect(await history(ea2.id)).toEqual([[replacementId, '2023-11-01', '2023-11-14']]);

    // The reserve list moves on; the replacement is listed with its status.
    const reserve = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/reserve`)
      .set('authorization', prishtine)
      .expect(200);
    expect(reserve.body.communities[0].candidates.map((x: { applicationId: string }) => x.applicationId)).toEqual([
      otherLanguage.id,
      reserveSq2.id,
    ]);
    const list = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .expect(200);
    expect(list.body.items.map((r: { status: string; replacementStaffId: string }) => [r.status, r.replacementStaffId])).toEqual([
      ['ACCEPTED', replacementId],
    ]);
    await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prizren)
      .expect(404);
    // The public final list stays as published.
    const published = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/final-list`)
      .set('authorization', prishtine)
      .expect(200);
    expect(published.body.names).toHaveLength(2);
    expect(published.body.names).not.toContain(replacement.body.fullName);

    const audit = await auditFor(t.db.prisma, proposed.body.id);
    expect(audit.map((e) => [e.action, e.entity])).toEqual([
      ['proposed', 'Replacement'],
      ['accepted', 'Replacement'],
    ]);
    expect(audit[1]?.details).toEqual({ leavingDate: '2023-10-25', cutoverDate: '2023-10-26', assignments: 2, notes: 3 });

    // A second leaver: the next same-language candidate is proposed; when they decline, the
    // Serbian-speaking one; when nobody is left, 409 and the proposal stands.
    const leaver2 = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: second.nationalId } });
    const p2 = await t
      .http()
      .post(`${mun(c.id, 'prishtine')}/replacements`)
      .set('authorization', prishtine)
      .send({ leaverStaffId: leaver2.id, leavingDate: '2023-11-30', reason: 'Illness' })
      .expect(201);
    expect(p2.body.proposedApplicationId).toBe(reserveSq2.id);
    const declineUrl = `${mun(c.id, 'prishtine')}/replacements/${p2.body.id}/decline`;
    await t.http().post(declineUrl).set('authorization', prizren).expect(404);
    const d1 = await t.http().post(declineUrl).set('authorization', prishtine).expect(200);
    expect(d1.body.proposed).toMatchObject({ applicationId: otherLanguage.id, languageOfWork: 'SR' });
    const d2 = await t.http().post(declineUrl).set('authorization', prishtine).expect(409);
    expect(d2.body.error.code).toBe('RESERVE_EMPTY');
    expect((await t.db.prisma.replacement.findUniqueOrThrow({ where: { id: p2.body.id } })).proposedApplicationId).toBe(otherLanguage.id);
    expect((await t.db.prisma.application.findUniqueOrThrow({ where: { id: reserveSq2.id } })).status).toBe('DECLINED');
    expect((await t.db.prisma.application.findUniqueOrThrow({ where: { id: otherLanguage.id } })).status).toBe('SUBMITTED');

    // Pay: preparatory 150.00 over 16–30 Oct (15 days). Leaver 16–25 Oct: 150 × 10/15 = 100.00;
    // replacement 26–30 Oct: 150 × 5/15 = 50.00. No counts yet, so no piece lines.
    const runId = await computeRunOverHttp(t, finance, { municipalityCode: 'prishtine' });
    const lines = await t.db.prisma.payLine.findMany({
      where: { runId, staffId: { in: [leaver.id, replacementId] } },
      select: { staffId: true, lineType: true, quantity: true, basis: true, amountCents: true },
    });
    expect(
      lines.map((l) => [l.staffId === leaver.id ? 'leaver' : 'replacement', l.lineType, l.quantity, l.basis, l.amountCents]).sort(),
    ).toEqual([
      ['leaver', 'PREPARATORY', 10, 15, 10000n],
      ['replacement', 'PREPARATORY', 5, 15, 5000n],
    ]);
  });
});
