import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind } from '../../src/generated/prisma/enums.js';
import { auditFor, createAssignment, createEa, createStaff } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ENGAGED = { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' };
const dateOf = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

describe('EA assignments API', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;
  let prishtineId: string;
  let prizrenId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    prishtineId = await t.db.municipalityId('prishtine');
    prizrenId = await t.db.municipalityId('prizren');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (token: string, body: object) => t.http().post('/api/v1/assignments').set('authorization', token).send(body);

  it('assigns an EA to an enumerator of the same municipality and audits it', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const en = await createStaff(t.db, 'prishtine', ENGAGED);
    const res = await post(prishtine, { eaId: ea.id, enumeratorId: en.id, validFrom: '2023-11-01', validTo: '2023-12-15' }).expect(201);
    expect(res.body).toMatchObject({
      eaId: ea.id,
      eaCode: ea.code,
      enumeratorId: en.id,
      enumeratorName: en.fullName,
      municipalityId: prishtineId,
      municipalityCode: 'prishtine',
      validFrom: '2023-11-01',
      validTo: '2023-12-15',
    });
    const events = await auditFor(t.db.prisma, res.body.id);
    expect(events.map((e) => [e.action, e.entity, e.entityIds, e.municipalityId, e.details])).toEqual([
      ['created', 'EaAssignment', [res.body.id], prishtineId, { eaCode: ea.code, validFrom: '2023-11-01', validTo: '2023-12-15' }],
    ]);
    expect(JSON.stringify(events[0]?.details)).not.toContain(en.fullName);
    const one = await t.http().get(`/api/v1/assignments/${res.body.id}`).set('authorization', finance).expect(200);
    expect(one.body).toEqual(res.body);
  });

  it('allows an open-ended period for someone without an engagement end', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const en = await createStaff(t.db, 'prishtine');
    const res = await post(logistics, { eaId: ea.id, enumeratorId: en.id, validFrom: '2023-11-01' }).expect(201);
    expect(res.body.validTo).toBeNull();
  });

  it('refuses malformed bodies, naming the fields', async () => {
    const res = await post(admin, {
      eaId: 'x',
      enumeratorId: '00000000-0000-4000-8000-000000000000',
      validFrom: '2023-02-30',
      validTo: '2023-01-01',
    }).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['eaId', 'validFrom']);
    const order = await post(admin, {
      eaId: '00000000-0000-4000-8000-000000000000',
      enumeratorId: '00000000-0000-4000-8000-000000000000',
      validFrom: '2023-11-10',
      validTo: '2023-11-09',
    }).expect(400);
    expect(order.body.error.details).toMatchObject([{ field: 'validTo', reason: 'is before validFrom' }]);
  });

  it('refuses supervisors, periods outside the engagement and people of another municipality, writing nothing', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const sup = await createStaff(t.db, 'prishtine', { ...ENGAGED, kind: StaffKind.SUPERVISOR });
    const en = await createStaff(t.db, 'prishtine', ENGAGED);
    const foreign = await createStaff(t.db, 'prizren', ENGAGED);
    const eventsBefore = await t.db.prisma.auditEvent.count();

    const supRes = await post(admin, { eaId: ea.id, enumeratorId: sup.id, validFrom: '2023-11-01', validTo: '2023-11-30' }).expect(422);
    expect(supRes.body.error).toMatchObject({ code: 'ASSIGNMENT_INVALID', details: [{ field: 'enumeratorId' }] });
    const early = await post(admin, { eaId: ea.id, enumeratorId: en.id, validFrom: '2023-10-01', validTo: '2023-11-30' }).expect(422);
    expect(early.body.error.details).toMatchObject([
      {
        field: 'validFrom',
        code: 'BEFORE_ENGAGEMENT_START',
        params: { startDay: '2023-10-15' },
        reason: 'is before the engagement start 15 October 2023',
      },
    ]);
    const open = await post(admin, { eaId: ea.id, enumeratorId: en.id, validFrom: '2023-11-01' }).expect(422);
    expect(open.body.error.details).toMatchObject([expect.objectContaining({ field: 'validTo' })]);
    const mismatch = await post(admin, { eaId: ea.id, enumeratorId: foreign.id, validFrom: '2023-11-01', validTo: '2023-11-30' }).expect(
      422,
    );
    expect(mismatch.body.error.code).toBe('MUNICIPALITY_MISMATCH');

    expect(await t.db.prisma.eaAssignment.count({ where: { eaId: ea.id } })).toBe(0);
    expect(await t.db.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it('treats another municipality’s EA or enumerator in the body as unknown', async () => {
    const myEa = await createEa(t.db, 'prishtine');
    const me = await createStaff(t.db, 'prishtine');
    const theirEa = await createEa(t.db, 'prizren');
    const them = await createStaff(t.db, 'prizren');
    const ea = await post(prishtine, { eaId: theirEa.id, enumeratorId: me.id, validFrom: '2023-11-01' }).expect(404);
    expect(ea.body.error).toMatchObject({ code: 'EA_UNKNOWN', details: [{ field: 'eaId' }] });
    const en = await post(prishtine, { eaId: myEa.id, enumeratorId: them.id, validFrom: '2023-11-01' }).expect(404);
    expect(en.body.error).toMatchObject({ code: 'STAFF_UNKNOWN', details: [{ field: 'enumeratorId' }] });
    expect(await t.db.prisma.eaAssignment.count({ where: { eaId: { in: [myEa.id, theirEa.id] } } })).toBe(0);
  });

  it('refuses a period sharing a day with another period of the EA; the next day is fine', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const a = await createStaff(t.db, 'prishtine');
    const b = await createStaff(t.db, 'prishtine');
    const first = await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: a.id,
      municipalityId: prishtineId,
      validFrom: '2023-11-01',
      validTo: '2023-11-15',
    });

    const touching = await post(admin, { eaId: ea.id, enumeratorId: b.id, validFrom: '2023-11-15', validTo: '2023-11-30' }).expect(409);
    expect(touching.body.error).toMatchObject({
      code: 'ASSIGNMENT_OVERLAP',
      details: [{ field: 'validFrom', reason: `overlaps assignment ${first.id} (1 November 2023 to 15 November 2023)` }],
    });
    const before = await post(admin, { eaId: ea.id, enumeratorId: b.id, validFrom: '2023-10-20' }).expect(409);
    expect(before.body.error.code).toBe('ASSIGNMENT_OVERLAP');
    const next = await post(admin, { eaId: ea.id, enumeratorId: b.id, validFrom: '2023-11-16' }).expect(201);
    // An open period blocks every later day.
    await post(admin, { eaId: ea.id, enumeratorId: a.id, validFrom: '2024-03-01', validTo: '2024-03-02' }).expect(409);
    expect((await t.db.prisma.eaAssignment.findMany({ where: { eaId: ea.id } })).map((r) => r.id).sort()).toEqual(
      [first.id, next.body.id].sort(),
    );
  });

  it('lets exactly one of two concurrent overlapping creates through', async () => {
    // Three EAs raced at once, to make a missing EA row lock show up reliably.
    const races = await Promise.all(
      [1, 2, 3].map(async () => ({
        ea: await createEa(t.db, 'prishtine'),
        a: await createStaff(t.db, 'prishtine'),
        b: await createStaff(t.db, 'prishtine'),
      })),
    );
    const results = await Promise.all(
      races.map(({ ea, a, b }) =>
        Promise.all([
          post(prishtine, { eaId: ea.id, enumeratorId: a.id, validFrom: '2023-11-01', validTo: '2023-11-30' }),
          post(logistics, { eaId: ea.id, enumeratorId: b.id, validFrom: '2023-11-15', validTo: '2023-12-15' }),
        ]),
      ),
    );
    for (const [i, [r1, r2]] of results.entries()) {
      expect([r1.status, r2.status].sort()).toEqual([201, 409]);
      expect([r1, r2].find((r) => r.status === 409)?.body.error.code).toBe('ASSIGNMENT_OVERLAP');
      expect(await t.db.prisma.eaAssignment.count({ where: { eaId: races[i]?.ea.id } })).toBe(1);
    }
  });

  it('lists with filters and only within the caller’s scope', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const a = await createStaff(t.db, 'prishtine');
    const b = await createStaff(t.db, 'prishtine');
    const early = await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: a.id,
      municipalityId: prishtineId,
      validFrom: '2023-11-01',
      validTo: '2023-11-19',
    });
    const late = await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: b.id,
      municipalityId: prishtineId,
      validFrom: '2023-11-20',
      validTo: null,
    });
    const theirEa = await createEa(t.db, 'prizren');
    const them = await createStaff(t.db, 'prizren');
    const theirs = await createAssignment(t.db.prisma, {
      eaId: theirEa.id,
      enumeratorId: them.id,
      municipalityId: prizrenId,
      validFrom: '2023-11-01',
    });

    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((x) => x.id);
    expect(ids(await t.http().get('/api/v1/assignments').query({ eaId: ea.id }).set('authorization', prishtine).expect(200))).toEqual([
      early.id,
      late.id,
    ]);
    expect(
      ids(
        await t
          .http()
          .get('/api/v1/assignments')
          .query({ eaId: ea.id, activeOn: '2023-11-19' })
          .set('authorization', prishtine)
          .expect(200),
      ),
    ).toEqual([early.id]);
    expect(
      ids(
        await t
          .http()
          .get('/api/v1/assignments')
          .query({ eaId: ea.id, activeOn: '2024-06-01' })
          .set('authorization', prishtine)
          .expect(200),
      ),
    ).toEqual([late.id]);
    expect(ids(await t.http().get('/api/v1/assignments').query({ enumeratorId: b.id }).set('authorization', admin).expect(200))).toEqual([
      late.id,
    ]);
    expect(ids(await t.http().get('/api/v1/assignments').query({ eaId: theirEa.id }).set('authorization', prishtine).expect(200))).toEqual(
      [],
    );
    expect(
      ids(await t.http().get('/api/v1/assignments').query({ municipality: 'prizren' }).set('authorization', prishtine).expect(200)),
    ).toEqual([]);
    expect(
      ids(
        await t
          .http()
          .get('/api/v1/assignments')
          .query({ municipality: 'prizren', enumeratorId: them.id })
          .set('authorization', admin)
          .expect(200),
      ),
    ).toEqual([theirs.id]);
    const bad = await t.http().get('/api/v1/assignments').query({ activeOn: '1 Nov' }).set('authorization', admin).expect(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toContain('activeOn');
  });

  describe('transfer', () => {
    it('closes the current period the day before the cut-over and opens one for the new enumerator, keeping history', async () => {
      const ea = await createEa(t.db, 'prishtine');
      const a = await createStaff(t.db, 'prishtine', ENGAGED);
      const b = await createStaff(t.db, 'prishtine', ENGAGED);
      const current = await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: a.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });

      const res = await t
        .http()
        .post(`/api/v1/assignments/${current.id}/transfer`)
        .set('authorization', prishtine)
        .send({ toEnumeratorId: b.id, cutoverDate: '2023-11-20' })
        .expect(201);
      expect(res.body.closed).toMatchObject({ id: current.id, enumeratorId: a.id, validFrom: '2023-11-01', validTo: '2023-11-19' });
      expect(res.body.opened).toMatchObject({ eaId: ea.id, enumeratorId: b.id, validFrom: '2023-11-20', validTo: '2023-12-15' });

      const rows = await t.db.prisma.eaAssignment.findMany({ where: { eaId: ea.id }, orderBy: { validFrom: 'asc' } });
      expect(rows.map((r) => [r.id, r.enumeratorId, dateOf(r.validFrom), dateOf(r.validTo)])).toEqual([
        [current.id, a.id, '2023-11-01', '2023-11-19'],
        [res.body.opened.id, b.id, '2023-11-20', '2023-12-15'],
      ]);
      const events = await auditFor(t.db.prisma, current.id);
      expect(events.map((e) => [e.action, e.entity, e.entityIds, e.municipalityId])).toEqual([
        ['transferred', 'EaAssignment', [current.id, res.body.opened.id], prishtineId],
      ]);
      expect(events[0]?.details).toEqual({ eaCode: ea.code, cutoverDate: '2023-11-20', closedValidTo: '2023-11-19' });
    });

    it('keeps an open period open for the new enumerator', async () => {
      const ea = await createEa(t.db, 'prishtine');
      const a = await createStaff(t.db, 'prishtine');
      const b = await createStaff(t.db, 'prishtine');
      const current = await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: a.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
      });
      const res = await t
        .http()
        .post(`/api/v1/assignments/${current.id}/transfer`)
        .set('authorization', admin)
        .send({ toEnumeratorId: b.id, cutoverDate: '2023-12-01' })
        .expect(201);
      expect([res.body.closed.validTo, res.body.opened.validFrom, res.body.opened.validTo]).toEqual(['2023-11-30', '2023-12-01', null]);
    });

    it('refuses a cut-over outside the period, the same enumerator, or a supervisor, changing nothing', async () => {
      const ea = await createEa(t.db, 'prishtine');
      const a = await createStaff(t.db, 'prishtine');
      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      const b = await createStaff(t.db, 'prishtine', ENGAGED);
      const current = await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: a.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
      const url = `/api/v1/assignments/${current.id}/transfer`;

      const first = await t
        .http()
        .post(url)
        .set('authorization', admin)
        .send({ toEnumeratorId: b.id, cutoverDate: '2023-11-01' })
        .expect(422);
      expect(first.body.error).toMatchObject({ code: 'ASSIGNMENT_INVALID', details: [{ field: 'cutoverDate' }] });
      await t.http().post(url).set('authorization', admin).send({ toEnumeratorId: b.id, cutoverDate: '2023-12-16' }).expect(422);
      const same = await t
        .http()
        .post(url)
        .set('authorization', admin)
        .send({ toEnumeratorId: a.id, cutoverDate: '2023-11-20' })
        .expect(422);
      expect(same.body.error.details).toMatchObject([expect.objectContaining({ field: 'toEnumeratorId' })]);
      const supRes = await t
        .http()
        .post(url)
        .set('authorization', admin)
        .send({ toEnumeratorId: sup.id, cutoverDate: '2023-11-20' })
        .expect(422);
      expect(supRes.body.error.details).toMatchObject([expect.objectContaining({ field: 'toEnumeratorId' })]);

      expect(await t.db.prisma.eaAssignment.findMany({ where: { eaId: ea.id } })).toEqual([current]);
      expect(await auditFor(t.db.prisma, current.id)).toEqual([]);
    });
  });

  it('deletes a period for ADMIN/LOGISTICS only, audited', async () => {
    const ea = await createEa(t.db, 'prishtine');
    const a = await createStaff(t.db, 'prishtine');
    const row = await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: a.id,
      municipalityId: prishtineId,
      validFrom: '2023-11-01',
    });
    await t.http().delete(`/api/v1/assignments/${row.id}`).set('authorization', prishtine).expect(403);
    await t.http().delete(`/api/v1/assignments/${row.id}`).set('authorization', logistics).expect(204);
    expect(await t.db.prisma.eaAssignment.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await auditFor(t.db.prisma, row.id)).map((e) => [e.action, e.entity, e.entityIds])).toEqual([
      ['deleted', 'EaAssignment', [row.id]],
    ]);
    await t.http().delete(`/api/v1/assignments/${row.id}`).set('authorization', admin).expect(404);
  });

  it('hides another municipality’s assignment from a municipality user and changes nothing of it', async () => {
    const ea = await createEa(t.db, 'prizren');
    const a = await createStaff(t.db, 'prizren');
    const mine = await createStaff(t.db, 'prishtine');
    const row = await createAssignment(t.db.prisma, {
      eaId: ea.id,
      enumeratorId: a.id,
      municipalityId: prizrenId,
      validFrom: '2023-11-01',
      validTo: '2023-12-15',
    });

    const get = await t.http().get(`/api/v1/assignments/${row.id}`).set('authorization', prishtine).expect(404);
    expect(get.body.error.code).toBe('ASSIGNMENT_UNKNOWN');
    const tr = await t
      .http()
      .post(`/api/v1/assignments/${row.id}/transfer`)
      .set('authorization', prishtine)
      .send({ toEnumeratorId: mine.id, cutoverDate: '2023-11-20' })
      .expect(404);
    expect(tr.body.error.code).toBe('ASSIGNMENT_UNKNOWN');
    await t.http().delete(`/api/v1/assignments/${row.id}`).set('authorization', prishtine).expect(403);

    expect(await t.db.prisma.eaAssignment.findMany({ where: { eaId: ea.id } })).toEqual([row]);
    expect(await auditFor(t.db.prisma, row.id)).toEqual([]);
    await t.http().get(`/api/v1/assignments/${row.id}`).set('authorization', prizren).expect(200);
  });
});
