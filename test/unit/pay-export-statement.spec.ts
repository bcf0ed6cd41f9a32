import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatAmount } from '../../src/common/i18n/format.js';
import { notice, type Notice } from '../../src/common/text/notice.js';
import { formatCents } from '../../src/common/money/money.js';
import {
  buildStatement,
  formatRate,
  lineArithmetic,
  maskNationalId,
  StatementMismatchError,
  type StatementLineIn,
} from '../../src/payroll/exports/domain/statement.js';
import { wordArithmetic } from '../../src/payroll/exports/pay-line-words.js';

const charger = notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Charger', serial: 'CH-1' });
let nextId = 1;
const line = (o: Partial<StatementLineIn> = {}): StatementLineIn => ({
  id: String(nextId++),
  lineType: 'PIECE',
  eaId: 'ea-a',
  eaCode: 'PR-0001',
  eaName: 'QR PR-0001',
  unit: 'INDIVIDUAL',
  quantity: 1,
  basis: null,
  rate: '0.8000',
  amountCents: 80n,
  periodFrom: null,
  periodTo: null,
  tariffVersion: 1,
  description: null,
  diasporaListComplete: null,
  ...o,
});
const time = (
  lineType: 'PREPARATORY' | 'SUPERVISOR_MONTH',
  rate: string,
  quantity: number,
  basis: number | null,
  cents: bigint,
  from = '2023-10-16',
) =>
  line({
    lineType,
    eaId: null,
    eaCode: null,
    unit: null,
    rate,
    quantity,
    basis,
    amountCents: cents,
    periodFrom: from,
    periodTo: '2023-10-30',
  });
const deduction = (lineType: 'TAX' | 'CHARGEBACK', rate: string, quantity: number, cents: bigint, description: Notice | null = null) =>
  line({ lineType, eaId: null, eaCode: null, unit: null, rate, quantity, amountCents: cents, description });

describe('formatRate, maskNationalId', () => {
  it.each([
    ['0.8000', '0.80'],
    ['0.3000', '0.30'],
    ['1.0000', '1.00'],
    ['0.0050', '0.005'],
    ['0.3050', '0.305'],
    ['0.1234', '0.1234'],
    ['600.0000', '600.00'],
  ])('formatRate(%s) → %s', (r, s) => {
    expect(formatRate(r)).toBe(s);
  });

  it.each([
    ['1110023757', '******3757'],
    ['AB12345', '***2345'],
    ['1234', '****'],
    ['', ''],
  ])('maskNationalId(%s) → %s', (id, masked) => {
    expect(maskNationalId(id)).toBe(masked);
  });
});

