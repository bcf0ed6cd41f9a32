// The console's request and response types, generated from the API description (issue #15):
// web/src/generated/api.d.ts is openapi-typescript's rendering of the document, formatted with
// the repository's Prettier settings. Used by scripts/generate-api-types.mjs (writes it) and by
// test/integration/web-api-types.spec.ts (fails when the committed file is stale).
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

export const API_TYPES_FILE = 'web/src/generated/api.d.ts';

const HEADER = `/**
 * Generated from the terren API description (OpenAPI): do not edit by hand.
 * Regenerate with \`npm run api:types\` after changing a route or a schema; the test
 * test/integration/web-api-types.spec.ts fails while this file is stale.
 */

`;

/**
 * The document without component schemas that no operation reaches: the console needs only
 * those, and the result does not depend on what else a process registered along the way.
 */
function reachableOnly(doc) {
  const schemas = doc.components?.schemas ?? {};
  const seen = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        const m = k === '$ref' && typeof v === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(v) : null;
        if (m && !seen.has(m[1])) {
          seen.add(m[1]);
          visit(schemas[m[1]]);
        } else visit(v);
      }
  };
  visit(doc.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([id]) => seen.has(id)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

/** The TypeScript declarations (`paths`, `components`, `operations`) of an OpenAPI document. */
export async function renderApiTypes(doc) {
  const source = HEADER + astToString(await openapiTS(reachableOnly(doc)));
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: API_TYPES_FILE });
}
