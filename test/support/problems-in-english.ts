import type { ErrorDetail } from '../../src/common/errors/app-error.js';
import { wordDetails } from '../../src/common/i18n/word-notice.js';

/** Coded problems as the English reader gets them (`{row?, field?, reason}`), for assertions on the wording. */
export const inEnglish = (problems: readonly ErrorDetail[]) =>
  wordDetails('en', problems).map(({ code: _code, params: _params, ...rest }) => rest);

/** A check result with its problems (if any) worded in English. */
export function worded<T>(r: T): T {
  if (typeof r === 'object' && r !== null && 'problems' in r && Array.isArray((r as { problems: unknown }).problems))
    return { ...r, problems: inEnglish((r as unknown as { problems: ErrorDetail[] }).problems) };
  return r;
}
