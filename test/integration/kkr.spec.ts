import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { auditFor, uniqName } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const validList = () => [
  {
    fullName: `Agim ${uniqName()}`,
    currentJob: 'Mayor',
    kkrRole: 'CHAIR',
    isMunicipalStaff: true,
    isContactPerson: false,
    phone: null,
    email: null,
  },
  {
    fullName: `Shpresa ${uniqName()}`,
    currentJob: 'Director of administration',
    kkrRole: 'DEPUTY_CHAIR',
    isMunicipalStaff: true,
    isContactPerson: true,
    phone: '+383 38 200 111',
    email: 'Deputy@Example.org',
  },
  {
    fullName: `Driton ${uniqName()}`,
    currentJob: 'Statistics officer',
    kkrRole: 'SECRETARY',
    isMunicipalStaff: true,
    isContactPerson: true,
    phone: '+383 38 200 222',
    email: 'officer@example.org',
  },
  {
    fullName: `Nenad ${uniqName()}`,
    currentJob: 'Communities representative',
    kkrRole: 'MEMBER',
    isMunicipalStaff: false,
    isContactPerson: false,
  },
];

describe('KKR members API', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let prishtine: string;
  let prizren: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
  });
  afterAll(async () => {
    await t.close();
  });

  const url = (code: string) => `/api/v1/municipalities/${code}/kkr-members`;
  const rowsOf = async (code: string) =>
    t.db.prisma.kkrMember.findMany({ where: { municipalityId: await t.db.municipalityId(code) }, orderBy: { position: 'asc' } });

  it('lets a municipality replace its own list; positions follow list order; the replacement is audited', async () => {
    const list = validList();
    const res = await t.http().put(url('prishtine')).set('authorization', prishtine).send({ members: list }).expect(200);
    expect(res.body.municipality).toEqual({ code: 'prishtine', nameSq: expect.any(String) });
    expect(res.body.members.map((m: { position: number; fullName: string }) => [m.position, m.fullName])).toEqual(
      list.map((m, i) => [i + 1, m.fullName]),
    );
    expect(res.body.members[1]).toMatchObject({
      kkrRole: 'DEPUTY_CHAIR',
      isContactPerson: true,
      email: 'deputy@example.org',
      phone: '+383 38 200 111',
    });
    expect(res.body.members[3]).toMatchObject({ phone: null, email: null });

    const read = await t.http().get(url('prishtine')).set('authorization', finance).expect(200);
    expect(read.body.members).toEqual(res.body.members);

    // A shorter list replaces the whole table.
    const shorter = [list[1], list[2]];
    await t.http().put(url('prishtine')).set('authorization', prishtine).send({ members: shorter }).expect(200);
    expect((await rowsOf('prishtine')).map((r) => [r.position, r.fullName])).toEqual([
      [1, list[1]?.fullName],
      [2, list[2]?.fullName],
    ]);

    const municipalityId = await t.db.municipalityId('prishtine');
    const events = await auditFor(t.db.prisma, municipalityId);
    expect(events.slice(-2).map((e) => [e.action, e.entity, e.entityIds, e.municipalityId, e.actorId])).toEqual([
      ['replaced', 'KkrMemberList', [municipalityId], municipalityId, t.userIdOf(prishtine)],
      ['replaced', 'KkrMemberList', [municipalityId], municipalityId, t.userIdOf(prishtine)],
    ]);
    expect(events.at(-1)?.details).toEqual({ previousCount: 4, count: 2, contactPositions: [1, 2] });
    const details = JSON.stringify(events.map((e) => e.details));
    for (const m of list) expect(details).not.toContain(m.fullName);
    expect(details).not.toContain('example.org');
  });

  it('refuses a list breaking the rules with every problem named by position and field, changing nothing', async () => {
    await t.http().put(url('gjilan')).set('authorization', admin).send({ members: validList() }).expect(200);
    const before = await rowsOf('gjilan');
    const eventsBefore = await t.db.prisma.auditEvent.count();

    const bad = validList();
    bad[1] = { ...bad[1], isContactPerson: false, email: 'not-an-email' } as (typeof bad)[number];
    bad[3] = { ...bad[3], kkrRole: 'CHAIR', isContactPerson: true } as (typeof bad)[number];
    const res = await t.http().put(url('gjilan')).set('authorization', admin).send({ members: bad }).expect(422);
    expect(res.body.error.code).toBe('KKR_RULES_VIOLATED');
    expect(res.body.error.details.map((d: { row?: number; field: string }) => [d.row ?? null, d.field])).toEqual([
      [2, 'email'],
      [4, 'kkrRole'],
      [2, 'isContactPerson'],
      [4, 'isMunicipalStaff'],
    ]);
    expect(res.body.error.details[0].reason).toBe('must be an e-mail address');

    expect(await rowsOf('gjilan')).toEqual(before);
    expect(await t.db.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it.each([
    ['an empty list', () => [], [[null, 'members']]],
    [
      '12 members',
      () => [
        ...validList(),
        ...Array.from({ length: 8 }, () => ({
          fullName: `Member ${uniqName()}`,
          currentJob: 'Teacher',
          kkrRole: 'MEMBER',
          isMunicipalStaff: false,
          isContactPerson: false,
        })),
      ],
      [[null, 'members']],
    ],
    [
      'three contact persons',
      () => validList().map((m, i) => (i === 0 ? { ...m, isContactPerson: true } : m)),
      [[null, 'isContactPerson']],
    ],
  ])('refuses %s', async (_label, make, expected) => {
    const res = await t.http().put(url('viti')).set('authorization', admin).send({ members: make() }).expect(422);
    expect(res.body.error.details.map((d: { row?: number; field: string }) => [d.row ?? null, d.field])).toEqual(expected);
  });

  it('refuses malformed members with 400, naming the field', async () => {
    const list = validList();
    const res = await t
      .http()
      .put(url('prishtine'))
      .set('authorization', prishtine)
      .send({
        members: [
          { ...list[0], kkrRole: 'PRESIDENT' },
          { ...list[1], isMunicipalStaff: 'yes' },
        ],
      })
      .expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['members.0.kkrRole', 'members.1.isMunicipalStaff']);
  });

  it('gives a municipality user 404 for another municipality’s list on GET and PUT, and changes nothing', async () => {
    await t.http().put(url('prizren')).set('authorization', prizren).send({ members: validList() }).expect(200);
    const before = await rowsOf('prizren');
    const eventsBefore = await t.db.prisma.auditEvent.count();

    const get = await t.http().get(url('prizren')).set('authorization', prishtine).expect(404);
    expect(get.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    expect(JSON.stringify(get.body)).not.toContain(before[0]?.fullName);
    const put = await t.http().put(url('prizren')).set('authorization', prishtine).send({ members: validList() }).expect(404);
    expect(put.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    // Even an invalid list answers 404, not the rule problems of someone else's table.
    await t.http().put(url('prizren')).set('authorization', prishtine).send({ members: [] }).expect(404);

    expect(await rowsOf('prizren')).toEqual(before);
    expect(await t.db.prisma.auditEvent.count()).toBe(eventsBefore);
  });

  it('answers 404 for an unknown municipality, 403 to roles that may not replace, and an empty list where none was given', async () => {
    await t.http().get(url('atlantis')).set('authorization', admin).expect(404);
    await t.http().put(url('prishtine')).set('authorization', finance).send({ members: validList() }).expect(403);
    const empty = await t.http().get(url('junik')).set('authorization', admin).expect(200);
    expect(empty.body).toMatchObject({ municipality: { code: 'junik' }, members: [], updatedAt: null });
  });
});
