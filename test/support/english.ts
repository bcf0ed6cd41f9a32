import type { CodedDetail } from '../../src/common/errors/app-error.js';
import { wordDetails } from '../../src/common/i18n/word-notice.js';

const isCoded = (v: unknown): v is CodedDetail =>
  typeof v === 'object' && v !== null && typeof (v as CodedDetail).code === 'string' && /^[A-Z][A-Z0-9_]*$/.test((v as CodedDetail).code);

/**
 * A value with coded problems in it as an English reader sees them: every problem
 * (`{row, field, code, params}`, or a file's `{file, line, variable, code, params}`) becomes
 * `{row, field, reason}` (`{file, line, variable, reason}`), worded by the catalogue, so a
 * test of a pure rule asserts the words a clerk reads.
 */
export function english<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (isCoded(v)) {
      const [worded] = wordDetails('en', [v]);
      const { code: _code, params: _params, ...rest } = worded as unknown as Record<string, unknown>;
      return rest;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** An answer's problem details as `{row, field, reason}` (their code and params left out), to assert the words. */
export const worded = (details: readonly Record<string, unknown>[] | undefined): Record<string, unknown>[] =>
  (details ?? []).map(({ code: _code, params: _params, ...rest }) => rest);
