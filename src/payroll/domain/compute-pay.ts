import { covers, NO_CONTRACT, paidPeriod } from './contract-gate.js';
import {
  formatCents,
  lineAmount,
  percentOf,
  prorate,
  prorateBy,
  RATE_SCALE,
  type Cents,
  type RateUnits,
} from '../../common/money/money.js';
import { notice, type Notice } from '../../common/text/notice.js';
import { daysIn, overlapDays, type Day, type Window } from './days.js';
import type { TariffRules, Unit } from './tariff.js';

/**
 * Field pay, exactly to the cent (rules: issue "Payroll", BRIEF.md letter point 4).
 *  - Supervisor: the monthly amount for each pay month, prorated by engaged days:
 *    monthly × engaged days in that month ÷ days in that month, half-up per month.
 *  - Enumerator: the preparatory amount prorated the same way over the preparatory window,
 *    and by the census's training-attendance rule (`preparatoryAttendance`: none, at least a
 *    day, or days present ÷ training days; one rounding for all factors),
 *    plus one line per unit type and EA row of counts: count × rate, half-up per line.
 *    Diaspora persons are paid only where the EA's diaspora list is complete.
 *  - Deductions: equipment charge-backs (from logistics) and income tax = gross × percent,
 *    half-up. Net = gross − deductions; a negative net blocks the person with a reason.
 * Pure: plain data in, plain data out; the caller loads and persists.
 */
/** HELD: a count row an open quality flag holds back; amount 0, the flags in the description. */
export type LineType = 'SUPERVISOR_MONTH' | 'PREPARATORY' | 'PIECE' | 'HELD' | 'TAX' | 'CHARGEBACK';
export const DEDUCTION_TYPES: ReadonlySet<LineType> = new Set(['TAX', 'CHARGEBACK']);

export interface PayLineOut {
  readonly lineType: LineType;
  readonly eaId: string | null;
  readonly unit: Unit | null;
  readonly countId: string | null;
  readonly periodFrom: Day | null;
  readonly periodTo: Day | null;
  /** units counted, or engaged days for time-based lines */
  readonly quantity: number;
  /** days in the window for time-based lines */
  readonly basis: number | null;
  /** in 1/10,000 of the natural unit: EUR per unit, EUR per period, or percent for TAX */
  readonly rate: RateUnits;
  /** signed only in adjustment runs */
  readonly amount: Cents;
  /**
   * What the kind, EA, unit and period do not say, as a code with its parameters (`payNote.<code>`
   * in messages/): a diaspora row not paid, a row held by quality flags, the attendance rule's cut
   * of the preparatory amount, the tax percent and base, the charged item. Null when the line's
   * label says everything.
   */
  readonly description: Notice | null;
}

export interface PersonIn {
  readonly staffId: string;
  readonly kind: 'SUPERVISOR' | 'ENUMERATOR';
  readonly engagementStart: Day | null;
  readonly engagementEnd: Day | null;
  /** the shell checked the confirmed IBAN in force against ISO 13616 */
  readonly ibanValid: boolean;
  /** a requested IBAN waits for a second finance user (it is never paid before) */
  readonly ibanAwaitingConfirmation?: boolean;
  /** enumerators: has at least one EA assignment */
  readonly hasAssignment: boolean;
  /**
   * the days the person's signed contracts cover, when the run's census gates pay on
   * contracts (contract-gate.ts); absent or null: no gate
   */
  readonly contracts?: readonly Window[] | null;
  /** enumerators: the census's attendance rule and this person's training days; null = paid regardless */
  readonly prepAttendance?: PrepAttendance | null;
}

/**
 * The preparatory-pay attendance rule of a census (setting `preparatoryAttendance`):
 * NONE pays regardless; REQUIRE_ANY pays nothing without a day present at the enumerator
 * training; PRORATE pays the days present over the training's days.
 */
export const PREP_ATTENDANCE_RULES = ['NONE', 'REQUIRE_ANY', 'PRORATE'] as const;
export type PrepAttendanceRule = (typeof PREP_ATTENDANCE_RULES)[number];

