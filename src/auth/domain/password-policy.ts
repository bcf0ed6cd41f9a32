/**
 * What a new password must be (NIST SP 800-63B: length over composition rules, and not a known
 * common password). Pure: the list of common passwords is passed in, lower-cased.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 512;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'IS_EMAIL';

export const PASSWORD_PROBLEM_REASONS: Readonly<Record<PasswordProblem, string>> = {
  TOO_SHORT: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  COMMON: 'is on the list of common passwords; choose a less predictable one',
  IS_EMAIL: 'must not be the e-mail address',
};

/** Lower case, Unicode NFC: how passwords are compared with the list. */
export function normalizeForList(password: string): string {
  return password.normalize('NFC').toLowerCase();
}

export function passwordProblem(password: string, common: ReadonlySet<string>, email?: string): PasswordProblem | null {
  // Length in characters as people count them, not UTF-16 units.
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const normalized = normalizeForList(password);
  if (common.has(normalized) || common.has(normalized.trim())) return 'COMMON';
  if (email !== undefined) {
    const e = email.trim().toLowerCase();
    if (normalized === e || normalized === e.split('@')[0]) return 'IS_EMAIL';
  }
  return null;
}
