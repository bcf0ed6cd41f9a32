import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatRate } from '../../src/common/money/money.js';
import { day, isoDay } from '../../src/payroll/domain/days.js';
import { toTariffRules, type TariffRules } from '../../src/payroll/domain/tariff.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { addOutcome, emptyTotals, mergeTotals, settlePerson, settleRun } from '../../src/payroll/domain/settle-pay.js';
import { BinaryRows, uuidBytes } from '../../src/common/prisma/copy-binary.js';
import { copyRows, fromCopy } from '../../src/common/prisma/copy-text.js';
import { staffRanges } from '../../src/payroll/runs/pay-run-compute.service.js';
import { ibanMod97, makeIban, validateIban } from '../../src/staff/domain/iban.js';

const T: TariffRules = (() => {
  const r = toTariffRules({ version: 1, ...EXAMPLE_TARIFF });
  if (!r.ok) throw new Error('example tariff invalid');
  return r.rules;
})();

const person = (o: Partial<Parameters<typeof settlePerson>[0]['person']> = {}) => ({
  staffId: 's1',
  kind: 'ENUMERATOR' as const,
  engagementStart: day('2023-10-16'),
  engagementEnd: day('2023-12-15'),
  ibanValid: true,
  hasAssignment: true,
  ...o,
});
const count = {
  countId: 'c1',
  eaId: 'e1',
  eaCode: 'PR-0001',
  buildings: 10,
  dwellings: 12,
  households: 11,
  individuals: 45,
  diasporaPersons: 4,
  diasporaListComplete: true,
};

describe('settlePerson: who is listed in a run', () => {
  it('lists a payable person with the entitlement (first run pays everything)', () => {
    // 150.00 + 10 × 0.30 + 12 × 0.50 + 11 × 1.00 + 45 × 0.80 + 4 × 0.50 = 150.00 + 58.00 = 208.00
    const o = settlePerson({ person: person(), counts: [count], chargebacks: [], paid: [] }, T);
    expect(o).toMatchObject({ status: 'PAYABLE', pay: { gross: 208_00, net: 208_00, blockReasons: [] } });
  });

  it('omits a person with nothing to pay and nothing blocking (engaged after the preparatory period, no counts)', () => {
    expect(settlePerson({ person: person({ engagementStart: day('2023-12-01') }), counts: [], chargebacks: [], paid: [] }, T)).toBeNull();
  });

  it('lists a blocked person with the reason even with nothing to pay', () => {
    const o = settlePerson({ person: person({ engagementStart: null, engagementEnd: null }), counts: [], chargebacks: [], paid: [] }, T);
    expect(o).toMatchObject({ status: 'BLOCKED', pay: { blockReasons: [{ code: 'ENGAGEMENT_DATES_MISSING', params: {} }] } });
  });

  it('pays only the difference to paid lines, and nothing when all was paid', () => {
    const first = settlePerson({ person: person(), counts: [count], chargebacks: [], paid: [] }, T);
    if (!first) throw new Error('expected a payable person');
    const paid = first.pay.lines.map((l) => ({ ...l }));
    expect(settlePerson({ person: person(), counts: [count], chargebacks: [], paid }, T)).toBeNull();
    // one more household: 12 × 1.00 − 11 × 1.00 = +1.00
    const more = settlePerson({ person: person(), counts: [{ ...count, households: 12 }], chargebacks: [], paid }, T);
    expect(more?.pay.lines.map((l) => [l.unit, l.amount])).toEqual([['HOUSEHOLD', 1_00]]);
  });

  it('blocks a person who was paid more than now due, with the amount', () => {
    const first = settlePerson({ person: person(), counts: [count], chargebacks: [], paid: [] }, T);
    if (!first) throw new Error('expected a payable person');
    // individuals corrected 45 → 40: 40 × 0.80 − 45 × 0.80 = −4.00
    const less = settlePerson({ person: person(), counts: [{ ...count, individuals: 40 }], chargebacks: [], paid: first.pay.lines }, T);
    expect(less).toMatchObject({
      status: 'BLOCKED',
      pay: { net: -4_00, blockReasons: [{ code: 'OVERPAID', params: { amount: '4.00' } }] },
    });
  });
});

