/**
 * What the domain says to people, as a stable code with its parameters, never as a sentence:
 * `{ code: 'NO_VALID_IBAN', params: {} }`, `{ code: 'CLASS_NO_ROOM', params: { classes: 2, seats: 30 } }`.
 * The edge words it in the reader's language (src/common/i18n/word-notice.ts, the console,
 * the documents). Parameters are plain data: counts as numbers, days as `YYYY-MM-DD`, money as
 * decimal strings, codes and names as strings.
 */
export type NoticeParam = string | number;

export interface Notice {
  readonly code: string;
  readonly params: Readonly<Record<string, NoticeParam>>;
}

/** A text stored before codes were kept: nothing is lost, it is shown as written. */
export const LEGACY_TEXT = 'LEGACY_TEXT';

export const notice = (code: string, params: Readonly<Record<string, NoticeParam>> = {}): Notice => ({ code, params });

const isParam = (v: unknown): v is NoticeParam => typeof v === 'string' || typeof v === 'number';

/** One stored notice (a JSON column), or a LEGACY_TEXT notice for anything that is not one. */
export function noticeOf(value: unknown): Notice {
  if (typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string') {
    const raw = (value as { params?: unknown }).params;
    const params: Record<string, NoticeParam> = {};
    if (typeof raw === 'object' && raw !== null) for (const [k, v] of Object.entries(raw)) if (isParam(v)) params[k] = v;
    return { code: (value as { code: string }).code, params };
  }
  return notice(LEGACY_TEXT, { text: typeof value === 'string' ? value : JSON.stringify(value) });
}

/** A stored list of notices (null = none). */
export function noticesOf(value: unknown): Notice[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(noticeOf) : [noticeOf(value)];
}
