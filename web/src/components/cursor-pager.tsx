import { useState } from 'react';
import { useI18n } from '../i18n';

/**
 * Pages of a list answered as `{ items, total, nextCursor }` (src/common/http/lists.ts): the
 * cursors of the pages shown so far, so "previous" goes back without the server's help.
 */
export function useCursorPages(): {
  cursor: string | undefined;
  page: number;
  next: (c: string) => void;
  previous: () => void;
  reset: () => void;
} {
  const [stack, setStack] = useState<string[]>([]);
  return {
    cursor: stack.at(-1),
    page: stack.length,
    next: (c) => setStack((s) => [...s, c]),
    previous: () => setStack((s) => s.slice(0, -1)),
    reset: () => setStack([]),
  };
}

export function CursorPager({
  pages,
  nextCursor,
  shown,
  limit,
  total,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null;
  shown: number;
  limit: number;
  total: number;
}) {
  const { t } = useI18n();
  if (pages.page === 0 && nextCursor === null) return null;
  const from = pages.page * limit + 1;
  return (
    <div className="pager">
      <button type="button" disabled={pages.page === 0} onClick={pages.previous}>
        {t('common.previous')}
      </button>
      <span>{t('common.page', { from, to: from + shown - 1, total })}</span>
      <button type="button" disabled={nextCursor === null} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('common.next')}
      </button>
    </div>
  );
}

/** A page of a list (`{ items, total, nextCursor }`). */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}
