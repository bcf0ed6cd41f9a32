import { describe, expect, it } from '@jest/globals';
import { decodeText } from '../../src/common/tabular/decode-text.js';
import { parseCsv } from '../../src/common/tabular/parse-table.js';
import { likeLiteral } from '../../src/common/prisma/like.js';
import { english } from '../support/english.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeText (the tabular reader’s bytes → text)', () => {
  it('reads UTF-8 with and without BOM unchanged', () => {
    const text = 'ea_code,name\nPR-1,Fushë Çarshia\nPR-2,Грачаница\n';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeText(withBom)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('decodes a Windows-1252 file (Excel’s "CSV (Comma delimited)") with ë, ç, Ë, Ç, € and „“ kept', () => {
    // ë = 0xEB, ç = 0xE7, Ë = 0xCB, Ç = 0xC7, € = 0x80, „ = 0x84, “ = 0x93: the same in Windows-1250 and ISO-8859-2.
    const file = bytes(
      'full_name,note\nDrit',
      [0xeb],
      ' Gash',
      [0xeb],
      ',',
      [0xc7],
      'ar',
      [0xe7],
      'ia ',
      [0xcb],
      ' ',
      [0x80],
      ' ',
      [0x84],
      'x',
      [0x93],
      '\n',
    );
    expect(decodeText(file)).toEqual({ ok: true, text: 'full_name,note\nDritë Gashë,Çarçia Ë € „x“\n', encoding: 'windows-1252' });
  });

  it('refuses a legacy file whose bytes differ between the code pages (č saved as Windows-1250), naming the line', () => {
    // 0xE8 is č in Windows-1250 but è in Windows-1252: reading it either way would be a guess.
    const file = bytes('full_name\nAna\nMilo', [0xe8], '\n');
    const r = decodeText(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([{ row: 3, code: 'UNKNOWN_CHARSET', params: { line: 3, byte: '0xE8' } }]);
    expect(english(r.problems)).toEqual([{ row: 3, reason: expect.stringContaining('line 3') }]);
    expect(english(r.problems)[0]).toEqual({ row: 3, reason: expect.stringContaining('save the file as "CSV UTF-8"') });
  });

  it('refuses broken UTF-8 naming the line of the first bad byte', () => {
    // Line 2 is good UTF-8 (ë as C3 AB); line 4 has a lone lead byte C3 followed by '('.
    const file = bytes('name\n', [0xc3, 0xab], '\nok\nbad ', [0xc3], '(x\n');
    const r = decodeText(file);
    expect(english(r)).toEqual({
      ok: false,
      problems: [{ row: 4, reason: expect.stringMatching(/^line 4 is not valid UTF-8 \(byte 0xC3\)/) }],
    });
  });

  it('refuses overlong forms, encoded surrogates and code points above U+10FFFF in a UTF-8 file', () => {
    // Each file starts with a good ë (C3 AB) on line 1: it is UTF-8, damaged on line 2.
    for (const seq of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(english(decodeText(bytes('a', [0xc3, 0xab], '\n', seq, '\n')))).toEqual({
        ok: false,
        problems: [{ row: 2, reason: expect.stringMatching(/^line 2 is not valid UTF-8/) }],
      });
    }
  });

  it('reads UTF-16 with a BOM (Excel’s "Unicode Text")', () => {
    const text = 'full_name\tcommunity\nDritë\tALBANIAN\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(parseCsv(text).ok).toBe(true);
  });
});

describe('parseCsv refuses text that cannot be stored, naming the line and the column', () => {
  it('NUL in a cell', () => {
    const r = parseCsv('ea_code,name\nPR-1,ok\nPR-2,bad\u0000name\n');
    expect(english(r)).toEqual({ ok: false, problems: [{ row: 3, field: 'name', reason: 'contains a NUL character (\\u0000)' }] });
  });
});

describe('likeLiteral', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    // PostgreSQL's LIKE escape character is the backslash: \ → \\, % → \%, _ → \_
    expect(likeLiteral('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    expect(likeLiteral('Dritë Gashi')).toBe('Dritë Gashi');
  });
});