describe('lineArithmetic', () => {
  it.each<[string, StatementLineIn, string]>([
    // piece lines: count × rate, half-up per line
    ['the brief’s example', line({ quantity: 1234, rate: '0.8000', amountCents: 98720n }), '1,234 × 0.80 = 987.20'],
    ['3 × 0.80 = 2.40', line({ quantity: 3, amountCents: 240n }), '3 × 0.80 = 2.40'],
    ['half a cent rounds up: 1 × 0.005 = 0.005 → 0.01', line({ quantity: 1, rate: '0.0050', amountCents: 1n }), '1 × 0.005 = 0.01'],
    ['3 × 0.305 = 0.915 → 0.92', line({ quantity: 3, rate: '0.3050', amountCents: 92n }), '3 × 0.305 = 0.92'],
    [
      'a million buildings',
      line({ unit: 'BUILDING', quantity: 1_000_000, rate: '0.3000', amountCents: 30_000_000n }),
      '1,000,000 × 0.30 = 300,000.00',
    ],
    [
      'diaspora, list complete',
      line({ unit: 'DIASPORA', quantity: 12, rate: '0.5000', amountCents: 600n, diasporaListComplete: true }),
      '12 × 0.50 = 6.00',
    ],
    [
      'diaspora, list incomplete: not paid',
      line({ unit: 'DIASPORA', quantity: 12, rate: '0.5000', amountCents: 0n, diasporaListComplete: false }),
      '12 × 0.50, not paid: diaspora list incomplete = 0.00',
    ],
    // time-based: amount × engaged days ÷ days in window, half-up
    ['preparatory, whole window', time('PREPARATORY', '150.0000', 15, 15, 15000n), '150.00 × 15/15 days = 150.00'],
    ['preparatory, one day: 150.00 × 1/15 = 10.00', time('PREPARATORY', '150.0000', 1, 15, 1000n), '150.00 × 1/15 days = 10.00'],
    ['supervisor, 10 of 31 days: 193.548… → 193.55', time('SUPERVISOR_MONTH', '600.0000', 10, 31, 19355n), '600.00 × 10/31 days = 193.55'],
    ['supervisor, 1 of 31 days: 19.354… → 19.35', time('SUPERVISOR_MONTH', '600.0000', 1, 31, 1935n), '600.00 × 1/31 days = 19.35'],
    // deductions
    [
      'tax on the base named in the line: 1678.80 × 10 % = 167.88',
      deduction('TAX', '10.0000', 1, 16788n, notice('TAX', { percent: '10.00', baseAmount: '1678.80' })),
      '1,678.80 × 10.00 % = 167.88',
    ],
    ['tax on the statement gross: 100.05 × 12.5 % = 12.50625 → 12.51', deduction('TAX', '12.5000', 1, 1251n), '100.05 × 12.50 % = 12.51'],
    ['a charge-back', deduction('CHARGEBACK', '25.0000', 1, 2500n, charger), '25.00 = 25.00'],
    ['two items charged back', deduction('CHARGEBACK', '12.5000', 2, 2500n), '2 × 12.50 = 25.00'],
    // adjustment runs pay differences
    [
      'a corrected count: 1,240 × 0.80 = 992.00, 987.20 paid before',
      line({ quantity: 1240, amountCents: 480n }),
      '1,240 × 0.80 = 992.00 - 987.20 paid before = 4.80',
    ],
    [
      'a line no longer due',
      line({ unit: 'HOUSEHOLD', quantity: 0, rate: '0', amountCents: -100n }),
      'no longer due = 0.00 - 1.00 paid before = -1.00',
    ],
    ['more than the numbers give', line({ quantity: 3, amountCents: 300n }), '3 × 0.80 = 2.40 + 0.60 adjustment = 3.00'],
    ['a time line without its window: the description', time('PREPARATORY', '150.0000', 3, null, 3000n), 'preparatory pay = 30.00'],
  ])('%s', (_label, l, expected) => {
    expect(wordArithmetic('en', lineArithmetic(l, 10005n))).toBe(expected);
  });
});

