import { type RowProblem, rowProblem } from './columns.js';
import { detectDelimiter } from './delimiter.js';

/**
 * A streaming CSV reader for files of a million rows: RFC 4180 (quoted fields, doubled
 * quotes, line breaks inside quotes), UTF-8 with or without BOM, CR LF / LF / CR line ends,
 * `,` `;` or tab as separator (detectDelimiter, shared with parse-table.ts). Empty lines and rows of only separators are skipped.
 *
 * Why not csv-parse: on the 1,000,000-row benchmark file csv-parse alone (array mode, with
 * the `info` needed for line numbers) took longer than PostgreSQL's whole `\copy` of the
 * file; this reader visits each record once, does not keep it, and takes the split-by-
 * separator fast path for lines without a quote. Its output equals csv-parse's on the same
 * input (property test in test/unit/counts-csv.spec.ts). Counts, expectations and CSV exports
 * of field work read through it. Pure: text in, records out.
 */
const BOM = '\uFEFF';
const LF = 10;
const QUOTE = 34;

/** What is wrong with the CSV, as a problem code (`problem.<code>`), the same as csvFault gives for csv-parse. */
type CsvFault = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_TEXT_AFTER_QUOTE' | 'CSV_QUOTE_IN_FIELD';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: CsvFault,
  ) {
    super(code);
    this.name = 'CsvSyntaxError';
  }

  get problem(): RowProblem {
    return rowProblem(this.line, this.code);
  }
}

export class CsvScanner {
  /** Cells of the current record. Reused by next(): copy what you keep. */
  readonly fields: string[] = [];
  /** Line where the current record starts (header = line 1). */
  line = 0;
  private pos = 0;
  private lineNo = 1;
  private nextQuote = -1;
  private readonly text: string;
  private readonly delimiter: string;
  private readonly delimCode: number;

  constructor(input: string) {
    let text = input.startsWith(BOM) ? input.slice(1) : input;
    // One line terminator keeps line numbers exact (a quoted CR LF is one line break).
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.text = text;
    const m = /[^\n]/.exec(text);
    const first = m ? text.slice(m.index, text.indexOf('\n', m.index) === -1 ? undefined : text.indexOf('\n', m.index)) : '';
    this.delimiter = detectDelimiter(first);
    this.delimCode = this.delimiter.charCodeAt(0);
  }

  /** Moves to the next record that has a non-blank cell; false at the end of the file. */
  next(): boolean {
    const text = this.text;
    const len = text.length;
    while (this.pos < len) {
      const start = this.pos;
      const startLine = this.lineNo;
      if (this.nextQuote !== Infinity && this.nextQuote < start) {
        const q = text.indexOf('"', start);
        this.nextQuote = q === -1 ? Infinity : q;
      }
      let end = text.indexOf('\n', start);
      if (end === -1) end = len;
      if (this.nextQuote >= end) {
        this.pos = end + 1;
        this.lineNo++;
        if (end === start) continue;
        this.splitPlain(start, end);
      } else {
        this.readQuoted(start);
      }
      if (this.blank()) continue;
      this.line = startLine;
      return true;
    }
    return false;
  }

  private splitPlain(start: number, end: number): void {
    const text = this.text;
    const f = this.fields;
    f.length = 0;
    let a = start;
    for (;;) {
      const d = text.indexOf(this.delimiter, a);
      if (d === -1 || d >= end) {
        f.push(text.slice(a, end));
        return;
      }
      f.push(text.slice(a, d));
      a = d + 1;
    }
  }

  /** A record with at least one quote: character by character, possibly over several lines. */
  private readQuoted(start: number): void {
    const text = this.text;
    const len = text.length;
    const f = this.fields;
    const startLine = this.lineNo;
    f.length = 0;
    let i = start;
    let breaks = 0;
    for (;;) {
      if (i < len && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let seg = i + 1;
        let j = seg;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new CsvSyntaxError(startLine, 'CSV_QUOTE_NOT_CLOSED');
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          value += text.slice(seg, q);
          i = q + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) breaks++;
        f.push(value);
        if (i >= len || text.charCodeAt(i) === LF) break;
        if (text.charCodeAt(i) !== this.delimCode) throw new CsvSyntaxError(startLine + breaks, 'CSV_TEXT_AFTER_QUOTE');
        i++;
        continue;
      }
      let e = i;
      while (e < len) {
        const c = text.charCodeAt(e);
        if (c === LF || c === this.delimCode) break;
        if (c === QUOTE) throw new CsvSyntaxError(startLine + breaks, 'CSV_QUOTE_IN_FIELD');
        e++;
      }
      f.push(text.slice(i, e));
      if (e >= len || text.charCodeAt(e) === LF) {
        i = e;
        break;
      }
      i = e + 1;
    }
    this.pos = i + 1;
    this.lineNo = startLine + breaks + 1;
  }

  private blank(): boolean {
    for (const v of this.fields) if (v.trim() !== '') return false;
    return true;
  }
}

export type CsvOpen =
  | { readonly ok: true; readonly columns: readonly string[]; readonly scanner: CsvScanner }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

/** Reads the header (trimmed cells) and returns a scanner positioned on the first data record. */
export function openCsv(input: string): CsvOpen {
  const scanner = new CsvScanner(input);
  try {
    if (!scanner.next()) return { ok: false, problems: [rowProblem(1, 'FILE_EMPTY')] };
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { ok: false, problems: [err.problem] };
    throw err;
  }
  return { ok: true, columns: scanner.fields.map((c) => c.trim()), scanner };
}