describe('run totals', () => {
  it('sum payable people only and count the blocked', () => {
    const { totals, outcomes, kind } = settleRun(
      [
        { person: person({ staffId: 'a' }), counts: [count], chargebacks: [], paid: [] },
        { person: person({ staffId: 'b', ibanValid: false }), counts: [count], chargebacks: [], paid: [] },
        { person: person({ staffId: 'c', engagementStart: day('2023-12-01') }), counts: [], chargebacks: [], paid: [] },
      ],
      T,
    );
    expect(outcomes.map((o) => [o.pay.staffId, o.status])).toEqual([
      ['a', 'PAYABLE'],
      ['b', 'BLOCKED'],
    ]);
    expect(totals).toEqual({ payable: 1, blocked: 1, gross: 208_00, deductions: 0, net: 208_00 });
    expect(kind).toBe('REGULAR');
  });

  it('merge adds field by field', () => {
    const a = emptyTotals();
    addOutcome(a, { status: 'PAYABLE', pay: { staffId: 'x', lines: [], gross: 5, deductions: 1, net: 4, blockReasons: [] } });
    expect(mergeTotals(a, a)).toEqual({ payable: 2, blocked: 0, gross: 10, deductions: 2, net: 8 });
  });
});

describe('isoDay (integer calendar arithmetic)', () => {
  it('agrees with Date for every day from 1900 to 2100 and at the ends of the 4-digit years', () => {
    const mismatches: number[] = [];
    for (let d = day('1900-01-01'); d <= day('2100-12-31'); d++) {
      if (isoDay(d) !== new Date(d * 86_400_000).toISOString().slice(0, 10)) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
    for (const s of ['1000-01-01', '1600-02-29', '2000-02-29', '2023-10-16', '9999-12-31']) expect(isoDay(day(s))).toBe(s);
  });
});

describe('ibanMod97 (character codes instead of strings)', () => {
  /** The straightforward definition: rearrange, letters to two digits, mod 97 digit by digit. */
  const reference = (iban: string): number => {
    let rest = 0;
    for (const ch of iban.slice(4) + iban.slice(0, 4)) {
      const code = ch.charCodeAt(0);
      for (const d of code >= 65 && code <= 90 ? String(code - 55) : ch) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
    }
    return rest;
  };

  it('equals the reference for any string of IBAN characters (and junk)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789az -'.split('')), maxLength: 40 }), (s) => {
        expect(ibanMod97(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('still validates real IBANs', () => {
    expect(validateIban(makeIban('XK', '1212000000000007')).ok).toBe(true);
    expect(validateIban('XK051212012345678906').ok).toBe(true);
    expect(validateIban('XK051212012345678907').ok).toBe(false);
  });
});

describe('COPY text reading', () => {
  it('splits rows across arbitrary chunk boundaries', async () => {
    const text = 'a\tb\\tc\t\\N\nd\te\tf\nlast\trow\t1\n';
    const bytes = Buffer.from(text);
    async function* chunks(size: number) {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    for (const size of [1, 2, 3, 5, 8, 100]) {
      const rows: string[][] = [];
      for await (const batch of copyRows(chunks(size))) rows.push(...batch);
      expect(rows).toEqual([
        ['a', 'b\\tc', '\\N'],
        ['d', 'e', 'f'],
        ['last', 'row', '1'],
      ]);
    }
  });

  it('keeps multi-byte characters whole when a chunk ends inside one', async () => {
    const bytes = Buffer.from('Đakovica\tNënë\n');
    async function* chunks() {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const rows: string[][] = [];
    for await (const batch of copyRows(chunks())) rows.push(...batch);
    expect(rows).toEqual([['Đakovica', 'Nënë']]);
  });

  it.each([
    ['\\N', null],
    ['plain', 'plain'],
    ['tab\\there', 'tab\there'],
    ['back\\\\slash', 'back\\slash'],
    ['line\\nbreak\\r', 'line\nbreak\r'],
  ])('unescapes %j', (field, expected) => {
    expect(fromCopy(field)).toBe(expected);
  });
});

describe('COPY binary writing', () => {
  it('encodes uuids to their 16 bytes and refuses anything else', () => {
    expect(uuidBytes('7375152f-c41c-4bca-aae2-47340788a85a').toString('hex')).toBe('7375152fc41c4bcaaae247340788a85a');
    expect(() => uuidBytes('7375152f-c41c-4bca-aae2-47340788a85')).toThrow(RangeError);
    expect(() => uuidBytes('7375152f-c41c-4bca-aae2-47340788a85g')).toThrow(RangeError);
  });

  it('writes a repeated uuid as the same bytes as a fresh one, NULL as NULL, and text as UTF-8', () => {
    const a = '7375152f-c41c-4bca-aae2-47340788a85a';
    const b = '00000000-0000-4000-8000-0000000000ff';
    // slot 0 repeats a, a; slot 1 alternates b, null, b; the buffer grows (starts at 64 bytes) in between
    const repeated = new BinaryRows(64);
    const fresh = new BinaryRows(64);
    for (const [x, y] of [
      [a, b],
      [a, null],
      [a, b],
      [b, b],
    ] as const) {
      repeated.row(3).uuidRepeat(0, x).uuidRepeat(1, y).text('EA B-1: ë ç – diaspora');
      fresh.row(3).uuid(x).uuidOrNull(y).text('EA B-1: ë ç – diaspora');
    }
    expect(repeated.finish().equals(fresh.finish())).toBe(true);
    expect(repeated.rows).toBe(4);
  });

  it.each([
    // rate units (1/10,000) → numeric_send bytes as PostgreSQL produces them
    [3000, '0001ffff000000040bb8'], // 0.3000
    [6_000_000, '00010000000000040258'], // 600.0000
    [-123_456_789, '0003000140000004000109291a85'], // -12345.6789
    [0, '0000000000000004'], // 0.0000
    [10_000, '00010000000000040001'], // 1.0000
    [5, '0001ffff000000040005'], // 0.0005
  ])('numeric %d', (units, hex) => {
    const field = BinaryRows.numeric4Field(units);
    expect(field.readInt32BE(0)).toBe(field.length - 4);
    expect(field.subarray(4).toString('hex')).toBe(hex);
  });

  it('agrees with formatRate on the value of any rate', () => {
    // decode numeric_send back to a decimal string and compare with the money module's formatter
    const decode = (b: Buffer): string => {
      const n = b.readInt16BE(4);
      const weight = b.readInt16BE(6);
      const neg = b.readUInt16BE(8) === 0x4000;
      let int = 0n;
      let frac = 0n;
      for (let i = 0; i < n; i++) {
        const g = BigInt(b.readInt16BE(12 + 2 * i));
        if (i <= weight) int = int * 10_000n + g;
        else frac = g;
      }
      for (let i = n; i <= weight; i++) int *= 10_000n;
      return `${neg ? '-' : ''}${int}.${frac.toString().padStart(4, '0')}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (u) => {
        expect(decode(BinaryRows.numeric4Field(u))).toBe(formatRate(u));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes header, rows, NULLs and the end marker', () => {
    const rows = new BinaryRows(8);
    rows.row(4).int4(7).null().int8(-2).text('Ë');
    const b = rows.finish();
    expect(b.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(b.subarray(19).toString('hex')).toBe(
      ['0004', '00000004', '00000007', 'ffffffff', '00000008', 'fffffffffffffffe', '00000002', 'c38b', 'ffff'].join(''),
    );
    expect(rows.rows).toBe(1);
  });

  it('writes dates as days since 2000-01-01 and int8 beyond 32 bits', () => {
    const rows = new BinaryRows();
    rows
      .row(2)
      .date(day('2023-10-16'))
      .int8(2 ** 40 + 5);
    expect(
      rows
        .finish()
        .subarray(19, 19 + 22)
        .toString('hex'),
    ).toBe(['0002', '00000004', '000021f1', '00000008', '0000010000000005'].join(''));
  });
});

describe('staff-id ranges', () => {
  it('cover every uuid exactly once, in order', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      const r = staffRanges(n);
      expect(r).toHaveLength(n);
      expect(r[0]?.from).toBeNull();
      expect(r[n - 1]?.to).toBeNull();
      for (let i = 1; i < n; i++) expect(r[i]?.from).toBe(r[i - 1]?.to);
    }
    expect(staffRanges(2)[1]?.from).toBe('80000000-0000-0000-0000-000000000000');
  });
});
