import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema 2020-12 of a zod schema, as OpenAPI 3.1 takes it. Schemas named with
 * `.meta({ id })` go to `components.schemas` (passed in) and are referenced from there.
 */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const raw = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const { $schema: _s, $defs, ...root } = raw as JsonSchema & { $defs?: Record<string, JsonSchema> };
  // An input schema and an output schema of the same id differ (defaults, transforms): suffix inputs.
  const name = (id: string): string => (io === 'input' ? `${id}Input` : id);
  for (const [id, def] of Object.entries($defs ?? {})) components[name(id)] = rewriteRefs(def, name) as JsonSchema;
  return rewriteRefs(root, name) as JsonSchema;
}

function rewriteRefs(value: unknown, name: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, name));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${name(v.slice(8))}` : rewriteRefs(v, name);
  }
  return out;
}
