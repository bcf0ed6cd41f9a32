import { problem } from '../errors/app-error.js';
import { decodeText, type DecodeResult } from './decode-text.js';
import { parseCsv } from './parse-table.js';

const NUL = '\u0000';

/**
 * An uploaded CSV file's bytes → its text, for every CSV upload route: decoded without
 * replacement characters (decodeText), and refused when a cell holds U+0000, which PostgreSQL
 * cannot store (importers with their own streaming reader, e.g. counts, would otherwise reach
 * the database with it). Problems name the line and, where the file parses, the column.
 */
export function readCsvFile(bytes: Uint8Array): DecodeResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok || !decoded.text.includes(NUL)) return decoded;
  const parsed = parseCsv(decoded.text);
  const named = parsed.ok ? [] : parsed.problems.filter((p) => p.field !== undefined && p.code === 'TEXT_NUL');
  if (named.length) return { ok: false, problems: named };
  const before = decoded.text.slice(0, decoded.text.indexOf(NUL));
  const line = before.split('\n').length;
  return { ok: false, problems: [problem('TEXT_NUL', {}, { row: line })] };
}