describe('buildStatement', () => {
  const lines = [
    deduction('CHARGEBACK', '25.0000', 1, 2500n, charger),
    line({ eaId: 'ea-b', eaCode: 'PR-0002', quantity: 7, amountCents: 560n }), // 7 × 0.80 = 5.60
    line({ quantity: 1234, amountCents: 98720n }), // 1,234 × 0.80 = 987.20
    line({ unit: 'BUILDING', quantity: 250, rate: '0.3000', amountCents: 7500n }), // 250 × 0.30 = 75.00
    time('SUPERVISOR_MONTH', '600.0000', 10, 31, 19355n, '2023-11-15'),
    time('SUPERVISOR_MONTH', '600.0000', 31, 31, 60000n, '2023-10-15'),
  ];
  // gross 5.60 + 987.20 + 75.00 + 193.55 + 600.00 = 1861.35; deductions 25.00; net 1836.35
  const stored = { gross: 186135n, deductions: 2500n, net: 183635n };

  it('groups time-based lines by period, piece lines by EA code and unit, and deductions', () => {
    const s = buildStatement(lines, stored);
    expect(s.timeBased.lines.map((l) => wordArithmetic('en', l.arithmetic))).toEqual([
      '600.00 × 31/31 days = 600.00',
      '600.00 × 10/31 days = 193.55',
    ]);
    expect(s.timeBased.total).toBe('793.55');
    expect(s.eas.map((g) => [g.eaCode, g.eaName, g.total, g.lines.map((l) => l.unit)])).toEqual([
      ['PR-0001', 'QR PR-0001', '1062.20', ['BUILDING', 'INDIVIDUAL']],
      ['PR-0002', 'QR PR-0001', '5.60', ['INDIVIDUAL']],
    ]);
    expect(s.deductions).toEqual({
      lines: [
        expect.objectContaining({
          amount: '25.00',
          rate: '25.0000',
          arithmetic: { code: 'CHARGEBACK', params: { eachAmount: '25.00', result: 'EQUALS', amount: '25.00' } },
        }),
      ],
      total: '25.00',
    });
    expect(s.totals).toEqual({ gross: '1861.35', deductions: '25.00', net: '1836.35' });
  });

  it('refuses lines that do not add up to the stored totals', () => {
    expect(() => buildStatement(lines, { ...stored, gross: 186136n })).toThrow(StatementMismatchError);
    expect(() => buildStatement(lines, { ...stored, net: 183636n })).toThrow(StatementMismatchError);
  });

  it('handles a person without lines', () => {
    expect(buildStatement([], { gross: 0n, deductions: 0n, net: 0n })).toEqual({
      timeBased: { lines: [], total: '0.00' },
      eas: [],
      deductions: { lines: [], total: '0.00' },
      totals: { gross: '0.00', deductions: '0.00', net: '0.00' },
    });
  });

  it('adds up the groups to the totals, and every arithmetic ends with the line amount (property)', () => {
    const pieceLine = fc
      .record({
        ea: fc.constantFrom('A', 'B', 'C'),
        unit: fc.constantFrom('BUILDING', 'DWELLING', 'HOUSEHOLD', 'INDIVIDUAL', 'DIASPORA' as const),
        quantity: fc.integer({ min: 0, max: 2_000_000 }),
        rate: fc.integer({ min: 0, max: 100_000 }),
        adjust: fc.integer({ min: -5000, max: 5000 }),
      })
      .map(({ ea, unit, quantity, rate, adjust }) => {
        const due = (BigInt(quantity) * BigInt(rate) * 2n + 100n) / 200n; // half-up to the cent
        return line({
          eaId: ea,
          eaCode: ea,
          unit,
          quantity,
          rate: (rate / 10_000).toFixed(4),
          amountCents: due + BigInt(adjust),
        });
      });
    const chargeback = fc.integer({ min: 1, max: 100_000 }).map((c) => deduction('CHARGEBACK', (c / 100).toFixed(4), 1, BigInt(c)));
    fc.assert(
      fc.property(fc.array(fc.oneof(pieceLine, chargeback), { maxLength: 30 }), (ls) => {
        const gross = ls.filter((l) => l.lineType === 'PIECE').reduce((s, l) => s + l.amountCents, 0n);
        const deductions = ls.filter((l) => l.lineType === 'CHARGEBACK').reduce((s, l) => s + l.amountCents, 0n);
        const s = buildStatement(ls, { gross, deductions, net: gross - deductions });
        const cents = (x: string) => BigInt(x.replace('.', ''));
        expect(s.eas.reduce((t, g) => t + cents(g.total), 0n) + cents(s.timeBased.total)).toBe(gross);
        expect(cents(s.deductions.total)).toBe(deductions);
        expect(s.totals.net).toBe(formatCents(gross - deductions));
        for (const l of [...s.timeBased.lines, ...s.eas.flatMap((g) => g.lines), ...s.deductions.lines]) {
          expect(l.arithmetic.params.amount).toBe(l.amount);
          expect(wordArithmetic('en', l.arithmetic).endsWith(`= ${formatAmount(l.amount, 'en')}`)).toBe(true);
        }
      }),
    );
  });
});
