import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import {
  centsToNumber,
  csvHeader,
  csvQuote,
  csvRecord,
  neutraliseFormula,
  num,
  sheetText,
  text,
} from '../../src/payroll/exports/domain/cells.js';
import { LINES_HEADER, lineRecord, type LineView } from '../../src/payroll/exports/domain/lines-csv.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+383 44 123 456', "'+383 44 123 456"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['Arbër Krasniqi', 'Arbër Krasniqi'],
    ['Љубиша Јовановић', 'Љубиша Јовановић'],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'quoted", "'quoted"],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('csvQuote', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvQuote(input)).toBe(output);
  });
});

describe('csvRecord', () => {
  it.each([
    ['text and numbers', [text('Arbër'), num('2.40'), num(1234), num(5n)], 'Arbër,2.40,1234,5\r\n'],
    ['a negative amount stays a number', [text('refund'), num('-5.00')], 'refund,-5.00\r\n'],
    ['a text cell starting with - is neutralised', [text('-5.00')], "'-5.00\r\n"],
    ['nulls are empty cells', [text(null), num(null), text('x')], ',,x\r\n'],
    ['formula with a comma is neutralised and quoted', [text('=SUM(A1,A2)')], '"\'=SUM(A1,A2)"\r\n'],
  ])('%s', (_label, cells, line) => {
    expect(csvRecord(cells)).toBe(line);
  });

  it.each([['1e5'], ['0x10'], ['=1'], ['1,5'], [' 1'], ['NaN'], ['']])('refuses %j as a number', (value) => {
    expect(() => csvRecord([num(value)])).toThrow(RangeError);
  });

  it('writes any text so that it parses back to itself, neutralised, and never as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = csvRecord(cells.map(text));
        const [parsed] = parse(line, { relax_column_count: true }) as string[][];
        expect(parsed).toEqual(cells.map(neutraliseFormula));
        for (const c of parsed as string[]) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
      }),
    );
  });

  it('writes a header of plain names', () => {
    expect(csvHeader(['iban', 'name'])).toBe('iban,name\r\n');
  });
});

describe('centsToNumber and sheetText', () => {
  it.each([
    [0n, 0],
    [240n, 2.4],
    [98720n, 987.2],
    [123456789n, 1234567.89],
    [-100n, -1],
    [900719925474099n, 9007199254740.99],
  ])('%s cents → %s', (cents, value) => {
    expect(centsToNumber(cents)).toBe(value);
    expect(centsToNumber(cents).toFixed(2)).toBe((Number(cents) / 100).toFixed(2));
  });

  it('round-trips every cent amount to the same two-decimal text', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (cents) => {
        const back = BigInt(Math.round(centsToNumber(cents) * 100));
        expect(back).toBe(cents);
      }),
    );
  });

  it.each([
    [null, ''],
    [undefined, ''],
    ['=cmd', "'=cmd"],
    ['Besa', 'Besa'],
  ])('sheetText(%j) → %j', (input, output) => {
    expect(sheetText(input)).toBe(output);
  });
});

describe('lines CSV record', () => {
  const line: LineView = {
    id: '42',
    staffId: '6f1c2f5e-7d4a-4c1b-9a7e-2d3c4b5a6f70',
    personName: '=Evil',
    municipalityCode: 'prishtine',
    lineType: 'PIECE',
    eaId: 'b3a1c2d4-0000-4000-8000-000000000001',
    eaCode: 'PR-0001',
    unit: 'INDIVIDUAL',
    quantity: 1234,
    basis: null,
    rate: '0.8000',
    amount: '987.20',
    tariffVersion: 1,
    periodFrom: null,
    periodTo: null,
    description: notice('LEGACY_TEXT', { text: 'EA PR-0001: individuals, "checked"' }),
    personStatus: 'PAYABLE',
  };

  it('writes provenance, plain numbers and neutralised text', () => {
    // 1,234 × 0.80 = 987.20
    const words = { label: 'PR-0001: individë', note: '=as stored' };
    // the note's code and parameters for machines, the label and the note for people
    const record = lineRecord(line, words);
    const [header, row] = parse(LINES_HEADER + record) as string[][];
    expect(record.startsWith(`42,${line.staffId},'=Evil,prishtine,PIECE,PR-0001,INDIVIDUAL,1234,,0.8000,987.20,1,,,LEGACY_TEXT,`)).toBe(
      true,
    );
    expect((row as string[]).slice(-4)).toEqual([
      '{"text":"EA PR-0001: individuals, \\"checked\\""}',
      'PAYABLE',
      'PR-0001: individë',
      "'=as stored",
    ]);
    expect((header as string[]).length).toBe((row as string[]).length);
  });
});
