import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  let logistics: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records who created, updated and deleted what, with the ids touched', async () => {
    const created = await t
      .http()
      .post('/api/v1/eas')
      .set('authorization', logistics)
      .send({ code: 'aud-0001', municipalityCode: 'peje' })
      .expect(201);
    const id: string = created.body.id;
    expect(created.body.code).toBe('AUD-0001');
    await t.http().patch(`/api/v1/eas/${id}`).set('authorization', logistics).send({ name: 'Qendra' }).expect(200);
    await t.http().delete(`/api/v1/eas/${id}`).set('authorization', logistics).expect(204);

    const res = await t.http().get('/api/v1/audit').query({ entityId: id }).set('authorization', admin).expect(200);
    const events = res.body.items as Array<Record<string, unknown>>;
    expect(events.map((e) => e.action)).toEqual(['deleted', 'updated', 'created']);
    const peje = await t.db.municipalityId('peje');
    for (const e of events) {
      expect(e).toMatchObject({ entity: 'EnumerationArea', entityIds: [id], actorId: t.userIdOf(logistics), municipalityId: peje });
      expect(new Date(e.at as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(events[1]?.details).toEqual({ fields: ['name'] });
  });

  it('writes nothing when the change fails, because the entry shares its transaction', async () => {
    const before = await t.db.prisma.auditEvent.count();
    await t.http().post('/api/v1/eas').set('authorization', logistics).send({ code: 'AUD-0002', municipalityCode: 'peje' }).expect(201);
    // Same code again: the insert fails on the unique key, after validation passed.
    const dup = await t.http().post('/api/v1/eas').set('authorization', logistics).send({ code: 'AUD-0002', municipalityCode: 'istog' });
    expect(dup.status).toBe(409);
    expect(await t.db.prisma.auditEvent.count()).toBe(before + 1);
  });

  it('is readable by ADMIN only', async () => {
    for (const role of [Role.FINANCE, Role.LOGISTICS]) {
      await t
        .http()
        .get('/api/v1/audit')
        .set('authorization', await t.tokenFor(role))
        .expect(403);
    }
    await t
      .http()
      .get('/api/v1/audit')
      .set('authorization', await t.tokenFor(Role.MUNICIPALITY, 'peje'))
      .expect(403);
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 3; i <= 6; i++) {
      await t
        .http()
        .post('/api/v1/eas')
        .set('authorization', logistics)
        .send({ code: `AUD-PAGE-${i}`, municipalityCode: 'kline' })
        .expect(201);
    }
    const first = await t
      .http()
      .get('/api/v1/audit')
      .query({ limit: 2, entity: 'EnumerationArea', action: 'created' })
      .set('authorization', admin)
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await t
      .http()
      .get('/api/v1/audit')
      .query({ limit: 2, entity: 'EnumerationArea', action: 'created', cursor: first.body.nextCursor })
      .set('authorization', admin)
      .expect(200);
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(4);
  });
});
