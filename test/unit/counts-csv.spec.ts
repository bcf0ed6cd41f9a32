import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvSyntaxError, openCsv } from '../../src/common/tabular/csv-scanner.js';
import { english } from '../support/english.js';

/** Every data record as [start line, cells]. */
function records(text: string): Array<[number, string[]]> {
  const opened = openCsv(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  const out: Array<[number, string[]]> = [];
  while (opened.scanner.next()) out.push([opened.scanner.line, [...opened.scanner.fields]]);
  return out;
}

/** The same through csv-parse, with the options and line arithmetic of common/tabular/parse-table.ts. */
function reference(text: string, delimiter: string): Array<[number, string[]]> {
  const parsed = parse(text, {
    bom: true,
    info: true,
    delimiter,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return parsed
    .slice(1)
    .map(
      ({ record, info }) => [info.lines - record.reduce((n, cell) => n + (cell.split('\n').length - 1), 0), record] as [number, string[]],
    );
}

describe('counts CSV reader', () => {
  it.each([
    [
      'LF',
      'a,b\n1,2\n3,4\n',
      [
        [2, ['1', '2']],
        [3, ['3', '4']],
      ],
    ],
    [
      'CR LF and no final newline',
      'a,b\r\n1,2\r\n3,4',
      [
        [2, ['1', '2']],
        [3, ['3', '4']],
      ],
    ],
    [
      'old Mac CR',
      'a,b\r1,2\r3,4\r',
      [
        [2, ['1', '2']],
        [3, ['3', '4']],
      ],
    ],
    ['BOM and ";"', '\uFEFFa;b\n1;2\n', [[2, ['1', '2']]]],
    ['tab', 'a\tb\n1\t2\n', [[2, ['1', '2']]]],
    [
      'empty lines and rows of separators are skipped, line numbers kept',
      'a,b\n\n1,2\n,\n\n3,4\n',
      [
        [3, ['1', '2']],
        [6, ['3', '4']],
      ],
    ],
    [
      'quoted separators, doubled quotes, quoted line breaks',
      'a,b\n"x,y","say ""hi"""\n"two\nlines",z\n5,6\n',
      [
        [2, ['x,y', 'say "hi"']],
        [3, ['two\nlines', 'z']],
        [5, ['5', '6']],
      ],
    ],
    [
      'quoted CR LF counts as one line',
      'a,b\r\n"p\r\nq",1\r\n2,3\r\n',
      [
        [2, ['p\nq', '1']],
        [4, ['2', '3']],
      ],
    ],
    ['empty quoted field and trailing separator', 'a,b,c\n"",x,\n', [[2, ['', 'x', '']]]],
  ] as const)('%s', (_name, text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it('reads the header trimmed', () => {
    const opened = openCsv(' ea_code , enumerator_id\nX,1\n');
    expect(opened.ok && opened.columns).toEqual(['ea_code', 'enumerator_id']);
  });

  it.each([
    ['an unclosed quote', 'a,b\n1,2\n"3,4\n5,6\n', 3, 'CSV_QUOTE_NOT_CLOSED'],
    ['text after a closing quote', 'a,b\n"1"x,2\n', 2, 'CSV_TEXT_AFTER_QUOTE'],
    ['a quote inside an unquoted field', 'a,b\n"1",2\nab"c,3\n', 3, 'CSV_QUOTE_IN_FIELD'],
  ])('refuses %s, naming the line', (_name, text, line, code) => {
    const opened = openCsv(text);
    if (!opened.ok) throw new Error('header should read');
    let error: unknown;
    try {
      while (opened.scanner.next());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line, code });
  });

  it('says an empty file is empty', () => {
    expect(english(openCsv('\uFEFF\n\n'))).toEqual({
      ok: false,
      problems: [{ row: 1, reason: 'the file is empty: the first line must be the header' }],
    });
  });

  it('reads any well-formed file exactly as csv-parse does (cells and line numbers)', () => {
    const cell = fc.stringMatching(/^[a-z0-9 ,;"\n]{0,6}$/);
    const quote = (s: string) => (/[",;\n]/.test(s) || s.startsWith(' ') ? `"${s.replaceAll('"', '""')}"` : s);
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';'),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        (d, width, rows, eol) => {
          const header = Array.from({ length: width }, (_, i) => `c${i}`).join(d);
          // Rows of blank cells are skipped by both readers, but csv-parse only when truly empty.
          const body = rows
            .map((r) => r.slice(0, width))
            .filter((r) => r.some((c) => c.trim() !== ''))
            .map((r) => r.map((c) => quote(c)).join(d));
          const text = [header, ...body].join(eol) + eol;
          const normalise = (recs: Array<[number, string[]]>) =>
            recs.map(([l, cells]) => [l, cells.map((c) => c.replaceAll('\r\n', '\n'))]);
          expect(normalise(records(text))).toEqual(normalise(reference(text.replaceAll('\r\n', '\n'), d)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
