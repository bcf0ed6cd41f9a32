/**
 * What a new password must be (NIST SP 800-63B: length over composition rules, and not a known
 * common password). Pure: the list of common passwords is passed in, lower-cased.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 512;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'IS_EMAIL';

/** Each refusal as a problem code with its parameters (`problem.<code>` in messages/). */
export const PASSWORD_PROBLEMS: Readonly<Record<PasswordProblem, { code: string; params: Readonly<Record<string, number>> }>> = {
  TOO_SHORT: { code: 'PASSWORD_TOO_SHORT', params: { minimum: PASSWORD_MIN_LENGTH } },
  TOO_LONG: { code: 'PASSWORD_TOO_LONG', params: { maximum: PASSWORD_MAX_LENGTH } },
  COMMON: { code: 'PASSWORD_COMMON', params: {} },
  IS_EMAIL: { code: 'PASSWORD_IS_EMAIL', params: {} },
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
