import { Decimal } from 'decimal.js';
import {
  formatCents,
  lineAmount,
  percentOf,
  prorate,
  prorateBy,
  toBasisPoints,
  toCents,
  toRateUnits,
} from '../../../common/money/money.js';
import { PREP_NO_ATTENDANCE, PREP_PRORATED, type LineType } from '../../domain/compute-pay.js';
import { UNITS, type Unit } from '../../domain/tariff.js';
import { notice, type Notice, type NoticeParam } from '../../../common/text/notice.js';

/**
 * A person's pay statement: the lines of one run grouped the way a person checks them
 * (time-based pay; per EA the unit lines; deductions), each with its arithmetic as a code with
 * its figures (worded at the edge: "1,234 × 0.80 = 987.20") so anyone can redo it with a calculator. The groups add up to the
 * stored gross and deductions exactly, or the statement is refused.
 */
export interface StatementLineIn {
  readonly id: string;
  readonly lineType: LineType;
  readonly eaId: string | null;
  readonly eaCode: string | null;
  readonly eaName: string | null;
  readonly unit: Unit | null;
  readonly quantity: number;
  readonly basis: number | null;
  /** as stored, 4 decimals: "0.8000", "600.0000", "10.0000" (percent for tax) */
  readonly rate: string;
  readonly amountCents: bigint;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly tariffVersion: number;
  /** the stored note (compute-pay.ts `PayLineOut.description`) */
  readonly description: Notice | null;
  /** DIASPORA lines: the counted row's diaspora list flag; null when not known */
  readonly diasporaListComplete: boolean | null;
}

export interface StatementLine {
  readonly id: string;
  readonly lineType: LineType;
  readonly unit: Unit | null;
  readonly eaCode: string | null;
  readonly quantity: number;
  readonly basis: number | null;
  readonly rate: string;
  readonly amount: string;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly tariffVersion: number;
  readonly description: Notice | null;
  /** the arithmetic as a code with its figures (see {@link lineArithmetic}) */
  readonly arithmetic: Notice;
  /** why the line pays nothing although counted (a code; the documents word it) */
  readonly notPaid: 'DIASPORA_LIST_INCOMPLETE' | null;
  /** preparatory lines under the census's attendance rule: why the amount is less (a code; the documents word it) */
  readonly attendance: PrepAttendanceNote | null;
}

export interface PrepAttendanceNote {
  readonly code: 'PREP_NO_ATTENDANCE' | 'PREP_PRORATED';
  readonly attended: number;
  readonly days: number;
}

/** What a preparatory line's note says about training attendance (compute-pay.ts writes it). */
export function prepAttendanceOf(l: Pick<StatementLineIn, 'lineType' | 'description'>): PrepAttendanceNote | null {
  if (l.lineType !== 'PREPARATORY' || !l.description) return null;
  const { code, params } = l.description;
  if (code === PREP_NO_ATTENDANCE) return { code: 'PREP_NO_ATTENDANCE', attended: 0, days: 0 };
  if (code === PREP_PRORATED && typeof params.attended === 'number' && typeof params.trainingDays === 'number')
    return { code: 'PREP_PRORATED', attended: params.attended, days: params.trainingDays };
  return null;
}

export interface StatementGroups {
  readonly timeBased: { readonly lines: readonly StatementLine[]; readonly total: string };
  readonly eas: readonly {
    readonly eaId: string | null;
    readonly eaCode: string | null;
    readonly eaName: string | null;
    readonly lines: readonly StatementLine[];
    readonly total: string;
  }[];
  readonly deductions: { readonly lines: readonly StatementLine[]; readonly total: string };
  readonly totals: { readonly gross: string; readonly deductions: string; readonly net: string };
}

