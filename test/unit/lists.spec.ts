import { describe, expect, it } from '@jest/globals';
import { keysetAfter, keysetPage, keysetWhere, listQuery, offsetOf, pageArray, sortOf } from '../../src/common/http/lists.js';
import { AppError } from '../../src/common/errors/app-error.js';

describe('the list convention', () => {
  const q = listQuery({ sorts: ['name', 'createdAt'], search: 'name starts with' });

  it('honours limit up to the maximum, defaults the sort and names a bad parameter', () => {
    expect(q.parse({})).toEqual({ limit: 50, sort: 'name' });
    expect(q.parse({ limit: '500', sort: '-createdAt', q: ' Ana ' })).toEqual({ limit: 500, sort: '-createdAt', q: 'Ana' });
    const bad = q.safeParse({ limit: '501', sort: 'salary' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['limit', 'sort']);
    expect(sortOf('-createdAt')).toEqual({ key: 'createdAt', dir: 'desc' });
  });

  it('walks a keyset order page by page with mixed directions and dates', () => {
    const cols = [
      { field: 'createdAt', dir: 'desc' as const },
      { field: 'id', dir: 'asc' as const },
    ];
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 10 - Math.floor(i / 2))),
    }));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const after = keysetAfter(cursor, '-createdAt', cols);
      const where = keysetWhere(cols, after);
      const match = (r: (typeof rows)[number]) =>
        !after ||
        (where.OR as Record<string, unknown>[]).some((clause) =>
          Object.entries(clause).every(([f, cond]) => {
            const v = r[f as 'id' | 'createdAt'];
            if (cond && typeof cond === 'object' && !(cond instanceof Date)) {
              const [op, x] = Object.entries(cond)[0]! as [string, string | Date];
              return op === 'gt' ? v > x : v < x;
            }
            return v instanceof Date ? v.getTime() === (cond as Date).getTime() : v === cond;
          }),
        );
      const page = keysetPage(rows.filter(match).slice(0, 4), 3, rows.length, '-createdAt', (r) => [r.createdAt, r.id]);
      seen.push(...page.items.map((r) => r.id));
      expect(page.total).toBe(7);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('refuses a cursor of another order or a forged one, naming the cursor', () => {
    const page = pageArray(['a', 'b', 'c'], { limit: 2, sort: 'name' });
    expect(page).toMatchObject({ items: ['a', 'b'], total: 3 });
    expect(pageArray(['a', 'b', 'c'], { limit: 2, sort: 'name', cursor: page.nextCursor! })).toEqual({
      items: ['c'],
      total: 3,
      nextCursor: null,
    });
    for (const [cursor, sort] of [
      [page.nextCursor!, '-name'],
      ['not-a-cursor', 'name'],
      [Buffer.from('{"s":"name","o":-1}').toString('base64url'), 'name'],
    ] as const) {
      const thrown = (() => {
        try {
          offsetOf(cursor, sort);
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    }
  });
});
