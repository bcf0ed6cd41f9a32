import { useQuery } from '@tanstack/react-query';
import { useCallback, useId } from 'react';
import { ApiError, get, type Params, type PathsOf, type ApiPaths, type ResponseOf } from '../api';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  /** a load is under way (the previous answer, if any, stays in `data` meanwhile) */
  readonly loading: boolean;
  /** load again (e.g. after a change) */
  readonly reload: () => void;
}

export const asApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError(0, 'CLIENT', err instanceof Error ? err.message : String(err));

type GetOperation<P extends PathsOf<'get'>> = ApiPaths[P]['get' & keyof ApiPaths[P]];

function loaded<T>(q: { data: T | undefined; error: unknown; isFetching: boolean }, reload: () => void): Loaded<T> {
  return { data: q.data, error: q.error ? asApiError(q.error) : undefined, loading: q.isFetching, reload };
}

/**
 * A read through TanStack Query, typed by the API description: keyed by path and parameters
 * (`['/staff', { query: { municipality } }]`), so two pages asking the same share one answer;
 * a change through the API marks the area's reads stale (query.ts). `enabled: false` waits.
 */
export function useApiQuery<P extends PathsOf<'get'>>(
  path: P,
  params?: Params<GetOperation<P>>,
  options: { readonly enabled?: boolean } = {},
): Loaded<ResponseOf<GetOperation<P>>> {
  const q = useQuery({
    queryKey: [path, params ?? {}],
    queryFn: () => get(path, params),
    enabled: options.enabled ?? true,
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return loaded(q, reload);
}

/**
 * A read the API description does not type yet (its pages keep their own response types until
 * the description covers them), through the same query cache: keyed by the component and
 * `deps`, as useEffect would be.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const id = useId();
  const q = useQuery({
    queryKey: ['load', id, ...deps],
    // A query's data cannot be undefined: a 204 becomes null.
    queryFn: async () => ((await load()) ?? null) as T,
  });
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return loaded(q, reload);
}
