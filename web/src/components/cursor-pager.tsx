import { useCallback, useState } from 'react';
import { PagerBar } from './ui';

/**
 * Paging of a list that answers `{ items, total, nextCursor }`: the cursors of the pages seen
 * so far, so "previous" goes back without asking the API for a reverse order.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const reset = useCallback(() => setCursors([undefined]), []);
  const next = useCallback((c: string) => setCursors((s) => [...s, c]), []);
  const previous = useCallback(() => setCursors((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  return { cursor, page: cursors.length - 1, reset, next, previous };
}

export function CursorPager({
  pages,
  limit,
  shown,
  total,
  nextCursor,
}: {
  pages: ReturnType<typeof useCursorPages>;
  limit: number;
  shown: number;
  total: number;
  nextCursor: string | null | undefined;
}) {
  if (pages.page === 0 && !nextCursor) return null;
  const from = pages.page * limit + 1;
  return (
    <PagerBar
      from={from}
      to={from + shown - 1}
      total={total}
      onPrevious={pages.page === 0 ? null : pages.previous}
      onNext={nextCursor ? () => pages.next(nextCursor) : null}
    />
  );
}
