import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { createStaff, createTeam } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A refused request names each problem as a code with parameters and words it as `reason` in
 * the reader's language (Accept-Language): the code and params stay the same in every language.
 */
describe('problems of a request in the reader’s language', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['sq', 'përfundimi i angazhimit është para fillimit të tij'],
    ['sr-Cyrl', 'крај ангажмана је пре његовог почетка'],
    ['en', 'engagement end is before engagement start'],
  ])('an engagement ending before it starts, in %s', async (lang, reason) => {
    const p = await createStaff(t.db, 'prishtine', { engagementStart: '2023-10-15' });
    const res = await t
      .http()
      .patch(`/api/v1/staff/${p.id}`)
      .set('authorization', admin)
      .set('accept-language', lang)
      .send({ engagementEnd: '2023-10-01' })
      .expect(400);
    expect(res.body.error.details).toEqual([{ field: 'engagementEnd', code: 'ENGAGEMENT_END_BEFORE_START', params: {}, reason }]);
  });

  it.each([
    ['sq', 'kërkohet për rolin MUNICIPALITY'],
    ['sr-Cyrl', 'обавезно је за улогу MUNICIPALITY'],
    ['en', 'is required for role MUNICIPALITY'],
  ])('a municipal user without a municipality, in %s', async (lang, reason) => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('authorization', admin)
      .set('accept-language', lang)
      .send({ email: `no-municipality-${lang}@kkr.test`, password: 'long enough pw', role: 'MUNICIPALITY' })
      .expect(400);
    expect(res.body.error.details).toEqual([
      { field: 'municipalityCode', code: 'REQUIRED_FOR_ROLE', params: { role: 'MUNICIPALITY' }, reason },
    ]);
  });

  it.each([
    ['sq', 'ka 1 anëtar'],
    ['sr-Cyrl', 'има 1 члана'],
    ['en', 'has 1 member'],
  ])('a team that still has members, counted in %s', async (lang, reason) => {
    const team = await createTeam(t.db, 'prishtine');
    await createStaff(t.db, 'prishtine', { teamId: team.id });
    const res = await t.http().delete(`/api/v1/teams/${team.id}`).set('authorization', admin).set('accept-language', lang).expect(409);
    expect(res.body.error).toMatchObject({
      code: 'TEAM_IN_USE',
      details: [{ field: 'id', code: 'TEAM_HAS_MEMBERS', params: { count: 1 }, reason }],
    });
  });
});
