import { applyDecorators, SetMetadata } from '@nestjs/common';

/**
 * What a route accepts as its request body, declared next to the route. Bodies are read by
 * {@link BodyReaderInterceptor} after authentication, with the route's limit checked against
 * Content-Length before a byte is read and again while streaming: a body above it is
 * answered 413 PAYLOAD_TOO_LARGE without being buffered.
 *  - no declaration: small JSON (JSON_BODY_MAX_KB, 64 kB by default), so a new route gets it;
 *  - `@JsonBody(bytes)`: JSON with a smaller (or larger) cap, e.g. sign-in;
 *  - `upload`, declared by `@ImportRoute(...)` (src/common/tabular/import-route.ts): files
 *    (imports): JSON or CSV up to IMPORT_MAX_MB; CSV arrives as text decoded by the shared
 *    tabular reader (src/common/tabular/decode-text.ts);
 *  - `@BulkJsonBody()`: JSON lists of thousands of entries (scores, deliveries), up to IMPORT_MAX_MB;
 *  - `@FileBody(bytes)`: one binary file (a contract scan) up to `bytes`, left unread for the
 *    route to read and check (src/common/http/read-body.ts); JSON on the same route is small JSON.
 */
export const BODY_SPEC = 'terren:body';

export type BodySpec =
  | { readonly kind: 'json'; readonly maxBytes: number }
  | { readonly kind: 'upload' }
  | { readonly kind: 'bulk-json' }
  | { readonly kind: 'file'; readonly maxBytes: number };

export const JsonBody = (maxBytes: number): MethodDecorator =>
  applyDecorators(SetMetadata(BODY_SPEC, { kind: 'json', maxBytes } satisfies BodySpec));

export const FileBody = (maxBytes: number): MethodDecorator =>
  applyDecorators(SetMetadata(BODY_SPEC, { kind: 'file', maxBytes } satisfies BodySpec));

export const BulkJsonBody = (): MethodDecorator => applyDecorators(SetMetadata(BODY_SPEC, { kind: 'bulk-json' } satisfies BodySpec));

/** Media types read as a CSV file on upload routes. */
export const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv'] as const;