/** "0.8000" → "0.80", "0.0050" → "0.005": at least 2 decimals, no trailing zeros beyond. */
export function formatRate(rate: string): string {
  const d = new Decimal(rate);
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/** A national id as a municipality user sees it: all but the last four characters hidden. */
export function maskNationalId(id: string): string {
  return id.length <= 4 ? '*'.repeat(id.length) : '*'.repeat(id.length - 4) + id.slice(-4);
}

const money = (c: bigint): string => formatCents(c);
const isZero = (rate: string): boolean => new Decimal(rate).isZero();

/**
 * A line's arithmetic as a code with its figures (`arith.<code>` and `arith.result.<result>` in
 * messages/, worded by the edge in the reader's language): counts as numbers, rates, amounts and
 * percentages as exact decimal strings (`"0.80"`, `"987.20"`), never floats. Param `result` says
 * how it ends: EQUALS (at the amount), PAID_BEFORE (due less paid before) or ADJUSTMENT (due plus).
 */
export type ArithmeticCode =
  | 'NO_LONGER_DUE'
  | 'PIECE'
  | 'PIECE_DIASPORA_NOT_PAID'
  | 'HELD'
  | 'TIME'
  | 'TIME_NO_ATTENDANCE'
  | 'TIME_ATTENDANCE'
  | 'TAX'
  | 'CHARGEBACK'
  | 'CHARGEBACK_MANY'
  | 'AMOUNT_ONLY';

/** What the line's own numbers entitle to, and how: null when they do not say. */
function entitlement(l: StatementLineIn, gross: bigint): { code: ArithmeticCode; params: Record<string, NoticeParam>; due: bigint } | null {
  // Lines an adjustment run takes back ("no longer due") carry no quantity and no rate.
  if (l.quantity === 0 && isZero(l.rate)) return { code: 'NO_LONGER_DUE', params: {}, due: 0n };
  switch (l.lineType) {
    case 'PIECE': {
      const params = { quantity: l.quantity, rate: formatRate(l.rate) };
      if (l.unit === 'DIASPORA' && l.diasporaListComplete === false) return { code: 'PIECE_DIASPORA_NOT_PAID', params, due: 0n };
      return { code: 'PIECE', params, due: BigInt(lineAmount(l.quantity, toRateUnits(l.rate))) };
    }
    case 'HELD':
      return { code: 'HELD', params: { quantity: l.quantity, rate: formatRate(l.rate) }, due: 0n };
    case 'SUPERVISOR_MONTH':
    case 'PREPARATORY': {
      if (l.basis === null || l.basis <= 0) return null;
      const amount = toCents(new Decimal(l.rate).toFixed(2));
      const params = { periodAmount: money(BigInt(amount)), days: l.quantity, basis: l.basis };
      const a = prepAttendanceOf(l);
      if (a?.code === 'PREP_NO_ATTENDANCE') return { code: 'TIME_NO_ATTENDANCE', params, due: 0n };
      if (a && a.days > 0)
        return {
          code: 'TIME_ATTENDANCE',
          params: { ...params, attended: a.attended, trainingDays: a.days },
          due: BigInt(prorateBy(amount, [l.quantity, a.attended], [l.basis, a.days])),
        };
      return { code: 'TIME', params, due: BigInt(prorate(amount, l.quantity, l.basis)) };
    }
    case 'TAX': {
      // The tax base is the gross entitlement, named in the line's note; in a regular run it is
      // also the statement's gross.
      const named = l.description?.code === 'TAX' ? l.description.params.baseAmount : undefined;
      const base = typeof named === 'string' ? BigInt(toCents(named)) : gross;
      const bp = toBasisPoints(new Decimal(l.rate).toFixed(2));
      return {
        code: 'TAX',
        params: { baseAmount: money(base), percent: new Decimal(l.rate).toFixed(2) },
        due: BigInt(percentOf(Number(base), bp)),
      };
    }
    case 'CHARGEBACK': {
      const each = BigInt(toCents(new Decimal(l.rate).toFixed(2)));
      return l.quantity === 1
        ? { code: 'CHARGEBACK', params: { eachAmount: money(each) }, due: each }
        : { code: 'CHARGEBACK_MANY', params: { quantity: l.quantity, eachAmount: money(each) }, due: each * BigInt(l.quantity) };
    }
    default: {
      const never: never = l.lineType;
      throw new RangeError(`unknown line type ${String(never)}`);
    }
  }
}

/**
 * "count × rate = amount", as a code with its figures. Where a line pays a difference
 * (adjustment runs), the earlier payment is part of it: worded in English
 * "1,234 × 0.80 = 987.20 - 900.00 paid before = 87.20". The result is always the line's amount
 * (`params.amount`), so the worded arithmetic ends with "= <the line's amount>".
 */
export function lineArithmetic(l: StatementLineIn, gross: bigint): Notice {
  const amount = l.amountCents;
  let e: ReturnType<typeof entitlement>;
  try {
    e = entitlement(l, gross);
  } catch {
    e = null; // a rate the rules cannot read back: show the amount only
  }
  if (!e) return notice('AMOUNT_ONLY', { lineType: l.lineType, result: 'EQUALS', amount: money(amount) });
  if (e.due === amount) return notice(e.code, { ...e.params, result: 'EQUALS', amount: money(amount) });
  const before = e.due - amount;
  return before > 0n
    ? notice(e.code, { ...e.params, result: 'PAID_BEFORE', dueAmount: money(e.due), beforeAmount: money(before), amount: money(amount) })
    : notice(e.code, { ...e.params, result: 'ADJUSTMENT', dueAmount: money(e.due), adjustAmount: money(-before), amount: money(amount) });
}

const isDeduction = (t: LineType): boolean => t === 'TAX' || t === 'CHARGEBACK';
const unitOrder = (u: Unit | null): number => (u === null ? UNITS.length : UNITS.indexOf(u));
const byId = (a: { id: string }, b: { id: string }): number => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

export class StatementMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatementMismatchError';
  }
}

