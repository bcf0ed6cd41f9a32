import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { ChannelRateLimiter } from '../../src/messaging/rate-limiter.js';
import { createStaff } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Without SMTP or SMS settings (development, `npm start`) messages land in the local outbox. */
describe('messaging without configured channels: the local outbox; rate limits', () => {
  let t: TestApp;
  let outbox: string;

  beforeAll(async () => {
    outbox = await mkdtemp(path.join(tmpdir(), 'terren-outbox-'));
    t = await startTestApp({ OUTBOX_DIR: outbox });
  });
  afterAll(async () => {
    await t.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('writes invitations to the outbox and lists them for admins only', async () => {
    const logistics = await t.tokenFor(Role.LOGISTICS);
    const admin = await t.tokenFor(Role.ADMIN);
    const mun = await t.db.municipalityId('podujeve');
    const v = await t.db.prisma.venue.create({ data: { municipalityId: mun, name: 'Shkolla Podujevë', kind: 'SCHOOL', address: 'Rr. 2' } });
    await t.db.prisma.room.create({ data: { venueId: v.id, municipalityId: mun, name: 'Salla 5', seats: 30 } });
    const s = await createStaff(t.db, 'podujeve', { fullName: 'Gentiana Hoti' });
    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators', startDate: '2023-10-16', endDate: '2023-10-20' })
      .expect(201);
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${ev.body.id}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'podujeve' })
      .expect(201);
    await t.http().post(`/api/v1/training/plans/${plan.body.id}/publish`).set('authorization', logistics).expect(201);
    const sent = await t
      .http()
      .post(`/api/v1/training/plans/${plan.body.id}/invitations`)
      .set('authorization', logistics)
      .send({})
      .expect(202);
    expect(sent.body.queued).toBe(2);

    for (let i = 0; i < 200; i++) {
      const rows = await t.db.prisma.message.findMany({ where: { recipientId: s.id } });
      if (rows.length === 2 && rows.every((r) => r.status === 'SENT')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = await t.db.prisma.message.findMany({ where: { recipientId: s.id }, orderBy: { channel: 'asc' } });
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['EMAIL', 'SENT'],
      ['SMS', 'SENT'],
    ]);
    expect(rows[0]?.providerId).toMatch(/^outbox:.*-email-.*\.json$/);
    expect((await readdir(outbox)).filter((n) => n.endsWith('.json'))).toHaveLength(2);

    const list = await t.http().get('/api/v1/messaging/outbox').set('authorization', admin).expect(200);
    expect(list.body.transports).toEqual({ EMAIL: 'outbox', SMS: 'outbox' });
    expect(list.body.total).toBe(2);
    const email = list.body.items.find((i: { channel: string }) => i.channel === 'EMAIL');
    expect(email).toMatchObject({ to: s.email, subject: 'Ftesë për trajnimin e regjistruesve' });
    expect(email.text).toContain('Gentiana Hoti');
    expect(list.body.items.find((i: { channel: string }) => i.channel === 'SMS')).toMatchObject({ to: '+383 44 123 456' });
    await t.http().get('/api/v1/messaging/outbox').set('authorization', logistics).expect(403);
  }, 60_000);

  it('holds a channel to its rate across callers: the third message in a window waits for the next one', async () => {
    const limiter = t.app.get(ChannelRateLimiter);
    limiter.windowMs = 1_000;
    // start at the beginning of a window so the first two fall into the same one
    await new Promise((r) => setTimeout(r, 1_000 - (Date.now() % 1_000) + 20));
    const started = Date.now();
    const done: number[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        await limiter.acquire('SMS', 2);
        done.push(Date.now() - started);
      }),
    );
    done.sort((a, b) => a - b);
    expect(done[1]).toBeLessThan(500);
    expect(done[2]).toBeGreaterThanOrEqual(900);
  });
});
