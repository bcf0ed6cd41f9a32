import { readFile } from 'node:fs/promises';
import { AppError, problem } from '../common/errors/app-error.js';
import { wordNotice } from '../common/i18n/word-notice.js';
import { normalizeForList, PASSWORD_PROBLEMS, passwordProblem } from './domain/password-policy.js';

/**
 * The common passwords refused for new passwords: `security/common-passwords.txt`, one per line,
 * most common first (see security/README.md for its source). Found relative to this module, so
 * src/ under test and dist/ in production read the same file.
 */
export const COMMON_PASSWORDS_FILE = new URL('../../security/common-passwords.txt', import.meta.url);

let loaded: Promise<ReadonlySet<string>> | null = null;

export function commonPasswords(): Promise<ReadonlySet<string>> {
  loaded ??= readFile(COMMON_PASSWORDS_FILE, 'utf8').then(
    (text) =>
      new Set(
        text
          .split('\n')
          .map((l) => normalizeForList(l.replace(/\r$/, '')))
          .filter((l) => l.length > 0),
      ),
  );
  return loaded;
}

/** Throws PASSWORD_REJECTED naming `field` when the password breaks the policy. */
export async function assertAcceptablePassword(password: string, opts: { field?: string; email?: string } = {}): Promise<void> {
  const found = passwordProblem(password, await commonPasswords(), opts.email);
  if (found === null) return;
  const field = opts.field ?? 'password';
  const { code, params } = PASSWORD_PROBLEMS[found];
  // The message (logs, the command line) in English; the edge words the detail for the reader.
  throw new AppError('PASSWORD_REJECTED', `${field} ${wordNotice('en', 'problem', { code, params })}`, [problem(code, params, { field })]);
}
