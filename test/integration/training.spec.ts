import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Language, Role, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { seedTrainingDemo } from '../../src/training/training.demo.js';
import { TrainingPlanQueryService } from '../../src/training/training-plan-query.service.js';
import { TrainingPlanService } from '../../src/training/training-plan.service.js';
import { auditFor, createStaff } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ClassView {
  key: string;
  size: number;
  language: string;
  shift: string | null;
  explanation: string;
  room: { id: string; name: string; seats: number; venue: { name: string; address: string } } | null;
  trainees: { id: string; fullName: string | null }[];
}

describe('training API: venues, events, room plans', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let ferizaj: string;
  let prizren: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    ferizaj = await t.tokenFor(Role.MUNICIPALITY, 'ferizaj');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
  });
  afterAll(async () => {
    await t.close();
  });

  const venue = async (
    token: string,
    municipalityCode: string,
    rooms: { name: string; seats: number; hasProjector?: boolean; hasTv?: boolean }[],
  ) => {
    const v = await t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', token)
      .send({ municipalityCode, name: `Shkolla ${municipalityCode}`, kind: 'SCHOOL', address: 'Rr. Dëshmorët 1' })
      .expect(201);
    const roomIds: string[] = [];
    for (const r of rooms) {
      const res = await t.http().post(`/api/v1/training/venues/${v.body.id}/rooms`).set('authorization', token).send(r).expect(201);
      roomIds.push(res.body.id);
    }
    return { id: v.body.id as string, roomIds };
  };

  const enumeratorsEvent = async () => {
    const res = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators', startDate: '2023-10-16', endDate: '2023-10-20' })
      .expect(201);
    return res.body.id as string;
  };

  it('lets a municipality manage its own venues and rooms, hides them from others, and audits every change', async () => {
    const v = await venue(ferizaj, 'ferizaj', [{ name: 'Salla 1', seats: 30, hasProjector: true }]);
    // Not in another municipality's name.
    const other = await t
      .http()
      .post('/api/v1/training/venues')
      .set('authorization', ferizaj)
      .send({ municipalityCode: 'prizren', name: 'X', kind: 'SCHOOL', address: 'Y' })
      .expect(404);
    expect(other.body.error.code).toBe('MUNICIPALITY_UNKNOWN');

    const read = await t.http().get(`/api/v1/training/venues/${v.id}`).set('authorization', logistics).expect(200);
    expect(read.body).toMatchObject({ municipality: { code: 'ferizaj' }, kind: 'SCHOOL', seats: 30 });
    expect(read.body.rooms).toEqual([
      expect.objectContaining({ name: 'Salla 1', seats: 30, hasProjector: true, hasTv: false, availability: [] }),
    ]);

    expect((await t.http().get(`/api/v1/training/venues/${v.id}`).set('authorization', prizren).expect(404)).body.error.code).toBe(
      'VENUE_UNKNOWN',
    );
    await t.http().patch(`/api/v1/training/rooms/${v.roomIds[0]}`).set('authorization', prizren).send({ seats: 2 }).expect(404);
    const list = await t.http().get('/api/v1/training/venues').set('authorization', prizren).expect(200);
    expect(list.text).not.toContain(v.id);

    const patched = await t
      .http()
      .patch(`/api/v1/training/rooms/${v.roomIds[0]}`)
      .set('authorization', ferizaj)
      .send({ seats: 28, availability: [{ from: '2023-10-01', to: '2023-10-31' }] })
      .expect(200);
    expect(patched.body).toMatchObject({ seats: 28, availability: [{ from: '2023-10-01', to: '2023-10-31' }] });
    const bad = await t
      .http()
      .patch(`/api/v1/training/rooms/${v.roomIds[0]}`)
      .set('authorization', ferizaj)
      .send({ availability: [{ from: '2023-10-31', to: '2023-10-01' }] })
      .expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');

    const events = await auditFor(t.db.prisma, v.roomIds[0] as string);
    expect(events.map((e) => [e.action, e.entity])).toEqual([
      ['created', 'Room'],
      ['updated', 'Room'],
    ]);
    await t.http().delete(`/api/v1/training/venues/${v.id}`).set('authorization', ferizaj).expect(204);
    expect(await t.db.prisma.room.count({ where: { id: v.roomIds[0] } })).toBe(0);
  });

  it('creates the letter’s default events once and warns when the KKR room notice is late', async () => {
    await t.http().post('/api/v1/training/events/defaults').set('authorization', ferizaj).expect(403);
    const first = await t.http().post('/api/v1/training/events/defaults').set('authorization', admin).expect(201);
    const kinds = (first.body.items as { kind: string; startDate: string; endDate: string }[]).map((e) => [e.kind, e.startDate, e.endDate]);
    expect(kinds.filter(([k]) => k === 'KKR_REGIONAL')).toHaveLength(7);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['KKR_REGIONAL', '2023-10-06', '2023-10-06'],
        ['SUPERVISORS', '2023-10-09', '2023-10-13'],
        ['ENUMERATORS', '2023-10-16', '2023-10-20'],
      ]),
    );
    const again = await t.http().post('/api/v1/training/events/defaults').set('authorization', admin).expect(201);
    expect(again.body.created).toBe(0);
    // default events have no name of their own: the kind (and region) names them in the reader's language
    const items = first.body.items as { kind: string; name: string | null; title: string; region: { code: string } | null }[];
    expect(items.every((e) => e.name === null)).toBe(true);
    expect(items.find((e) => e.kind === 'ENUMERATORS')?.title).toBe('Enumerator training');
    expect(items.find((e) => e.region?.code === 'ferizaj')?.title).toBe('Regional KKR training – Ferizaj');
    const inSerbian = await t
      .http()
      .get('/api/v1/training/events')
      .set('authorization', admin)
      .set('accept-language', 'sr-Cyrl')
      .expect(200);
    const srTitles = (inSerbian.body.items as { kind: string; title: string; region: { code: string } | null }[]).map((e) => [
      e.kind,
      e.region?.code ?? null,
      e.title,
    ]);
    expect(srTitles).toEqual(
      expect.arrayContaining([
        ['ENUMERATORS', null, 'Обука пописивача'],
        ['KKR_REGIONAL', 'ferizaj', 'Регионална обука ОКП – Урошевац'],
      ]),
    );

    const kkr = (first.body.items as { id: string; kind: string; region: { code: string } | null; warnings: string[] }[]).find(
      (e) => e.kind === 'KKR_REGIONAL' && e.region?.code === 'ferizaj',
    );
    expect(kkr?.warnings).toEqual(['no host room is set for this regional KKR training']);
    const host = await venue(logistics, 'ferizaj', [{ name: 'Salla e madhe', seats: 60 }]);
    const late = await t
      .http()
      .patch(`/api/v1/training/events/${kkr?.id}`)
      .set('authorization', logistics)
      .send({ hostRoomId: host.roomIds[0], noticeDate: '2023-10-05' })
      .expect(200);
    expect(late.body.warnings).toEqual([
      'the host room was notified on 5 October 2023, 1 day before; the letter asks for at least 2 days before 6 October 2023',
    ]);
    expect(late.body.warningNotices).toEqual([
      {
        code: 'KKR_NOTICE_LATE',
        params: { day: '2023-10-05', when: 'BEFORE', daysBefore: 1, days: 2, from: '2023-10-06' },
        text: late.body.warnings[0],
      },
    ]);
    // a name a person types is kept as written, and cleared back to the kind's name with null
    const named = await t
      .http()
      .patch(`/api/v1/training/events/${kkr?.id}`)
      .set('authorization', logistics)
      .set('accept-language', 'sq')
      .send({ name: 'KKR Ferizaj, salla e madhe' })
      .expect(200);
    expect([named.body.name, named.body.title]).toEqual(['KKR Ferizaj, salla e madhe', 'KKR Ferizaj, salla e madhe']);
    expect(named.body.warnings).toEqual([
      'salla pritëse u njoftua më 5 tetor 2023, 1 ditë para; letra kërkon të paktën 2 ditë para 6 tetor 2023',
    ]);
    const unnamed = await t
      .http()
      .patch(`/api/v1/training/events/${kkr?.id}`)
      .set('authorization', logistics)
      .set('accept-language', 'sq')
      .send({ name: null })
      .expect(200);
    expect([unnamed.body.name, unnamed.body.title]).toEqual([null, 'Trajnimi rajonal i KKR-ve – Ferizaj']);
    const inTime = await t
      .http()
      .patch(`/api/v1/training/events/${kkr?.id}`)
      .set('authorization', logistics)
      .send({ noticeDate: '2023-10-04' })
      .expect(200);
    expect(inTime.body.warnings).toEqual([]);

    const tooBig = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'SUPERVISORS', startDate: '2023-10-09', endDate: '2023-10-13', maxClassSize: 31 })
      .expect(422);
    expect(tooBig.body.error).toMatchObject({ code: 'TRAINING_EVENT_INVALID', details: [{ field: 'maxClassSize' }] });
  });

  it('plans a KKR regional training at the host room and warns when fewer than half of a KKR fit', async () => {
    const gjilan = await t.db.municipalityId('gjilan');
    const kamenice = await t.db.municipalityId('kamenice');
    const members = (mun: string, n: number) =>
      t.db.prisma.kkrMember.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          municipalityId: mun,
          position: i + 1,
          fullName: `Anëtar ${i + 1}`,
          currentJob: 'Officer',
          kkrRole: i === 0 ? ('DEPUTY_CHAIR' as const) : ('MEMBER' as const),
          isContactPerson: i < 2,
          isMunicipalStaff: true,
        })),
      });
    await members(gjilan, 11);
    await members(kamenice, 9);
    const host = await venue(logistics, 'gjilan', [{ name: 'Salla KKR', seats: 12 }]);
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({
        kind: 'KKR_REGIONAL',
        regionCode: 'gjilan',
        startDate: '2023-10-06',
        endDate: '2023-10-06',
        hostRoomId: host.roomIds[0],
        noticeDate: '2023-10-01',
      })
      .expect(201);
    // 20 members → 1 class of 20 (max 30) in a 12-seat room: nothing fits.
    const plan = await t.http().post(`/api/v1/training/events/${ev.body.id}/plans`).set('authorization', logistics).send({}).expect(201);
    expect(plan.body.summary).toMatchObject({ trainees: 20, classes: 1, classesPlaced: 0 });
    expect(plan.body.summary.warnings).toEqual(
      expect.arrayContaining([
        'Gjilan: only 0 of 11 KKR members are planned; the letter asks at least half of each KKR to attend',
        expect.stringMatching(/^Kamenicë: only 0 of 9 KKR members/),
      ]),
    );
    expect(plan.body.shortfalls[0].notice).toMatchObject({ code: 'CLASS_NO_ROOM', params: { classes: 1, size: 20 } });
    expect(plan.body.shortfalls[0].message).toMatch(
      /^1 class of 20 without a room, 6 October \d{4} – 6 October \d{4} .*add 1 room with at least 20 seats$/,
    );
    // A larger host room seats everyone; the class is explained.
    await t.http().patch(`/api/v1/training/rooms/${host.roomIds[0]}`).set('authorization', logistics).send({ seats: 24 }).expect(200);
    const ok = await t.http().post(`/api/v1/training/events/${ev.body.id}/plans`).set('authorization', logistics).send({}).expect(201);
    expect(ok.body.version).toBe(2);
    expect(ok.body.summary.classesPlaced).toBe(1);
    // Only the region's municipalities without a member list remain warned about.
    expect(ok.body.summary.warnings).toHaveLength(5);
    expect((ok.body.summary.warnings as string[]).every((w) => w.endsWith('no KKR members are recorded, so none are planned'))).toBe(true);
    expect(ok.body.classes[0].room.name).toBe('Salla KKR');
    expect(ok.body.classes[0].trainees).toHaveLength(20);
  });

  it('generates, reads, publishes and re-plans a municipal enumerator plan with isolation and moves', async () => {
    const eventId = await enumeratorsEvent();
    const v = await venue(logistics, 'ferizaj', [
      { name: 'Salla A', seats: 30, hasProjector: true },
      { name: 'Salla B', seats: 30 },
      { name: 'Salla C', seats: 10 },
    ]);
    const sq = [];
    for (let i = 0; i < 58; i++) sq.push(await createStaff(t.db, 'ferizaj', { fullName: `Regjistrues ${String(i).padStart(2, '0')}` }));
    const sr = [];
    for (let i = 0; i < 3; i++) {
      const s = await createStaff(t.db, 'ferizaj', { fullName: `Попис ${i}` });
      sr.push(await t.db.prisma.staffMember.update({ where: { id: s.id }, data: { languageOfWork: Language.SR } }));
    }
    await createStaff(t.db, 'ferizaj', { kind: StaffKind.SUPERVISOR });
    await createStaff(t.db, 'ferizaj', { status: StaffStatus.LEFT });

    await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', ferizaj)
      .send({ municipalityCode: 'ferizaj' })
      .expect(403);
    const gen = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'ferizaj' })
      .expect(201);
    const planId = gen.body.id as string;
    expect(gen.body).toMatchObject({ version: 1, status: 'DRAFT', pinned: false, municipality: { code: 'ferizaj' } });
    // 58 SQ → 29 + 29; 3 SR → 3 (ceil(58/30) = 2, ceil(3/30) = 1)
    const classes = gen.body.classes as ClassView[];
    expect(classes.map((c) => [c.language, c.size]).sort()).toEqual([
      ['SQ', 29],
      ['SQ', 29],
      ['SR', 3],
    ]);
    expect(gen.body.summary).toMatchObject({ trainees: 61, lowerBound: 3, classesPlaced: 3 });
    expect(gen.body.shortfalls).toEqual([]);
    for (const c of classes) {
      expect(c.explanation).toMatch(/own municipality/);
      expect(c.room?.venue.name).toBe('Shkolla ferizaj');
      expect(c.shift).toBe('MORNING');
    }
    const sqRooms = classes.filter((c) => c.language === 'SQ').map((c) => c.room?.name);
    expect(sqRooms.sort()).toEqual(['Salla A', 'Salla B']);
    expect(classes.find((c) => c.language === 'SR')?.room?.name).toBe('Salla C');
    expect(classes.flatMap((c) => c.trainees.map((x) => x.fullName))).toContain('Попис 1');

    // Isolation: Ferizaj reads its plan; Prizren gets 404 and sees it in no list.
    await t.http().get(`/api/v1/training/plans/${planId}`).set('authorization', ferizaj).expect(200);
    expect((await t.http().get(`/api/v1/training/plans/${planId}`).set('authorization', prizren).expect(404)).body.error.code).toBe(
      'TRAINING_PLAN_UNKNOWN',
    );
    expect((await t.http().get('/api/v1/training/plans').set('authorization', prizren).expect(200)).text).not.toContain(planId);
    const mine = await t.http().get('/api/v1/training/plans').set('authorization', ferizaj).expect(200);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(planId);

    // Re-planning needs the pinned plan; publishing pins it.
    expect(
      (await t.http().post(`/api/v1/training/plans/${planId}/replan`).set('authorization', logistics).expect(409)).body.error.code,
    ).toBe('TRAINING_PLAN_NOT_PINNED');
    await t.http().post(`/api/v1/training/plans/${planId}/publish`).set('authorization', ferizaj).expect(403);
    const pub = await t.http().post(`/api/v1/training/plans/${planId}/publish`).set('authorization', logistics).expect(201);
    expect(pub.body).toMatchObject({ status: 'PUBLISHED', pinned: true });
    expect((await auditFor(t.db.prisma, planId)).map((e) => e.action)).toEqual(['generated', 'published']);

    // A published room cannot disappear under people who were told about it.
    const del = await t.http().delete(`/api/v1/training/rooms/${v.roomIds[0]}`).set('authorization', logistics).expect(409);
    expect(del.body.error.code).toBe('ROOM_IN_USE');

    // Session lookup for the equipment plan.
    const someone = sq[0]?.id as string;
    const session = await t.http().get(`/api/v1/training/sessions/${someone}`).set('authorization', ferizaj).expect(200);
    expect(session.body.session).toMatchObject({
      startDate: '2023-10-16',
      endDate: '2023-10-20',
      shift: 'MORNING',
      venue: { name: 'Shkolla ferizaj' },
      planId,
    });
    await t.http().get(`/api/v1/training/sessions/${someone}`).set('authorization', prizren).expect(404);

    // Staff change: one SQ enumerator leaves, one joins; the newcomer takes the free place, nobody moves.
    const leaver = sq[5]?.id as string;
    const leaverClass = classes.find((c) => c.trainees.some((x) => x.id === leaver))?.key;
    await t.db.prisma.staffMember.update({ where: { id: leaver }, data: { status: StaffStatus.LEFT } });
    const joiner = await createStaff(t.db, 'ferizaj', { fullName: 'Zëvendës Regjistrues' });
    const re = await t.http().post(`/api/v1/training/plans/${planId}/replan`).set('authorization', logistics).expect(201);
    expect(re.body).toMatchObject({ version: 2, status: 'DRAFT', basedOnPlanId: planId, moves: [] });
    const reClasses = re.body.classes as ClassView[];
    expect(reClasses.find((c) => c.trainees.some((x) => x.id === joiner.id))?.key).toBe(leaverClass);
    expect(reClasses.flatMap((c) => c.trainees).some((x) => x.id === leaver)).toBe(false);
    for (const c of classes) expect(reClasses.find((x) => x.key === c.key)?.room?.id).toBe(c.room?.id);

    // Recruitment hook: 5 more SR enumerators join after publishing version 2 → re-planned and published at once.
    await t.http().post(`/api/v1/training/plans/${re.body.id}/publish`).set('authorization', logistics).expect(201);
    for (let i = 0; i < 5; i++) {
      const s = await createStaff(t.db, 'ferizaj', { fullName: `Нови ${i}` });
      await t.db.prisma.staffMember.update({ where: { id: s.id }, data: { languageOfWork: Language.SR } });
    }
    const service = t.app.get(TrainingPlanService);
    const ferizajId = await t.db.municipalityId('ferizaj');
    const out = await service.replanAfterStaffChange(
      undefined,
      ferizajId,
      { userId: null, email: 'system' },
      new Date('2023-10-10T08:00:00Z'),
    );
    expect(out).toHaveLength(1);
    const v3 = await t.http().get(`/api/v1/training/plans/${out[0]?.planId}`).set('authorization', ferizaj).expect(200);
    expect(v3.body).toMatchObject({ version: 3, status: 'PUBLISHED', pinned: true });
    expect((v3.body.classes as ClassView[]).find((c) => c.language === 'SR')?.size).toBe(8);
    const old = await t.http().get(`/api/v1/training/plans/${re.body.id}`).set('authorization', logistics).expect(200);
    expect(old.body.pinned).toBe(false);
    // After the event has started the hook leaves plans alone.
    expect(
      await service.replanAfterStaffChange(undefined, ferizajId, { userId: null, email: 'system' }, new Date('2023-10-16T08:00:00Z')),
    ).toEqual([]);
  });

  it('keeps municipal plans of one event off each other’s slots; national plans show each municipality its part; print data', async () => {
    const eventId = await enumeratorsEvent();
    const peje = await t.tokenFor(Role.MUNICIPALITY, 'peje');
    const klineUser = await t.tokenFor(Role.MUNICIPALITY, 'kline');
    const v = await venue(logistics, 'peje', [{ name: 'Salla Pejë', seats: 30, hasTv: true }]);
    const pejeStaff = [];
    for (let i = 0; i < 30; i++) pejeStaff.push(await createStaff(t.db, 'peje'));
    const klineStaff = [];
    for (let i = 0; i < 25; i++) klineStaff.push(await createStaff(t.db, 'kline'));

    const pejePlan = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'peje' })
      .expect(201);
    await t.http().post(`/api/v1/training/plans/${pejePlan.body.id}/publish`).set('authorization', logistics).expect(201);
    // Klinë has no room: it spills to Pejë, whose morning slot Pejë's published plan holds.
    const klinePlan = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'kline' })
      .expect(201);
    const kc = klinePlan.body.classes[0] as ClassView;
    expect([kc.room?.id, kc.shift]).toEqual([v.roomIds[0], 'AFTERNOON']);
    expect(kc.explanation).toMatch(/Klinë has no room available on these days, nearest in the region: Pejë, second shift/);
    const srKline = await t
      .http()
      .get(`/api/v1/training/plans/${klinePlan.body.id}`)
      .set('authorization', logistics)
      .set('accept-language', 'sr-Latn')
      .expect(200);
    expect(srKline.body.classes[0].explanation).toBe(
      '25 polaznika (albanski) iz opštine Klina u sali Shkolla peje, Salla Pejë (Peć, 30 mesta, televizor), popodnevna smena, ' +
        '16. oktobar 2023. – 20. oktobar 2023.: Klina nema salu na raspolaganju ovih dana, najbliža u regionu: Peć, ' +
        'druga smena: prepodnevni termini su bili popunjeni',
    );
    expect(srKline.body.classes[0].notice).toMatchObject({
      code: 'CLASS_PLACED',
      params: { municipality: 'kline', roomMunicipality: 'peje', reason: 'NEAREST_IN_REGION', ownRooms: 'NONE', secondShift: 1 },
    });

    // A national plan of the event: each municipality sees only its own classes and trainees.
    const national = await t.http().post(`/api/v1/training/events/${eventId}/plans`).set('authorization', logistics).send({}).expect(201);
    const asKline = await t.http().get(`/api/v1/training/plans/${national.body.id}`).set('authorization', klineUser).expect(200);
    const klineIds = new Set(klineStaff.map((x) => x.id));
    const seen = (asKline.body.classes as ClassView[]).flatMap((c) => c.trainees.map((x) => x.id));
    expect(seen.length).toBe(25);
    expect(seen.every((id) => klineIds.has(id))).toBe(true);
    expect(asKline.text).not.toContain(pejeStaff[0]?.id as string);
    await t.http().get(`/api/v1/training/plans/${national.body.id}`).set('authorization', peje).expect(200);

    // Print data (report type 3): by municipality and event, the plan in force; report type 6: the schedule.
    const service = t.app.get(TrainingPlanQueryService);
    const print = await service.roomPlanData({ kind: 'national' }, { municipalityCode: 'peje', eventId });
    expect(print.id).toBe(pejePlan.body.id);
    expect(print.municipality).toEqual({ code: 'peje', nameSq: 'Pejë', nameSr: 'Peć' });
    expect(print.classes).toHaveLength(1);
    expect(print.classes[0]).toMatchObject({
      startDate: '2023-10-16',
      endDate: '2023-10-20',
      shift: 'MORNING',
      room: { name: 'Salla Pejë', hasTv: true, venue: { name: 'Shkolla peje', address: 'Rr. Dëshmorët 1' } },
    });
    expect(print.classes[0]?.trainees).toHaveLength(30);
    await expect(
      service.roomPlanData({ kind: 'municipal', municipalityIds: [] }, { municipalityCode: 'peje', eventId }),
    ).rejects.toMatchObject({
      code: 'MUNICIPALITY_UNKNOWN',
    });
    const schedule = await t.http().get('/api/v1/training/schedule').set('authorization', peje).expect(200);
    const pejeRegion = (schedule.body.regions as { code: string; municipalities: { code: string }[] }[]).find((r) => r.code === 'peje');
    expect(pejeRegion?.municipalities.map((m) => m.code)).toEqual(['decan', 'istog', 'kline', 'peje']);
    expect(schedule.body.otherEvents.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['SUPERVISORS', 'ENUMERATORS']));
  });

  it('seeds the demo venues and events idempotently', async () => {
    await seedTrainingDemo(t.db.prisma);
    const counts = async () => [
      await t.db.prisma.venue.count({ where: { name: 'Kuvendi Komunal i Prishtinës' } }),
      await t.db.prisma.room.count({ where: { venue: { name: 'Kuvendi Komunal i Prishtinës' } } }),
      await t.db.prisma.trainingEvent.count({ where: { kind: 'KKR_REGIONAL', hostRoomId: { not: null }, noticeDate: { not: null } } }),
    ];
    const first = await counts();
    expect(first).toEqual([1, 2, expect.any(Number)]);
    await seedTrainingDemo(t.db.prisma);
    expect(await counts()).toEqual(first);
  });

  it('reports classes without a room in plain words', async () => {
    const eventId = await enumeratorsEvent();
    for (let i = 0; i < 31; i++) await createStaff(t.db, 'junik');
    const gen = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', admin)
      .send({ municipalityCode: 'junik' })
      .expect(201);
    expect(gen.body.summary).toMatchObject({ classes: 2, classesPlaced: 0, traineesUnplaced: 31 });
    expect(gen.body.shortfalls).toEqual([
      expect.objectContaining({
        municipality: expect.objectContaining({ code: 'junik' }),
        notice: expect.objectContaining({ code: 'CLASS_NO_ROOM', params: expect.objectContaining({ size: 16 }) }),
      }),
      expect.objectContaining({
        municipality: expect.objectContaining({ code: 'junik' }),
        notice: expect.objectContaining({ code: 'CLASS_NO_ROOM', params: expect.objectContaining({ size: 15 }) }),
      }),
    ]);
  });
});
