import type { z } from 'zod';
import type { NoticeParam } from '../text/notice.js';
import { type CodedDetail, problem } from './app-error.js';

/** A message in a schema that is a problem code (`'NOT_A_DATE'`), worded by the catalogue. */
const PROBLEM_CODE = /^[A-Z][A-Z0-9_]*$/;

const list = (values: readonly unknown[]): string => values.map(String).join(', ');
const bound = (v: number | bigint): number => Number(v);

/** A custom issue's own parameters (`ctx.addIssue({ message: 'IBAN_LENGTH', params: { length: 20 } })`). */
function paramsOf(raw: unknown): Record<string, NoticeParam> {
  const out: Record<string, NoticeParam> = {};
  if (typeof raw === 'object' && raw !== null)
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/** The problem's code and parameters from zod's own issue code. */
function coded(issue: z.core.$ZodIssue): { code: string; params: Record<string, NoticeParam> } {
  // zod reports the input when asked (`reportInput`, as ZodPipe does); else its own message says what it received
  const absent = 'input' in issue ? issue.input == null : /received (undefined|null)$/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return absent ? { code: 'REQUIRED', params: {} } : { code: 'EXPECTED_TYPE', params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = bound(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? { code: 'REQUIRED', params: {} } : { code: 'TOO_SHORT', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'TOO_FEW', params: { minimum } };
      return { code: 'TOO_SMALL', params: { minimum, inclusive: issue.inclusive === false ? 'no' : 'yes' } };
    }
    case 'too_big': {
      const maximum = bound(issue.maximum);
      if (issue.origin === 'string') return { code: 'TOO_LONG', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'TOO_MANY', params: { maximum } };
      return { code: 'TOO_BIG', params: { maximum, inclusive: issue.inclusive === false ? 'no' : 'yes' } };
    }
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return { code: 'NOT_UUID', params: {} };
      if (issue.format === 'email') return { code: 'NOT_EMAIL', params: {} };
      if (issue.format === 'datetime') return { code: 'NOT_TIMESTAMP', params: {} };
      if (issue.format === 'date') return { code: 'NOT_DATE', params: {} };
      return { code: 'BAD_FORMAT', params: {} };
    case 'not_multiple_of':
      return { code: 'NOT_MULTIPLE_OF', params: { divisor: bound(issue.divisor) } };
    case 'unrecognized_keys':
      return { code: 'UNKNOWN_KEYS', params: { keys: list(issue.keys) } };
    case 'invalid_value':
      return absent && 'input' in issue ? { code: 'REQUIRED', params: {} } : { code: 'NOT_ONE_OF', params: { values: list(issue.values) } };
    case 'custom':
      return { code: 'INVALID', params: paramsOf(issue.params) };
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
      return { code: 'INVALID', params: {} };
  }
}

/**
 * A zod issue as a coded problem. A schema's own message is a problem code when it is written
 * as one (`.regex(re, 'NOT_A_DATE')`, `refine(f, { message: 'END_BEFORE_START' })`); otherwise
 * the problem follows zod's issue code (REQUIRED, TOO_LONG with `maximum`, NOT_ONE_OF with
 * `values`, …). Either way `problem.<code>` in messages/ words it.
 */
export function zodProblem(issue: z.core.$ZodIssue, field: string | undefined, row?: number): CodedDetail {
  const generic = coded(issue);
  const code = PROBLEM_CODE.test(issue.message) ? issue.message : generic.code;
  const at = { ...(row === undefined ? {} : { row }), ...(field === undefined ? {} : { field }) };
  return problem(code, generic.params, at);
}