export interface PrepAttendance {
  readonly rule: Exclude<PrepAttendanceRule, 'NONE'>;
  /** days present at the enumerator training */
  readonly attendedDays: number;
  /** days of that training (> 0) */
  readonly trainingDays: number;
}

/** Codes of a preparatory line's note under the attendance rule (the statement reads them back). */
export const PREP_NO_ATTENDANCE = 'PREP_NO_ATTENDANCE';
export const PREP_PRORATED = 'PREP_PRORATED';

/** The preparatory amount after the attendance rule, rounded once, and what the line says about it. */
export function preparatoryAmount(
  prepAmount: Cents,
  engagedDays: number,
  basis: number,
  a: PrepAttendance | null | undefined,
): { amount: Cents; note: Notice | null } {
  const due = prorate(prepAmount, engagedDays, basis);
  if (!a) return { amount: due, note: null };
  const attended = Math.max(0, Math.min(a.attendedDays, a.trainingDays));
  if (a.rule === 'REQUIRE_ANY') {
    return attended > 0
      ? { amount: due, note: null }
      : { amount: 0, note: notice(PREP_NO_ATTENDANCE, { notPaidAmount: formatCents(due) }) };
  }
  // 150.00 × 15/15 days × 3/5 training days = 90.00 (one rounding)
  const amount = prorateBy(prepAmount, [engagedDays, attended], [basis, a.trainingDays]);
  return {
    amount,
    note: notice(PREP_PRORATED, { attended, trainingDays: a.trainingDays, notPaidAmount: formatCents(due - amount) }),
  };
}

export interface CountIn {
  readonly countId: string;
  readonly eaId: string;
  readonly eaCode: string;
  readonly buildings: number;
  readonly dwellings: number;
  readonly households: number;
  readonly individuals: number;
  readonly diasporaPersons: number;
  readonly diasporaListComplete: boolean;
  /** the rules of the open quality flags of this version, comma-separated; the row is then held, not paid */
  readonly held?: string | null;
}

/** An equipment charge-back handed to payroll (the logistics hook): a deduction line. */
export interface ChargebackIn {
  readonly amount: Cents;
  /** what and which serial, as a code with parameters (equipment's `chargeNotice`), shown on the statement */
  readonly description: Notice;
}

export interface PersonPay {
  readonly staffId: string;
  readonly lines: readonly PayLineOut[];
  readonly gross: Cents;
  readonly deductions: Cents;
  readonly net: Cents;
  /** empty when payable; otherwise why this person cannot be paid, as codes (`block.<CODE>` in messages/) */
  readonly blockReasons: readonly Notice[];
}

/** Block reason of a person without a confirmed IBAN whose requested one awaits its second pair of eyes. */
export const AWAITING_CONFIRMATION = 'BANK_AWAITING_CONFIRMATION';

const rateOfCents = (c: Cents): RateUnits => c * (RATE_SCALE / 100);

export function totals(lines: readonly PayLineOut[]): { gross: Cents; deductions: Cents; net: Cents } {
  let gross = 0;
  let deductions = 0;
  for (const l of lines) {
    if (DEDUCTION_TYPES.has(l.lineType)) deductions += l.amount;
    else gross += l.amount;
  }
  return { gross, deductions, net: gross - deductions };
}

function pieceLines(c: CountIn, rates: TariffRules['rates'], out: PayLineOut[]): void {
  const held = c.held ?? null;
  const add = (unit: Unit, quantity: number, paid: boolean) => {
    if (quantity === 0) return;
    const rate = rates[unit];
    // A row held by a quality flag is listed at 0.00 with the flags' rules as its reason.
    const [lineType, amount, description] =
      held !== null
        ? (['HELD', 0, notice('HELD', { rules: held })] as const)
        : paid
          ? (['PIECE', lineAmount(quantity, rate), null] as const)
          : (['PIECE', 0, notice('DIASPORA_LIST_INCOMPLETE')] as const);
    out.push({
      lineType,
      eaId: c.eaId,
      unit,
      countId: c.countId,
      periodFrom: null,
      periodTo: null,
      quantity,
      basis: null,
      rate,
      amount,
      description,
    });
  };
  add('BUILDING', c.buildings, true);
  add('DWELLING', c.dwellings, true);
  add('HOUSEHOLD', c.households, true);
  add('INDIVIDUAL', c.individuals, true);
  add('DIASPORA', c.diasporaPersons, c.diasporaListComplete);
}

