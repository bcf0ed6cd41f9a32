import { Decimal } from 'decimal.js';

/**
 * Money in terren is integer cents (euro × 100) inside computations and `Decimal(12,2)` /
 * `BigInt` cents in PostgreSQL; JSON carries strings like "1234.50". Never floats.
 *
 * THE ROUNDING RULE (one rule, applied only here): every pay line is rounded to the cent
 * half-up — exactly half a cent goes away from zero (0.005 → 0.01) — when it is computed.
 * Totals are sums of rounded lines and are never rounded again, so lines, totals, files and
 * statements reconcile to the cent.
 *
 * Hot-loop arithmetic uses JS integers, exact while |n| < 2^53; inputs are bounded so that
 * products stay far below (counts ≤ 10,000,000, rates ≤ 1,000 EUR in 1/10,000 EUR units).
 */
export type Cents = number;

/** Rates carry 4 decimals: 0.3 EUR = 3000 rate units (1/10,000 EUR). */
export type RateUnits = number;

export const RATE_SCALE = 10_000;
export const MAX_SAFE_PRODUCT = Number.MAX_SAFE_INTEGER / 2;

/** round(n / d) half away from zero, for integers n and positive integer d. */
export function divRoundHalfUp(n: number, d: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(d) || d <= 0)
    throw new RangeError(`divRoundHalfUp needs integers and d > 0 (got ${n}/${d})`);
  if (Math.abs(n) > MAX_SAFE_PRODUCT) throw new RangeError(`amount out of exact range: ${n}`);
  const q = Math.floor((2 * Math.abs(n) + d) / (2 * d));
  // No negative zero: it would print as "-0.00" and compare unequal with Object.is.
  return n < 0 && q !== 0 ? -q : q;
}

/** count × rate, rounded half-up to the cent: 3 × 0.80 = 2.40; 1 × 0.0050 = 0.01. */
export function lineAmount(count: number, rate: RateUnits): Cents {
  return divRoundHalfUp(count * rate, RATE_SCALE / 100);
}

/** amount × part ÷ whole, rounded half-up to the cent (proration by days). */
export function prorate(amount: Cents, part: number, whole: number): Cents {
  if (part === whole) return amount;
  return divRoundHalfUp(amount * part, whole);
}

/**
 * amount × (part₁ ÷ whole₁) × (part₂ ÷ whole₂) …, rounded half-up to the cent once (not per
 * factor): the preparatory amount prorated by engaged days and by training days attended.
 */
export function prorateBy(amount: Cents, parts: readonly number[], wholes: readonly number[]): Cents {
  if (parts.length !== wholes.length) throw new RangeError('prorateBy needs as many parts as wholes');
  if (parts.every((p, i) => p === wholes[i])) return amount;
  return divRoundHalfUp(
    parts.reduce((n, p) => n * p, amount),
    wholes.reduce((n, w) => n * w, 1),
  );
}

/** percent (in hundredths of a percent: 12.5 % = 1250) of an amount, half-up to the cent. */
export function percentOf(amount: Cents, basisPoints: number): Cents {
  return divRoundHalfUp(amount * basisPoints, 10_000);
}

const EURO = /^-?\d{1,13}(\.\d{1,2})?$/;

/** "1234.5" → 123450. Refuses more than 2 decimals instead of rounding silently. */
export function toCents(euros: string | Decimal | number): Cents {
  const d = new Decimal(euros);
  if (!d.isFinite() || d.decimalPlaces() > 2) throw new RangeError(`not an amount in cents: ${euros.toString()}`);
  const c = d.times(100).toNumber();
  if (!Number.isSafeInteger(c)) throw new RangeError(`amount out of range: ${euros.toString()}`);
  return c;
}

export function isEuroString(s: string): boolean {
  return EURO.test(s);
}

/** "0.3" / Decimal(0.3) → 3000 rate units. Refuses more than 4 decimals. */
export function toRateUnits(rate: string | Decimal | number): RateUnits {
  const d = new Decimal(rate);
  if (!d.isFinite() || d.isNegative() || d.decimalPlaces() > 4)
    throw new RangeError(`not a rate with at most 4 decimals: ${rate.toString()}`);
  return d.times(RATE_SCALE).toNumber();
}

/** "12.50" (percent) → 1250 basis points of a percent. */
export function toBasisPoints(percent: string | Decimal | number): number {
  const d = new Decimal(percent);
  if (!d.isFinite() || d.isNegative() || d.greaterThan(100) || d.decimalPlaces() > 2)
    throw new RangeError(`not a percentage 0–100 with 2 decimals: ${percent.toString()}`);
  return d.times(100).toNumber();
}

/** 123450 → "1234.50"; -5 → "-0.05". */
export function formatCents(c: Cents | bigint): string {
  const n = typeof c === 'bigint' ? c : BigInt(c);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** 3000 → "0.3000". */
export function formatRate(r: RateUnits): string {
  return new Decimal(r).dividedBy(RATE_SCALE).toFixed(4);
}