/**
 * Group and explain a person's lines. `stored` are the person's totals in the run; the lines
 * must add up to them exactly (they are sums of the same rounded lines), else this throws.
 */
export function buildStatement(
  lines: readonly StatementLineIn[],
  stored: { readonly gross: bigint; readonly deductions: bigint; readonly net: bigint },
): StatementGroups {
  let gross = 0n;
  let deductions = 0n;
  for (const l of lines) {
    if (isDeduction(l.lineType)) deductions += l.amountCents;
    else gross += l.amountCents;
  }
  if (gross !== stored.gross || deductions !== stored.deductions || gross - deductions !== stored.net) {
    throw new StatementMismatchError(
      `lines add up to ${money(gross)} / ${money(deductions)}, the run stores ${money(stored.gross)} / ${money(stored.deductions)} / ${money(stored.net)}`,
    );
  }
  const view = (l: StatementLineIn): StatementLine => ({
    id: l.id,
    lineType: l.lineType,
    unit: l.unit,
    eaCode: l.eaCode,
    quantity: l.quantity,
    basis: l.basis,
    rate: new Decimal(l.rate).toFixed(4),
    amount: money(l.amountCents),
    periodFrom: l.periodFrom,
    periodTo: l.periodTo,
    tariffVersion: l.tariffVersion,
    description: l.description,
    arithmetic: lineArithmetic(l, gross),
    notPaid: l.lineType === 'PIECE' && l.unit === 'DIASPORA' && l.diasporaListComplete === false ? 'DIASPORA_LIST_INCOMPLETE' : null,
    attendance: prepAttendanceOf(l),
  });
  const sum = (ls: readonly StatementLineIn[]): string => money(ls.reduce((s, l) => s + l.amountCents, 0n));

  const time: StatementLineIn[] = [];
  const deduct: StatementLineIn[] = [];
  const eas = new Map<string, StatementLineIn[]>();
  for (const l of lines) {
    switch (l.lineType) {
      case 'SUPERVISOR_MONTH':
      case 'PREPARATORY':
        time.push(l);
        break;
      case 'PIECE':
      case 'HELD': {
        const key = l.eaId ?? '';
        const g = eas.get(key);
        if (g) g.push(l);
        else eas.set(key, [l]);
        break;
      }
      case 'TAX':
      case 'CHARGEBACK':
        deduct.push(l);
        break;
      default: {
        const never: never = l.lineType;
        throw new RangeError(`unknown line type ${String(never)}`);
      }
    }
  }
  time.sort((a, b) => (a.periodFrom ?? '').localeCompare(b.periodFrom ?? '') || byId(a, b));
  deduct.sort(byId);
  const eaGroups = [...eas.values()]
    .map((ls) => [...ls].sort((a, b) => unitOrder(a.unit) - unitOrder(b.unit) || byId(a, b)))
    .sort((a, b) => {
      const ca = a[0]?.eaCode ?? null;
      const cb = b[0]?.eaCode ?? null;
      if (ca === cb) return 0;
      if (ca === null) return 1;
      if (cb === null) return -1;
      return ca < cb ? -1 : 1;
    });

  return {
    timeBased: { lines: time.map(view), total: sum(time) },
    eas: eaGroups.map((ls) => {
      const first = ls[0] as StatementLineIn;
      return { eaId: first.eaId, eaCode: first.eaCode, eaName: first.eaName, lines: ls.map(view), total: sum(ls) };
    }),
    deductions: { lines: deduct.map(view), total: sum(deduct) },
    totals: { gross: money(gross), deductions: money(deductions), net: money(gross - deductions) },
  };
}
