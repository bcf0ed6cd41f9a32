import { applyDecorators, SetMetadata } from '@nestjs/common';
import { BODY_SPEC, type BodySpec } from '../http/body.js';
import type { TabularFormat } from './tabular-import.js';

/**
 * Marks a handler as an import, with the formats it reads. The body reader
 * (src/common/http/body-reader.interceptor.ts) then answers for every import the same way,
 * decided by this declaration and never by the path:
 *  - tabular imports (`csv`, `json`): the body is read as an upload (IMPORT_MAX_MB), CSV
 *    decoded by the shared reader; broken JSON, undecodable bytes and a media type the route
 *    does not read are 400 IMPORT_FORMAT;
 *  - archive imports (`zip`): the body is left for the handler to stream; any other media
 *    type is 415 UNSUPPORTED_MEDIA_TYPE (the route takes no file that could be "badly formatted").
 * Tests list every import route from this metadata (test/integration/import-formats.spec.ts).
 */
export const IMPORT_ROUTE = 'terren:import-route';

export type ImportFormat = TabularFormat | 'zip';

export interface ImportRouteSpec {
  readonly formats: readonly ImportFormat[];
}

/** `@ImportRoute(DECLARATION)` or `@ImportRoute({ formats: [...] })`. */
export function ImportRoute(decl: ImportRouteSpec): MethodDecorator {
  const spec: ImportRouteSpec = { formats: [...decl.formats] };
  const tabular = spec.formats.some((f) => f !== 'zip');
  return applyDecorators(
    SetMetadata(IMPORT_ROUTE, spec),
    ...(tabular ? [SetMetadata(BODY_SPEC, { kind: 'upload' } satisfies BodySpec)] : []),
  );
}

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

/** Whether an import route reads a body of this media type (lower case, no parameters). */
export function importTakes(spec: ImportRouteSpec, type: string, csvTypes: readonly string[], isJson: (t: string) => boolean): boolean {
  return spec.formats.some((f) => (f === 'json' ? isJson(type) : f === 'csv' ? csvTypes.includes(type) : ZIP_TYPES.includes(type)));
}
