import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so that `{a,b}` and `{b,a}` hash alike.
 * bigint → decimal string, Date → ISO string, undefined members dropped (as JSON does).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = normalise(x);
    }
    return out;
  }
  return v;
}

export interface ContentKey {
  readonly type: string;
  readonly params: unknown;
  readonly language: string;
  /** the report's municipality (null: national) */
  readonly municipalityId: string | null;
  /** whom the file is rendered for (NATIONAL: full; MUNICIPAL: masked ids and IBANs) */
  readonly audience: 'NATIONAL' | 'MUNICIPAL';
  /** what the inputs are now (ids, versions, update times, counts): a change means a new render */
  readonly fingerprint: unknown;
  /** bumps when templates change in a way that should not reuse older files */
  readonly templateVersion: string;
}

/** sha256 (hex) of everything that determines a report's content. */
export function contentHash(key: ContentKey): string {
  return createHash('sha256').update(canonicalJson(key)).digest('hex');
}

/** The short form printed in the footer of every page. */
export const shortHash = (hash: string): string => hash.slice(0, 12);
