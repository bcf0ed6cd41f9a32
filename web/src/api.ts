import { fileNameOf, withQuery, type Query } from './http-helpers';

// The console's one way to the API: JSON in and out, the bearer token on every call, the
// service's error body ({ error: { code, message, details } }) turned into ApiError so pages
// show exactly what the API said. A 401 on an authenticated call ends the session.

export interface ErrorDetail {
  readonly row?: number;
  readonly field?: string;
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
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Fetch a file with the token (a plain link cannot carry it), then hand it to the browser as a download. */
export async function download(path: string, fallbackName: string, query?: Query): Promise<string> {
  const res = await send(path, { query }, '*/*');
  const blob = await res.blob();
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName);
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
