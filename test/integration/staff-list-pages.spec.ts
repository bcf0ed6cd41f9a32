import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Community, Language, Role, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { nationalId, uniq } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Walks the staff list page by page (the list convention of docs/api.md, "Lists"). */
describe('staff list pages', () => {
  let t: TestApp;
  let admin: string;
  let prishtine: string;
  let prishtineId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prishtineId = await t.db.municipalityId('prishtine');
    const prizrenId = await t.db.municipalityId('prizren');
    // 320 people, names repeating every 37 rows and one createdAt for all: ties everywhere, so
    // only the id at the end of each order keeps pages apart.
    const stem = uniq();
    await t.db.prisma.staffMember.createMany({
      data: Array.from({ length: 320 }, (_, i) => ({
        kind: StaffKind.ENUMERATOR,
        nationalId: nationalId(),
        fullName: `Walk ${String(i % 37).padStart(2, '0')} ${stem}`,
        community: Community.ALBANIAN,
        languageOfWork: Language.SQ,
        municipalityId: i % 3 === 0 ? prizrenId : prishtineId,
        status: StaffStatus.ACTIVE,
      })),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every id of the list in the order the database gives for (key, id). */
  const expected = async (municipalityId: string | null, key: 'fullName' | 'nationalId' | 'createdAt', dir: 'asc' | 'desc') =>
    (
      await t.db.prisma.staffMember.findMany({
        where: municipalityId ? { municipalityId } : {},
        select: { id: true },
        orderBy: [{ [key]: dir }, { id: dir }],
      })
    ).map((r) => r.id);

  const walk = async (token: string, sort: string) => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const res = await t
        .http()
        .get('/api/v1/staff')
        .query({ sort, limit: 50, ...(cursor ? { cursor } : {}) })
        .set('authorization', token)
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(50);
      seen.push(...res.body.items.map((s: { id: string }) => s.id));
      totals.add(res.body.total);
      if (res.body.nextCursor === null) break;
      expect(res.body.items).toHaveLength(50);
      cursor = res.body.nextCursor;
    }
    return { seen, totals: [...totals] };
  };

  it.each([
    ['national', 'fullName'],
    ['national', '-createdAt'],
    ['municipal', 'fullName'],
    ['municipal', '-fullName'],
    ['municipal', 'nationalId'],
  ] as const)('gives every row of the %s list by %s exactly once, in order, with a constant total', async (scope, sort) => {
    const key = sort.replace('-', '') as 'fullName' | 'nationalId' | 'createdAt';
    const want = await expected(scope === 'national' ? null : prishtineId, key, sort.startsWith('-') ? 'desc' : 'asc');
    expect(want.length).toBeGreaterThan(scope === 'national' ? 300 : 200);
    const { seen, totals } = await walk(scope === 'national' ? admin : prishtine, sort);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(want);
    expect(totals).toEqual([want.length]);
  });

  it('refuses a cursor of another order and a limit over 500, naming the parameter', async () => {
    const first = await t.http().get('/api/v1/staff').query({ sort: 'fullName', limit: 50 }).set('authorization', admin).expect(200);
    const other = await t
      .http()
      .get('/api/v1/staff')
      .query({ sort: 'nationalId', limit: 50, cursor: first.body.nextCursor })
      .set('authorization', admin)
      .expect(400);
    expect(other.body.error.code).toBe('VALIDATION_FAILED');
    expect(other.body.error.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const forged = Buffer.from(JSON.stringify({ s: 'fullName', k: ['Walk', 'not-an-id'] }), 'utf8').toString('base64url');
    const bad = await t.http().get('/api/v1/staff').query({ cursor: forged }).set('authorization', admin).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const tooMany = await t.http().get('/api/v1/staff').query({ limit: 501 }).set('authorization', admin).expect(400);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ field: 'limit' })]);
    const badSort = await t.http().get('/api/v1/staff').query({ sort: 'salary' }).set('authorization', admin).expect(400);
    expect(badSort.body.error.details).toEqual([expect.objectContaining({ field: 'sort' })]);
  });
});
