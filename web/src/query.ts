import { keepPreviousData, QueryClient } from '@tanstack/react-query';

/**
 * The console's one query cache (TanStack Query). Reads are keyed by API path and parameters
 * (`[path, params]`, see useApiQuery); a change through the API invalidates the reads of the
 * same area (keys whose path starts with the same first segment). Errors are shown, not
 * retried: the API's answer is what the user needs to see.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, placeholderData: keepPreviousData },
    mutations: { retry: false },
  },
});

/** The area of an API path (`/contracts/…/sent` → `/contracts`): what a change there makes stale. */
export const areaOf = (path: string): string => `/${path.split('/')[1] ?? ''}`;

/** Mark every read of the path's area stale; the ones on screen load again. */
export function invalidateArea(path: string): Promise<void> {
  const area = areaOf(path);
  return queryClient.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && areaOf(q.queryKey[0]) === area });
}
