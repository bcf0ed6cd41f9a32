import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PagerBar } from './ui';

/** A page of any list of the API (docs/api.md, "Lists"). */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/**
 * Search, order and cursor of one list, kept in the address (`<prefix>q`, `<prefix>sort`,
 * `<prefix>cursor`) so a reload or a shared link shows the same page. The cursors of the pages
 * before are kept on a stack for "previous".
 */
export function useListParams(prefix: string, defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const [stack, setStack] = useState<(string | undefined)[]>([]);
  const q = params.get(`${prefix}q`) ?? '';
  const sort = params.get(`${prefix}sort`) ?? defaultSort;
  const cursor = params.get(`${prefix}cursor`) ?? undefined;
  const update = (change: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) {
          if (v) next.set(`${prefix}${k}`, v);
          else next.delete(`${prefix}${k}`);
        }
        return next;
      },
      { replace: true },
    );
  return {
    q,
    sort,
    cursor,
    /** Pages before this one, as far as this visit knows. */
    depth: stack.length,
    setQ(value: string) {
      setStack([]);
      update({ q: value.trim() || undefined, cursor: undefined });
    },
    setSort(value: string) {
      setStack([]);
      update({ sort: value === defaultSort ? undefined : value, cursor: undefined });
    },
    next(nextCursor: string) {
      setStack((s) => [...s, cursor]);
      update({ cursor: nextCursor });
    },
    previous() {
      setStack((s) => s.slice(0, -1));
      update({ cursor: stack.at(-1) });
    },
  };
}

export type ListParams = ReturnType<typeof useListParams>;

/** "Previous" / "next" under a list that may exceed a page; nothing when it fits in one. */
export function CursorPager({ page, limit, list }: { page: ListPage<unknown>; limit: number; list: ListParams }) {
  if (!list.cursor && page.nextCursor === null) return null;
  const from = list.depth * limit + 1;
  const next = page.nextCursor;
  return (
    <PagerBar
      from={from}
      to={from + page.items.length - 1}
      total={page.total}
      onPrevious={list.cursor ? () => list.previous() : null}
      onNext={next === null ? null : () => list.next(next)}
    />
  );
}
