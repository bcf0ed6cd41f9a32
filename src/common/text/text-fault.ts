/**
 * Why a piece of text cannot be stored, as a problem code (`problem.<code>`), or null.
 * PostgreSQL refuses U+0000 in text (the database error would surface as a 500), and an
 * unpaired UTF-16 surrogate would be stored as a replacement character: both are refused at
 * the door, naming the field.
 */
/** With the u flag a surrogate pair is one code point; only an unpaired half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

export type TextFault = 'TEXT_NUL' | 'TEXT_SURROGATE';

export function textFault(value: string): TextFault | null {
  if (value.includes('\u0000')) return 'TEXT_NUL';
  if (LONE_SURROGATE.test(value)) return 'TEXT_SURROGATE';
  return null;
}
