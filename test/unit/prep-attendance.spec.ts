import { describe, expect, it } from '@jest/globals';
import { prorateBy } from '../../src/common/money/money.js';
import { computePersonPay, preparatoryAmount, type PersonIn, type PrepAttendance } from '../../src/payroll/domain/compute-pay.js';
import { day } from '../../src/payroll/domain/days.js';
import { toTariffRules } from '../../src/payroll/domain/tariff.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { lineArithmetic, prepAttendanceOf } from '../../src/payroll/exports/domain/statement.js';
import { wordArithmetic, wordPayNote } from '../../src/payroll/exports/pay-line-words.js';

const r = toTariffRules({ version: 1, ...EXAMPLE_TARIFF });
if (!r.ok) throw new Error('example tariff');
const T = r.rules;

const enumerator = (start: string, prepAttendance: PrepAttendance | null): PersonIn => ({
  staffId: 'enu',
  kind: 'ENUMERATOR',
  engagementStart: day(start),
  engagementEnd: day('2023-12-15'),
  ibanValid: true,
  hasAssignment: true,
  prepAttendance,
});

describe('prorateBy: one rounding over every factor', () => {
  it.each([
    [15000, [15, 3], [15, 5], 9000], // 150.00 × 15/15 × 3/5 = 90.00
    [15000, [10, 1], [15, 3], 3333], // 150.00 × 10/15 × 1/3 = 33.333… → 33.33
    [15000, [1, 1], [15, 6], 167], // 150.00 × 1/15 × 1/6 = 1.6666… → 1.67 (per-factor rounding: 10.00/6 = 1.67 as well)
    [1, [1], [2], 1], // 0.005 → 0.01 half-up
    [15000, [15, 5], [15, 5], 15000], // everything: unchanged
    [15000, [15, 0], [15, 5], 0],
  ])('%d × %j / %j = %d', (amount, parts, wholes, expected) => {
    expect(prorateBy(amount, parts, wholes)).toBe(expected);
  });
});

describe('preparatory amount under the attendance rule (example tariff: 150.00 for 16–30 Oct, 15 days)', () => {
  it.each([
    // engaged from, rule, attended / training days, expected cents, note
    ['2023-10-15', null, 15000, null], // paid regardless
    ['2023-10-15', { rule: 'REQUIRE_ANY', attendedDays: 1, trainingDays: 5 }, 15000, null], // one day is enough
    [
      '2023-10-15',
      { rule: 'REQUIRE_ANY', attendedDays: 0, trainingDays: 5 },
      0,
      'no attendance at the enumerator training, €150.00 not paid',
    ],
    ['2023-10-15', { rule: 'PRORATE', attendedDays: 3, trainingDays: 5 }, 9000, 'training attendance 3 of 5 days, €60.00 not paid'], // 150 × 3/5
    ['2023-10-15', { rule: 'PRORATE', attendedDays: 5, trainingDays: 5 }, 15000, 'training attendance 5 of 5 days, €0.00 not paid'],
    ['2023-10-15', { rule: 'PRORATE', attendedDays: 0, trainingDays: 5 }, 0, 'training attendance 0 of 5 days, €150.00 not paid'],
    ['2023-10-15', { rule: 'PRORATE', attendedDays: 9, trainingDays: 5 }, 15000, 'training attendance 5 of 5 days, €0.00 not paid'], // capped
    // engaged 21–30 Oct: 10 of 15 days; 150.00 × 10/15 × 1/3 = 33.333… → 33.33 (due 100.00, 66.67 not paid)
    ['2023-10-21', { rule: 'PRORATE', attendedDays: 1, trainingDays: 3 }, 3333, 'training attendance 1 of 3 days, €66.67 not paid'],
  ] as const)('engaged from %s, %j → %d', (start, attendance, cents, note) => {
    const pay = computePersonPay(enumerator(start, attendance), [], T);
    const prep = pay.lines.find((l) => l.lineType === 'PREPARATORY');
    expect(prep?.amount).toBe(cents);
    expect(prep?.description ? wordPayNote('en', prep.description) : null).toBe(note);
    // the statement reads the line back and its arithmetic ends at the stored amount
    const stmt = {
      lineType: 'PREPARATORY' as const,
      eaId: null,
      eaCode: null,
      eaName: null,
      unit: null,
      quantity: prep?.quantity ?? 0,
      basis: prep?.basis ?? null,
      rate: '150.0000',
      amountCents: BigInt(cents),
      periodFrom: '2023-10-16',
      periodTo: '2023-10-30',
      tariffVersion: 1,
      description: prep?.description ?? null,
      diasporaListComplete: null,
      id: '1',
    };
    const arithmetic = wordArithmetic('en', lineArithmetic(stmt, BigInt(cents)));
    expect(arithmetic.endsWith(`= ${(cents / 100).toFixed(2)}`)).toBe(true);
    expect(arithmetic).not.toContain('paid before');
    const unpaidByRule = attendance !== null && (attendance.rule === 'PRORATE' || attendance.attendedDays === 0);
    const expected = unpaidByRule ? (attendance.rule === 'REQUIRE_ANY' ? 'PREP_NO_ATTENDANCE' : 'PREP_PRORATED') : null;
    expect(prepAttendanceOf(stmt)?.code ?? null).toBe(expected);
  });

  it('the engagement proration alone is what preparatoryAmount pays without a rule', () => {
    expect(preparatoryAmount(15000, 10, 15, null)).toEqual({ amount: 10000, note: null });
  });
});
