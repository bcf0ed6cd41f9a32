import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { nationalId } from '../support/factories.js';
import { applyOnline, createCompetition, mun, pinClock } from '../support/recruitment-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The list of a municipality's applications as the console's applications page reads it:
 * keyset pages in order of receipt or by name (either direction), search by the start of the
 * national id or of a word of the name, filters by status, channel and community.
 */
describe('recruitment: the applications list', () => {
  let t: TestApp;
  let admin: string;
  let prishtine: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
  });
  afterAll(async () => {
    await t.close();
  });

  it('sorts, searches, filters and pages by keyset', async () => {
    const clock = pinClock(t, '2023-10-01T08:00:00Z');
    const c = await createCompetition(t, admin);
    const apply = async (fullName: string, o: { community?: string; languageOfWork?: string; nationalId?: string } = {}) => {
      clock.set(new Date(Date.parse('2023-10-01T08:00:00Z') + (await t.db.prisma.application.count()) * 60_000));
      return applyOnline(t, admin, c.id, 'prishtine', { fullName, ...o });
    };
    await apply('Zana Berisha');
    await apply('Ana Lila', { nationalId: `AB${nationalId().slice(2)}` });
    await apply('Milan Petrović', { community: 'SERB', languageOfWork: 'SR' });
    const list = async (query: Record<string, string | number>) =>
      (
        await t
          .http()
          .get(`${mun(c.id, 'prishtine')}/applications`)
          .query(query)
          .set('authorization', prishtine)
          .expect(200)
      ).body as {
        items: { id: string; fullName: string }[];
        total: number;
        nextCursor: string | null;
      };
    const names = (page: { items: { fullName: string }[] }) => page.items.map((a) => a.fullName);

    expect(names(await list({}))).toEqual(['Zana Berisha', 'Ana Lila', 'Milan Petrović']);
    expect(names(await list({ sort: '-submittedAt' }))).toEqual(['Milan Petrović', 'Ana Lila', 'Zana Berisha']);
    expect(names(await list({ sort: 'fullName' }))).toEqual(['Ana Lila', 'Milan Petrović', 'Zana Berisha']);
    expect(names(await list({ sort: '-fullName' }))).toEqual(['Zana Berisha', 'Milan Petrović', 'Ana Lila']);

    // Keyset pages of one row each, by name: every row once, in order; total counts them all.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list({ sort: 'fullName', limit: 1, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(3);
      seen.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ana Lila', 'Milan Petrović', 'Zana Berisha']);
    // A cursor belongs to its order.
    const first = await list({ sort: 'fullName', limit: 1 });
    const wrong = await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/applications`)
      .query({ sort: 'submittedAt', cursor: first.nextCursor as string })
      .set('authorization', prishtine)
      .expect(400);
    expect(wrong.body.error.details[0].field).toBe('cursor');

    // Search: a word of the name (any case), the start of the national id.
    expect(names(await list({ q: 'berisha' }))).toEqual(['Zana Berisha']);
    expect(names(await list({ q: 'ab' }))).toEqual(['Ana Lila']);
    expect((await list({ q: 'ila' })).total).toBe(0);

    // Filters.
    expect(names(await list({ community: 'SERB' }))).toEqual(['Milan Petrović']);
    expect((await list({ channel: 'PAPER' })).total).toBe(0);
    expect((await list({ channel: 'ONLINE', status: 'SUBMITTED' })).total).toBe(3);
    expect((await list({ status: 'HIRED' })).total).toBe(0);
    await t
      .http()
      .get(`${mun(c.id, 'prishtine')}/applications`)
      .query({ status: 'NOPE' })
      .set('authorization', prishtine)
      .expect(400);
  });
});