/** Income tax = gross × percent, half-up; none on a gross of zero or less. */
function taxLine(gross: Cents, taxBasisPoints: number): PayLineOut | null {
  if (taxBasisPoints <= 0 || gross <= 0) return null;
  return {
    lineType: 'TAX',
    eaId: null,
    unit: null,
    countId: null,
    periodFrom: null,
    periodTo: null,
    quantity: 1,
    basis: null,
    rate: taxBasisPoints * 100,
    amount: percentOf(gross, taxBasisPoints),
    description: notice('TAX', { percent: (taxBasisPoints / 100).toFixed(2), baseAmount: formatCents(gross) }),
  };
}

/** The full entitlement of one person under one tariff. */
export function computePersonPay(
  person: PersonIn,
  counts: readonly CountIn[],
  tariff: TariffRules,
  chargebacks: readonly ChargebackIn[] = [],
): PersonPay {
  const reasons: Notice[] = [];
  const lines: PayLineOut[] = [];
  if (!person.ibanValid) reasons.push(notice(person.ibanAwaitingConfirmation ? AWAITING_CONFIRMATION : 'NO_VALID_IBAN'));
  if (person.engagementStart !== null && person.engagementEnd !== null && person.contracts != null) {
    const period = paidPeriod(tariff, person.engagementStart, person.engagementEnd);
    if (period !== null && !covers(person.contracts, period)) reasons.push(notice(NO_CONTRACT));
  }
  if (person.engagementStart === null || person.engagementEnd === null) {
    reasons.push(notice('ENGAGEMENT_DATES_MISSING'));
  } else if (person.kind === 'SUPERVISOR') {
    for (const m of tariff.payMonths) {
      const days = overlapDays(m, person.engagementStart, person.engagementEnd);
      if (days === 0) continue;
      const basis = daysIn(m);
      lines.push({
        lineType: 'SUPERVISOR_MONTH',
        eaId: null,
        unit: null,
        countId: null,
        periodFrom: m.from,
        periodTo: m.to,
        quantity: days,
        basis,
        rate: rateOfCents(tariff.supervisorMonthly),
        amount: prorate(tariff.supervisorMonthly, days, basis),
        description: null,
      });
    }
    if (lines.length === 0) reasons.push(notice('NO_PAY_MONTH'));
  } else {
    if (!person.hasAssignment) reasons.push(notice('NO_EA_ASSIGNMENT'));
    const days = overlapDays(tariff.prep, person.engagementStart, person.engagementEnd);
    if (days > 0) {
      const basis = daysIn(tariff.prep);
      const prep = preparatoryAmount(tariff.prepAmount, days, basis, person.prepAttendance);
      lines.push({
        lineType: 'PREPARATORY',
        eaId: null,
        unit: null,
        countId: null,
        periodFrom: tariff.prep.from,
        periodTo: tariff.prep.to,
        quantity: days,
        basis,
        rate: rateOfCents(tariff.prepAmount),
        amount: prep.amount,
        description: prep.note,
      });
    }
    for (const c of counts) pieceLines(c, tariff.rates, lines);
  }
  for (const cb of chargebacks) {
    lines.push({
      lineType: 'CHARGEBACK',
      eaId: null,
      unit: null,
      countId: null,
      periodFrom: null,
      periodTo: null,
      quantity: 1,
      basis: null,
      rate: rateOfCents(cb.amount),
      amount: cb.amount,
      description: cb.description,
    });
  }
  const tax = taxLine(totals(lines).gross, tariff.taxBasisPoints);
  if (tax) lines.push(tax);
  const t = totals(lines);
  if (t.net < 0) reasons.push(notice('DEDUCTIONS_EXCEED_GROSS', { amount: formatCents(-t.net) }));
  return { staffId: person.staffId, lines, ...t, blockReasons: reasons };
}

