import { describe, expect, it } from '@jest/globals';
import {
  divRoundHalfUp,
  formatCents,
  formatRate,
  lineAmount,
  percentOf,
  prorate,
  toBasisPoints,
  toCents,
  toRateUnits,
} from '../../src/common/money/money.js';

describe('money: the one rounding rule (half-up to the cent, per line)', () => {
  it.each([
    // n / d → rounded
    [5, 10, 1], // 0.5 → 1
    [4, 10, 0], // 0.4 → 0
    [15, 10, 2], // 1.5 → 2
    [25, 10, 3], // 2.5 → 3 (half-up, not banker's)
    [-5, 10, -1], // −0.5 → −1 (half away from zero)
    [-4, 10, 0],
    [0, 7, 0],
    [600_00 * 26, 31, 50_323], // 600.00 × 26/31 = 503.2258… → 503.23
  ])('divRoundHalfUp(%i, %i) = %i', (n, d, expected) => {
    expect(divRoundHalfUp(n, d)).toBe(expected);
  });

  it.each([
    // count, rate (EUR), cents
    [3, '0.80', 240], // 3 × 0.80 = 2.40
    [7, '0.30', 210], // 7 × 0.30 = 2.10
    [1, '0.005', 1], // 1 × 0.005 = 0.005 → 0.01
    [1, '0.0049', 0], // 0.0049 → 0.00
    [3, '0.3333', 100], // 0.9999 → 1.00
    [1, '0.125', 13], // 0.125 → 0.13
    [1234, '0.80', 98_720], // 1,234 × 0.80 = 987.20
    [0, '1.00', 0],
    [10_000_000, '1000', 1_000_000_000_000], // the largest inputs the rules accept stay exact
  ])('lineAmount(%i × %s) = %i cents', (count, rate, cents) => {
    expect(lineAmount(count, toRateUnits(rate))).toBe(cents);
  });

  it('prorates by days, half-up', () => {
    expect(prorate(600_00, 31, 31)).toBe(600_00); // whole month
    expect(prorate(600_00, 1, 31)).toBe(19_35); // 600 / 31 = 19.354… → 19.35
    expect(prorate(150_00, 11, 15)).toBe(110_00); // 150 × 11/15 = 110.00
    expect(prorate(1, 1, 2)).toBe(1); // 0.005 → 0.01
    expect(prorate(600_00, 0, 31)).toBe(0);
  });

  it('takes percentages in hundredths of a percent', () => {
    expect(percentOf(1103_23, toBasisPoints('10'))).toBe(110_32); // 10 % of 1103.23 = 110.323 → 110.32
    expect(percentOf(4, toBasisPoints('12.5'))).toBe(1); // 12.5 % of 0.04 = 0.005 → 0.01
    expect(percentOf(1000_00, 0)).toBe(0);
  });

  it('parses and formats without floating point', () => {
    expect(toCents('1234.5')).toBe(123_450);
    expect(toCents('0.1')).toBe(10);
    expect(() => toCents('1.005')).toThrow(/not an amount in cents/);
    expect(toRateUnits('0.3')).toBe(3000);
    expect(() => toRateUnits('0.00001')).toThrow(/at most 4 decimals/);
    expect(() => toBasisPoints('100.01')).toThrow();
    expect(formatCents(123_450)).toBe('1234.50');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(123_456_789_012_345n)).toBe('1234567890123.45');
    expect(formatRate(3000)).toBe('0.3000');
  });

  it('refuses inputs that would leave the exact integer range', () => {
    expect(() => divRoundHalfUp(Number.MAX_SAFE_INTEGER, 3)).toThrow(RangeError);
    expect(() => divRoundHalfUp(1.5, 3)).toThrow(RangeError);
  });
});
