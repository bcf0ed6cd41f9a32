import iconv from 'iconv-lite';
import { problem } from '../errors/app-error.js';
import type { TableProblem } from './parse-table.js';

/**
 * Bytes of an uploaded text file (CSV) → text, never with replacement characters. Pure.
 *
 *  - UTF-8, with or without BOM: decoded as is.
 *  - UTF-16 with its BOM (Excel's "Unicode Text"): decoded.
 *  - Not UTF-8, with no valid UTF-8 multi-byte sequence in it, and every byte above 0x7F a
 *    character that Windows-1252, Windows-1250 and ISO-8859-2 agree on (ë, ç, é, ü, €, „, …):
 *    a legacy single-byte file (Excel's "CSV (Comma delimited)" in Albanian or Serbian
 *    Latin locales). Decoded: the text is the same whichever of those code pages saved it.
 *  - Anything else (a byte the code pages disagree on, e.g. č saved as Windows-1250, or
 *    broken UTF-8): refused, naming the first line with such a byte and asking for CSV UTF-8
 *    (the words of NOT_UTF8, UNKNOWN_CHARSET and NOT_UTF16 say how to save it).
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { readonly ok: false; readonly problems: readonly TableProblem[] };

const LF = 0x0a;

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, and how many multi-byte sequences precede it. */
function scanUtf8(b: Uint8Array): { invalidAt: number; multiByte: number } {
  let multiByte = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      // no overlong forms (E0 A0..) and no surrogates (ED 80..9F)
      min = c === 0xe0 ? 0xa0 : 0x80;
      if (c === 0xed) max = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = c === 0xf0 ? 0x90 : 0x80;
      if (c === 0xf4) max = 0x8f;
    } else return { invalidAt: i, multiByte };
    const second = b[i + 1];
    if (second === undefined || second < min || second > max) return { invalidAt: i, multiByte };
    for (let k = 2; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || n < 0x80 || n > 0xbf) return { invalidAt: i, multiByte };
    }
    multiByte++;
    i += need + 1;
  }
  return { invalidAt: -1, multiByte };
}

const lineOf = (b: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === LF) line++;
  return line;
};

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

// iconv-lite, not TextDecoder: Node's TextDecoder('windows-1252') decodes as ISO-8859-1
// (0x80 → U+0080 instead of €) when built without full ICU.
const decoder = (label: string) => (b: Uint8Array) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), label);
const CP1252 = decoder('windows-1252');
const CP1250 = decoder('windows-1250');
const LATIN2 = decoder('iso-8859-2');

/** The character a byte above 0x7F stands for when all three legacy code pages agree on it, else null. */
const AGREED: readonly (string | null)[] = Array.from({ length: 256 }, (_, byte) => {
  if (byte < 0x80) return null;
  const one = Uint8Array.of(byte);
  const w = CP1252(one);
  if (w !== CP1250(one)) return null;
  // ISO-8859-2 has C1 controls at 0x80–0x9F: only the upper half must agree with it.
  if (byte >= 0xa0 && w !== LATIN2(one)) return null;
  // Positions Windows-1252 leaves undefined (0x81, 0x8D, …) are not text.
  return w !== '\uFFFD' && /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(w) ? w : null;
});

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const { invalidAt, multiByte } = scanUtf8(bytes);
  if (invalidAt === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const line = lineOf(bytes, invalidAt);
  // Valid UTF-8 letters before a broken sequence: a damaged UTF-8 file, not a legacy one.
  if (multiByte > 0) return { ok: false, problems: [problem('NOT_UTF8', { line, byte: hex(bytes[invalidAt] as number) }, { row: line })] };
  for (let i = invalidAt; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && AGREED[b] === null) {
      const at = lineOf(bytes, i);
      return { ok: false, problems: [problem('UNKNOWN_CHARSET', { line: at, byte: hex(b) }, { row: at })] };
    }
  }
  return { ok: true, text: CP1252(bytes), encoding: 'windows-1252' };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)), encoding };
  } catch {
    return { ok: false, problems: [problem('NOT_UTF16')] };
  }
}
