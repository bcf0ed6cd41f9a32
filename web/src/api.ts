import type { components, paths } from './generated/api';
import { fileNameOf, withQuery, type Query } from './http-helpers';
import { invalidateArea } from './query';

// The console's one way to the API: JSON in and out, the bearer token on every call, the
// service's error body ({ error: { code, message, details } }) turned into ApiError so pages
// show exactly what the API said. A 401 on an authenticated call ends the session.

export interface ErrorDetail {
  readonly row?: number;
  readonly field?: string;
  /** the problem as a code with parameters (`problem.<code>`); `reason` is it worded by the API */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    /** the API's request id, for support */
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let token: string | null = null;
let onUnauthorized: () => Promise<boolean> = () => Promise.resolve(false);

export function setToken(t: string | null): void {
  token = t;
}

/**
 * Called once by the session: what to do when the API says the token is no longer valid. It
 * resolves true when a new token is in place (the request is sent once more), false when the
 * sign-in is over.
 */
export function setUnauthorizedHandler(fn: () => Promise<boolean>): void {
  onUnauthorized = fn;
}

interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly query?: Query;
  /** JSON body */
  readonly json?: unknown;
  /** raw body (e.g. a CSV file) with its content type */
  readonly raw?: { readonly body: string | Blob; readonly contentType: string };
}

async function send(path: string, opts: RequestOptions, accept: string, retried = false): Promise<Response> {
  // Errors come back in the console's language (the I18nProvider keeps <html lang> current).
  const headers: Record<string, string> = { accept, 'accept-language': document.documentElement.lang || 'sq' };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.raw) {
    headers['content-type'] = opts.raw.contentType;
    body = opts.raw.body;
  }
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), { method: opts.method ?? 'GET', headers, body });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
  }
  if (res.ok) return res;
  const sentToken = headers.authorization !== undefined;
  let code = 'HTTP_' + res.status;
  let message = res.statusText;
  let details: ErrorDetail[] = [];
  let requestId: string | null = null;
  try {
    const b = (await res.json()) as { error?: { code?: string; message?: string; details?: ErrorDetail[] }; requestId?: string };
    code = b.error?.code ?? code;
    message = b.error?.message ?? message;
    details = b.error?.details ?? [];
    requestId = b.requestId ?? null;
  } catch {
    // not JSON: keep the status line
  }
  if (res.status === 401 && sentToken && !retried && (await onUnauthorized())) return send(path, opts, accept, true);
  throw new ApiError(res.status, code, message, details, requestId);
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts, 'application/json');
  // A change makes the cached reads of its area stale (they load again where shown).
  if (opts.method && opts.method !== 'GET') void invalidateArea(path);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

// ---- Typed layer over the API description (web/src/generated/api.d.ts, `npm run api:types`) ----

/** A schema of the API description by its id, e.g. `Schema<'User'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

/** The description's paths below /api/v1, as the console writes them (`/users/{id}`). */
export type ApiPaths = { [P in keyof paths as P extends `/api/v1${infer R}` ? R : never]: paths[P] };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathsOf<M extends Method> = { [P in keyof ApiPaths]: ApiPaths[P] extends Record<M, object> ? P : never }[keyof ApiPaths];
type Operation<M extends Method, P extends PathsOf<M>> = ApiPaths[P][M & keyof ApiPaths[P]];

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** The JSON body of an operation's success answer (undefined for 204). */
export type ResponseOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? JsonContent<R[S]> : never }[keyof R]
  : never;
type Parameters_<O> = O extends { parameters: infer A } ? A : never;
type PathParams<O> = Parameters_<O> extends { path?: infer X } ? ([X] extends [never] ? never : X) : never;
type QueryParams<O> = Parameters_<O> extends { query?: infer X } ? ([X] extends [never] ? never : X) : never;
type JsonBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** Path and query parameters and the JSON body of an operation, as the description types them. */
export interface Params<O> {
  readonly path?: PathParams<O>;
  readonly query?: QueryParams<O>;
  readonly json?: JsonBody<O>;
}

/** `/users/{id}` with `{ id }` → `/users/…` (each value URL-encoded). */
export function fillPath(path: string, values?: unknown): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = (values as Record<string, unknown> | undefined)?.[name];
    if (v === undefined || v === null) throw new ApiError(0, 'CLIENT', `missing path parameter ${name} of ${path}`);
    return encodeURIComponent(String(v));
  });
}

/**
 * A call typed by the API description: the path is one the description has for that method,
 * the parameters and the body are its own, and the answer is its success schema.
 */
export function request<M extends Method, P extends PathsOf<M>>(
  method: M,
  path: P,
  params: Params<Operation<M, P>> = {},
): Promise<ResponseOf<Operation<M, P>>> {
  return api<ResponseOf<Operation<M, P>>>(fillPath(path, params.path), {
    method: method.toUpperCase() as RequestOptions['method'],
    query: params.query as Query | undefined,
    json: params.json,
  });
}

/** The success answer of GET `P` (`Answer<'/users'>`), as the description types it. */
export type Answer<P extends PathsOf<'get'>> = ResponseOf<Operation<'get', P>>;
/** One item of a list answer (`{ items, total, nextCursor }`, or a bare array while a list still answers one). */
export type ItemOf<L> = L extends { readonly items: readonly (infer I)[] } ? I : L extends readonly (infer I)[] ? I : never;
/** The items of a list answer of either shape. */
export const itemsOf = <L>(list: L | undefined): readonly ItemOf<L>[] =>
  list === undefined || list === null ? [] : Array.isArray(list) ? (list as ItemOf<L>[]) : ((list as { items?: ItemOf<L>[] }).items ?? []);

/** The cursor of a list's next page: `nextCursor`, or `next` while a list still names it so. */
export const nextCursorOf = (list: unknown): string | null => {
  const l = list as { nextCursor?: string | null; next?: string | null } | null | undefined;
  return l?.nextCursor ?? l?.next ?? null;
};

/** GET through the description's types (see `request`). */
export const get = <P extends PathsOf<'get'>>(path: P, params?: Params<Operation<'get', P>>) => request('get', path, params);

/**
 * Fetch a file with the token (a plain link cannot carry it), then hand it to the browser as a
 * download, named `name` when given (else as the API names it, else `fallbackName`).
 */
export async function download(path: string, fallbackName: string, query?: Query, name?: string): Promise<string> {
  const res = await send(path, { query }, '*/*');
  const blob = await res.blob();
  name ??= fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
