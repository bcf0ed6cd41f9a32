import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createEa, createStaff, kosovoIban, uniq } from '../support/factories.js';
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
 * The logistics wiring (src/wiring) over HTTP: the equipment distribution plan reads the
 * training sessions of the published room plan; a replacement returns the leaver's kit and
 * re-issues it to the replacement and re-plans the training with the replacement placed, in the
 * replacement's transaction; a late KKR room notice raises a recruitment deadline flag.
 */

interface PlanLine {
  staffId: string;
  session: { startDate: string; endDate: string; venueName: string; roomName: string; shift: string | null } | null;
  sessionNote: { code: string; text: string } | null;
  items: { typeCode: string; serial: string | null }[];
}

interface ClassView {
  key: string;
  room: { id: string; name: string } | null;
  trainees: { id: string }[];
}

describe('logistics wiring: training ↔ equipment ↔ recruitment', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let finance: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createExampleTariff(t.db);
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    for (const [code, name] of [
      ['TABLET', 'Tablet'],
      ['BAG', 'Tablet bag'],
      ['POWER_BANK', 'Power bank'],
      ['LAPTOP', 'Laptop'],
    ]) {
      await t.http().post('/api/v1/equipment/item-types').set('authorization', admin).send({ code, name }).expect(201);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows training sessions in the distribution plan; a replacement moves the kit, re-plans the training, splits the EA and prorates pay', async () => {
    const clock = pinClock(t, '2023-10-01T08:00:00Z');
    const suhareke = await t.tokenFor(Role.MUNICIPALITY, 'suhareke');
    const prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');

    // Recruitment: two enumerators hired from a published final list, one candidate in reserve.
    const c = await createCompetition(t, admin);
    await setTargets(t, admin, c.id, {
      targets: [{ municipalityCode: 'suhareke', community: 'ALBANIAN', supervisors: 0, enumerators: 2 }],
    });
    const first = await applyOnline(t, admin, c.id, 'suhareke');
    const second = await applyOnline(t, admin, c.id, 'suhareke');
    const reserve = await applyOnline(t, admin, c.id, 'suhareke');
    await recordScores(t, admin, c.id, {
      scores: [
        { applicationId: first.id, score: '95' },
        { applicationId: second.id, score: '90' },
        { applicationId: reserve.id, score: '80' },
      ],
    });
    // The shortlist goes out once the application deadline (3 Oct 2023, end of day) has passed.
    clock.set('2023-10-04T08:00:00Z');
    await sendShortlists(t, admin, c.id, { municipalityCodes: ['suhareke'] });
    await t
      .http()
      .post(`${mun(c.id, 'suhareke')}/final-list`)
      .set('authorization', suhareke)
      .send({ selections: [{ applicationId: first.id }, { applicationId: second.id }] })
      .expect(200);
    await t
      .http()
      .post(`${mun(c.id, 'suhareke')}/publication`)
      .set('authorization', suhareke)
      .expect(200);
    const leaver = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: first.nationalId } });
    const stayer = await t.db.prisma.staffMember.findUniqueOrThrow({ where: { nationalId: second.nationalId } });
    await t.http().patch(`/api/v1/staff/${leaver.id}`).set('authorization', admin).send({ iban: kosovoIban() }).expect(200);

    // Training: a room in Suharekë, an enumerator training still ahead of the replacement, its plan published.
    const venue = await t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', logistics)
      .send({ municipalityCode: 'suhareke', name: 'Shkolla Suharekë', kind: 'SCHOOL', address: 'Rr. Brigada 1' })
      .expect(201);
    const room = await t
      .http()
      .post(`/api/v1/training/venues/${venue.body.id}/rooms`)
      .set('authorization', logistics)
      .send({ name: 'Salla A', seats: 30, hasProjector: true })
      .expect(201);
    const event = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators, second round', startDate: '2023-10-30', endDate: '2023-11-03' })
      .expect(201);
    const v1 = await t
      .http()
      .post(`/api/v1/training/events/${event.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'suhareke' })
      .expect(201);
    await t.http().post(`/api/v1/training/plans/${v1.body.id}/publish`).set('authorization', logistics).expect(201);
    const v1Classes = v1.body.classes as ClassView[];
    expect(v1Classes).toHaveLength(1);
    const classKey = v1Classes[0]?.key as string;
    expect(new Set(v1Classes[0]?.trainees.map((x) => x.id))).toEqual(new Set([leaver.id, stayer.id]));

    // Someone hired after the room plan was published has no session yet.
    const late = await createStaff(t.db, 'suhareke', { fullName: 'Zana Vonë' });

    // Equipment: 5 of each enumerator item delivered; the distribution plan carries the sessions.
    const p = `WIR${uniq()}`;
    const short: Record<string, string> = { TABLET: 'TB', BAG: 'BG', POWER_BANK: 'PB' };
    const items = Object.keys(short).flatMap((typeCode) =>
      Array.from({ length: 5 }, (_, i) => ({ typeCode, serial: `${p}-${short[typeCode]}-${String(i + 1).padStart(2, '0')}` })),
    );
    await t.http().post('/api/v1/equipment/items/bulk').set('authorization', logistics).send({ items }).expect(200);
    await t
      .http()
      .post('/api/v1/equipment/deliveries')
      .set('authorization', logistics)
      .send({ municipalityCode: 'suhareke', serials: items.map((i) => i.serial) })
      .expect(201);
    const plan = await t
      .http()
      .post('/api/v1/equipment/municipalities/suhareke/distribution-plans')
      .set('authorization', logistics)
      .send({})
      .expect(201);
    const lines = plan.body.lines as PlanLine[];
    const session = {
      startDate: '2023-10-30',
      endDate: '2023-11-03',
      venueName: 'Shkolla Suharekë',
      roomName: 'Salla A',
      shift: 'MORNING',
    };
    for (const id of [leaver.id, stayer.id]) {
      expect(lines.find((l) => l.staffId === id)).toMatchObject({ session, sessionNote: null });
    }
    expect(lines.find((l) => l.staffId === late.id)).toMatchObject({
      session: null,
      sessionNote: { code: 'SESSION_NOT_PLANNED', text: 'session not planned yet' },
    });
    expect(plan.body.missing.sessionsNotPlanned.map((x: { staffId: string }) => x.staffId)).toEqual([late.id]);
    const printable = await t
      .http()
      .get(`/api/v1/equipment/distribution-plans/${plan.body.id}/printable`)
      .set('authorization', suhareke)
      .expect(200);
    expect(JSON.stringify(printable.body)).toContain('2023-10-30 – 2023-11-03, Shkolla Suharekë, Salla A (morning)');

    // The leaver receives the planned kit.
    const leaverSerials = (lines.find((l) => l.staffId === leaver.id)?.items ?? []).map((i) => i.serial as string);
    expect(leaverSerials).toHaveLength(3);
    await t
      .http()
      .post(`/api/v1/equipment/staff/${leaver.id}/kit/handover`)
      .set('authorization', suhareke)
      .send({ serials: leaverSerials, signedBy: leaver.fullName })
      .expect(201);

    // An EA from the start of listing, handed over at the cut-over.
    const ea = await createEa(t.db, 'suhareke');
    await t
      .http()
      .post('/api/v1/assignments')
      .set('authorization', suhareke)
      .send({ eaId: ea.id, enumeratorId: leaver.id, validFrom: '2023-10-23', validTo: '2023-11-14' })
      .expect(201);

    // The leaver's last day is 25 Oct; the replacement works from 26 Oct, before the training.
    clock.set('2023-10-25T15:00:00Z');
    const proposed = await t
      .http()
      .post(`${mun(c.id, 'suhareke')}/replacements`)
      .set('authorization', suhareke)
      .send({ leaverStaffId: leaver.id, leavingDate: '2023-10-25', reason: 'Moved abroad' })
      .expect(201);
    expect(proposed.body.proposedApplicationId).toBe(reserve.id);
    const acceptUrl = `${mun(c.id, 'suhareke')}/replacements/${proposed.body.id}/accept`;
    await t.http().post(acceptUrl).set('authorization', prizren).send({}).expect(404);
    const accepted = await t.http().post(acceptUrl).set('authorization', suhareke).send({}).expect(200);
    const replacementId = accepted.body.replacementStaffId as string;
    const notes = accepted.body.notes as { source: string; code: string; params: Record<string, unknown>; text: string }[];
    expect(notes.map((n) => [n.source, n.code])).toEqual([
      ['equipment', 'KIT_TRANSFERRED'],
      ['training', 'TRAINING_REPLANNED'],
    ]);
    const sorted = [...leaverSerials].sort();
    expect(notes[0]?.text).toBe(
      `kit returned by the leaver on 26 October 2023: ${sorted.join(', ')}; issued to the replacement: ${leaverSerials.join(', ')}`,
    );
    expect(notes[1]?.text).toMatch(
      new RegExp(
        `^training plan re-planned and published \\(${v1.body.id} → [0-9a-f-]{36}\\): the leaver removed; the replacement placed in class ${classKey} \\(Shkolla Suharekë, Salla A, morning\\); nobody else moved$`,
      ),
    );
    // Stored on the replacement as well.
    const stored = await t.db.prisma.replacement.findUniqueOrThrow({ where: { id: proposed.body.id } });
    expect(stored.notes).toEqual(notes.map(({ text: _text, ...n }) => n));

    // Kit: the leaver's serials are the replacement's now, with a signed return and handover record.
    const leaverKit = await t.http().get(`/api/v1/equipment/staff/${leaver.id}/kit`).set('authorization', suhareke).expect(200);
    expect(leaverKit.body.holds).toEqual([]);
    expect(
      leaverKit.body.records.map((r: { kind: string; items: { serial: string; condition: string | null }[] }) => [
        r.kind,
        r.items.map((i) => [i.serial, i.condition]),
      ]),
    ).toEqual([
      ['HANDOVER', sorted.map((s) => [s, null])],
      ['RETURN', sorted.map((s) => [s, 'GOOD'])],
    ]);
    const replacementKit = await t.http().get(`/api/v1/equipment/staff/${replacementId}/kit`).set('authorization', suhareke).expect(200);
    expect(replacementKit.body.holds.map((h: { serial: string }) => h.serial).sort()).toEqual(sorted);
    expect(replacementKit.body.records).toMatchObject([{ kind: 'HANDOVER', planId: null, signedAt: '2023-10-26T00:00:00.000Z' }]);
    const dbItems = await t.db.prisma.item.findMany({ where: { serial: { in: leaverSerials } } });
    expect(dbItems.every((i) => i.status === 'ISSUED' && i.holderStaffId === replacementId)).toBe(true);
    await t.http().get(`/api/v1/equipment/staff/${replacementId}/kit`).set('authorization', prizren).expect(404);

    // Training: version 2 is the plan in force; the replacement sits in the leaver's class, the leaver is gone.
    const plans = await t
      .http()
      .get(`/api/v1/training/plans?event=${event.body.id}&municipality=suhareke`)
      .set('authorization', suhareke)
      .expect(200);
    expect(plans.body.items.map((x: { version: number; status: string; pinned: boolean }) => [x.version, x.status, x.pinned])).toEqual([
      [2, 'PUBLISHED', true],
      [1, 'PUBLISHED', false],
    ]);
    const v2 = await t.http().get(`/api/v1/training/plans/${plans.body.items[0].id}`).set('authorization', suhareke).expect(200);
    expect(v2.body.moves).toEqual([]);
    const v2Class = (v2.body.classes as ClassView[]).find((x) => x.key === classKey);
    expect(v2Class?.room?.id).toBe(room.body.id);
    const v2Trainees = new Set(v2Class?.trainees.map((x) => x.id));
    expect(v2Trainees.has(replacementId)).toBe(true);
    expect(v2Trainees.has(stayer.id)).toBe(true);
    expect(v2Trainees.has(leaver.id)).toBe(false);
    const s = await t.http().get(`/api/v1/training/sessions/${replacementId}`).set('authorization', suhareke).expect(200);
    expect(s.body.session).toMatchObject({ startDate: '2023-10-30', endDate: '2023-11-03', shift: 'MORNING', room: { name: 'Salla A' } });

    // A new distribution plan version: the replacement keeps the kit and has the session.
    const plan2 = await t
      .http()
      .post('/api/v1/equipment/municipalities/suhareke/distribution-plans')
      .set('authorization', logistics)
      .send({})
      .expect(201);
    const rLine = (plan2.body.lines as PlanLine[]).find((l) => l.staffId === replacementId);
    expect(rLine).toMatchObject({ session, sessionNote: null });
    expect(rLine?.items.map((i) => i.serial)).toEqual(leaverSerials);
    expect((plan2.body.lines as PlanLine[]).some((l) => l.staffId === leaver.id)).toBe(false);

    // Assignment history: the EA split at the cut-over.
    const history = (await t.http().get(`/api/v1/assignments?eaId=${ea.id}`).set('authorization', suhareke).expect(200)).body.items
      .map((x: { enumeratorId: string; validFrom: string; validTo: string }) => [x.enumeratorId, x.validFrom, x.validTo])
      .sort((x: string[], y: string[]) => ((x[1] as string) < (y[1] as string) ? -1 : 1));
    expect(history).toEqual([
      [leaver.id, '2023-10-23', '2023-10-25'],
      [replacementId, '2023-10-26', '2023-11-14'],
    ]);

    // Pay: preparatory 150.00 over 16–30 Oct: leaver 10/15 = 100.00, replacement 5/15 = 50.00.
    const runId = await computeRunOverHttp(t, finance, { municipalityCode: 'suhareke' });
    const payLines = await t.db.prisma.payLine.findMany({
      where: { runId, staffId: { in: [leaver.id, replacementId] } },
      select: { staffId: true, lineType: true, quantity: true, basis: true, amountCents: true },
    });
    expect(
      payLines.map((l) => [l.staffId === leaver.id ? 'leaver' : 'replacement', l.lineType, l.quantity, l.basis, l.amountCents]).sort(),
    ).toEqual([
      ['leaver', 'PREPARATORY', 10, 15, 10000n],
      ['replacement', 'PREPARATORY', 5, 15, 5000n],
    ]);
  });

  it('raises TRAINING_NOTICE_LATE for the municipalities of a KKR training notified later than two days before, seen by them and by ASK', async () => {
    const clock = pinClock(t, '2023-10-01T08:00:00Z');
    const c = await createCompetition(t, admin);
    const hostRoom = async (municipalityCode: string) => {
      const v = await t
        .http()
        .post('/api/v1/training/venues')
        .set('authorization', logistics)
        .send({ municipalityCode, name: `Komuna ${municipalityCode}`, kind: 'MUNICIPAL_BUILDING', address: 'Sheshi 1' })
        .expect(201);
      const r = await t
        .http()
        .post(`/api/v1/training/venues/${v.body.id}/rooms`)
        .set('authorization', logistics)
        .send({ name: 'Salla e KKR', seats: 30 })
        .expect(201);
      return r.body.id as string;
    };
    const kkr = async (regionCode: string, noticeDate: string | null) =>
      (
        await t
          .http()
          .post('/api/v1/training/events')
          .set('authorization', logistics)
          .send({
            kind: 'KKR_REGIONAL',
            regionCode,
            hostRoomId: await hostRoom(regionCode),
            startDate: '2023-10-06',
            endDate: '2023-10-06',
            ...(noticeDate ? { noticeDate } : {}),
          })
          .expect(201)
      ).body as { id: string; warnings: string[] };
    const lateEvent = await kkr('peje', '2023-10-05'); // one day before: late
    const onTime = await kkr('ferizaj', '2023-10-04'); // exactly two days before: in time
    const missing = await kkr('gjilan', null); // no notice yet
    // The event's own warning and the flag agree on what is late.
    expect(lateEvent.warnings.some((w) => w.includes('notified on 5 October 2023, 1 day before'))).toBe(true);
    expect(onTime.warnings).toEqual([]);

    const check = async (at: string) => {
      clock.set(at);
      await t.http().post('/api/v1/recruitment/deadline-checks').set('authorization', admin).expect(200);
    };
    const noticeFlags = async (token: string) =>
      (
        (await t.http().get(`/api/v1/recruitment/deadline-flags?competitionId=${c.id}&limit=500`).set('authorization', token).expect(200))
          .body.items as {
          kind: string;
          municipalityCode: string;
          subject: string;
          dueAt: string;
          doneAt: string | null;
        }[]
      )
        .filter((f) => f.kind === 'TRAINING_NOTICE_LATE')
        .map((f) => `${f.municipalityCode}:${f.subject === lateEvent.id ? 'late' : f.subject === missing.id ? 'missing' : f.subject}`)
        .sort();

    // Due by the end of 4 Oct, Kosovo time (22:00Z): a second before, only the late notice is flagged.
    await check('2023-10-04T21:59:59Z');
    expect(await noticeFlags(admin)).toEqual(['decan:late', 'istog:late', 'kline:late', 'peje:late']);
    await check('2023-10-04T22:00:00Z');
    const gjilanRegion = ['gjilan', 'kamenice', 'kllokot', 'novoberde', 'partesh', 'ranillug', 'viti'];
    expect(await noticeFlags(admin)).toEqual(
      [...['decan', 'istog', 'kline', 'peje'].map((m) => `${m}:late`), ...gjilanRegion.map((m) => `${m}:missing`)].sort(),
    );
    const all = await noticeFlags(admin);
    expect(all.some((f) => f.includes(onTime.id))).toBe(false);

    const decan = await t.tokenFor(Role.MUNICIPALITY, 'decan');
    expect(await noticeFlags(decan)).toEqual(['decan:late']);
    const ferizaj = await t.tokenFor(Role.MUNICIPALITY, 'ferizaj');
    expect(await noticeFlags(ferizaj)).toEqual([]);
    const flag = (
      (await t.http().get(`/api/v1/recruitment/deadline-flags?competitionId=${c.id}&limit=500`).set('authorization', decan).expect(200))
        .body.items as { kind: string; dueAt: string; doneAt: string | null; notice: unknown }[]
    ).find((f) => f.kind === 'TRAINING_NOTICE_LATE');
    expect(flag).toMatchObject({
      dueAt: '2023-10-04T22:00:00.000Z',
      doneAt: '2023-10-04T22:00:00.000Z',
      // the code, its params and the wording in the caller's language (the tests ask in English)
      notice: {
        code: 'TRAINING_NOTICE_LATE',
        params: { state: 'done' },
        text: 'Training room notice sent later than two days before the training',
      },
    });
  });
});