/** A line already paid in an approved run (PAYABLE people only). */
export interface PaidLine {
  readonly lineType: LineType;
  readonly eaId: string | null;
  readonly unit: Unit | null;
  readonly periodFrom: Day | null;
  readonly description: Notice | null;
  readonly amount: Cents;
}

/**
 * A held row keeps what an approved run paid for it, so that pay stays in the gross: the tax
 * due is recomputed on (gross of the lines due + pay kept on held rows), not on the lower
 * gross of the entitlement alone (which would give back tax on pay nobody takes back).
 */
function withKeptPay(
  lines: readonly PayLineOut[],
  paidByKey: ReadonlyMap<string, { amount: Cents }>,
  taxBasisPoints: number,
): readonly PayLineOut[] {
  const keys = new Set(lines.filter((l) => l.lineType === 'HELD').map((l) => lineKey({ ...l, lineType: 'PIECE' })));
  let kept = 0;
  for (const k of keys) kept += paidByKey.get(k)?.amount ?? 0;
  if (kept === 0) return lines;
  const rest = lines.filter((l) => l.lineType !== 'TAX');
  const tax = taxLine(totals(rest).gross + kept, taxBasisPoints);
  return tax ? [...rest, tax] : rest;
}

/** Lines are the same entitlement when they pay the same thing for the same EA/unit/period. */
export function lineKey(l: Pick<PaidLine, 'lineType' | 'eaId' | 'unit' | 'periodFrom' | 'description'>): string {
  // Charge-backs are told apart by their description (item and serial).
  return `${l.lineType}|${l.eaId ?? ''}|${l.unit ?? ''}|${l.periodFrom ?? ''}|${l.lineType === 'CHARGEBACK' ? noticeKey(l.description) : ''}`;
}

/** A notice as a text that is the same for the same code and parameters, whatever their order. */
function noticeKey(n: Notice | null): string {
  if (n === null) return '';
  return JSON.stringify([
    n.code,
    ...Object.keys(n.params)
      .sort()
      .map((k) => [k, n.params[k]]),
  ]);
}

/**
 * What is still owed: the entitlement minus what approved runs paid, line by line. Used for
 * every run, so a first run pays everything, a later one only differences, and nothing is
 * paid twice. A negative net (paid more than due) blocks the person with the amount.
 */
export function adjustForPaid(entitled: PersonPay, paid: readonly PaidLine[], taxBasisPoints: number): PersonPay {
  if (paid.length === 0) return entitled;
  const paidByKey = new Map<string, { amount: Cents; line: PaidLine }>();
  for (const p of paid) {
    const k = lineKey(p);
    const prev = paidByKey.get(k);
    paidByKey.set(k, { amount: (prev?.amount ?? 0) + p.amount, line: p });
  }
  const lines: PayLineOut[] = [];
  for (const l of withKeptPay(entitled.lines, paidByKey, taxBasisPoints)) {
    if (l.lineType === 'HELD') {
      // Held: what was paid for this EA and unit stays paid, nothing more is paid, nothing taken back.
      paidByKey.delete(lineKey({ ...l, lineType: 'PIECE' }));
      lines.push(l);
      continue;
    }
    const k = lineKey(l);
    const before = paidByKey.get(k)?.amount ?? 0;
    paidByKey.delete(k);
    const diff = l.amount - before;
    if (diff !== 0) {
      // What was due and paid before is in the statement's arithmetic (due − paid before).
      lines.push({ ...l, amount: diff });
    }
  }
  // Paid before but no longer due (e.g. a count corrected to zero): pay it back.
  for (const { amount, line } of paidByKey.values()) {
    if (amount === 0) continue;
    lines.push({
      lineType: line.lineType,
      eaId: line.eaId,
      unit: line.unit,
      countId: null,
      periodFrom: line.periodFrom,
      periodTo: null,
      quantity: 0,
      basis: null,
      rate: 0,
      amount: -amount,
      description: line.description,
    });
  }
  const t = totals(lines);
  const reasons = [...entitled.blockReasons];
  if (t.net < 0) reasons.push(notice('OVERPAID', { amount: formatCents(-t.net) }));
  return { staffId: entitled.staffId, lines, ...t, blockReasons: reasons };
}
