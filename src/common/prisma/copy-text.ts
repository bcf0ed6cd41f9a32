import { StringDecoder } from 'node:string_decoder';

/**
 * PostgreSQL COPY text format, reading side: one row per line, columns separated by TAB, `\N`
 * for NULL, and backslash escapes for backslash, TAB, LF and CR inside values
 * (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format").
 */
export const NULL = '\\N';

const UNESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** A COPY field as text (null for `\N`). COPY TO writes no octal or hex escapes for UTF-8 text. */
export function fromCopy(field: string): string | null {
  if (field === NULL) return null;
  if (field.indexOf('\\') < 0) return field;
  return field.replace(/\\(.)/g, (_m, c: string) => UNESCAPES[c] ?? c);
}

/**
 * Splits a COPY TO text stream into rows of raw fields (not yet unescaped: a TAB or LF inside
 * a value is escaped, so splitting on the raw characters is safe). Yields one batch of rows per
 * incoming chunk, which keeps per-row async overhead out of the hot loop.
 */
export async function* copyRows(source: AsyncIterable<Buffer | string>): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of source) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(last + 1);
    const lines = text.slice(0, last).split('\n');
    const batch = new Array<string[]>(lines.length);
    for (let i = 0; i < lines.length; i++) batch[i] = (lines[i] as string).split('\t');
    yield batch;
  }
  rest += decoder.end();
  if (rest.length > 0) yield [rest.split('\t')];
}
