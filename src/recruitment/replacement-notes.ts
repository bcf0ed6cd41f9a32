import { wordNotice } from '../common/i18n/word-notice.js';
import type { Locale } from '../common/i18n/locales.js';
import { LEGACY_TEXT, type NoticeParam } from '../common/text/notice.js';
import type { ReplacementNote } from './recruitment.hooks.js';

/** A note as the API answers it: source, code and params kept, `text` worded for the reader. */
export interface WordedNote extends ReplacementNote {
  readonly text: string;
}

/** One stored note (`{source, code, params}`; a `{source, message}` from before codes is shown as written). */
function storedNote(value: unknown): ReplacementNote {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const source = typeof v.source === 'string' ? v.source : '';
  if (typeof v.code === 'string') {
    const params: Record<string, NoticeParam> = {};
    if (typeof v.params === 'object' && v.params !== null)
      for (const [k, p] of Object.entries(v.params)) if (typeof p === 'string' || typeof p === 'number') params[k] = p;
    return { source, code: v.code, params };
  }
  return { source, code: LEGACY_TEXT, params: { text: typeof v.message === 'string' ? v.message : JSON.stringify(value) } };
}

/** The stored notes of a replacement (a JSON column), each a code with params. */
export function notesOf(value: unknown): ReplacementNote[] {
  return Array.isArray(value) ? value.map(storedNote) : [];
}

/** The notes of a replacement in the reader's language (`notice.<code>`). */
export function wordNotes(locale: Locale, notes: readonly ReplacementNote[]): WordedNote[] {
  return notes.map((n) => ({ ...n, text: wordNotice(locale, 'notice', { code: n.code, params: n.params }) }));
}

/** A replacement (or a page of them) with its notes worded. */
export function withWordedNotes<T extends { readonly notes: readonly ReplacementNote[] }>(
  locale: Locale,
  r: T,
): T & { notes: WordedNote[] } {
  return { ...r, notes: wordNotes(locale, r.notes) };
}
