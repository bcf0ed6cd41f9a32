import {
  adjustForPaid,
  computePersonPay,
  type ChargebackIn,
  type CountIn,
  type PaidLine,
  type PersonIn,
  type PersonPay,
} from './compute-pay.js';
import type { TariffRules } from './tariff.js';

/**
 * One person's place in a pay run: the full entitlement under the run's tariff, minus what
 * approved runs already paid (so the first run pays everything and later runs only the
 * differences), and whether the person is listed at all.
 */
export interface PersonPayInput {
  readonly person: PersonIn;
  readonly counts: readonly CountIn[];
  readonly chargebacks: readonly ChargebackIn[];
  /** lines of this person in approved runs overlapping the run (PAYABLE people only) */
  readonly paid: readonly PaidLine[];
}

export type PersonStatus = 'PAYABLE' | 'BLOCKED';

export interface PersonOutcome {
  readonly status: PersonStatus;
  readonly pay: PersonPay;
}

/**
 * null when the person has nothing left to pay and nothing blocks them: they are omitted from
 * the run. A blocked person is always listed with the reason, and is not paid.
 */
export function settlePerson(input: PersonPayInput, tariff: TariffRules): PersonOutcome | null {
  const entitled = computePersonPay(input.person, input.counts, tariff, input.chargebacks);
  const pay = adjustForPaid(entitled, input.paid, tariff.taxBasisPoints);
  if (pay.blockReasons.length > 0) return { status: 'BLOCKED', pay };
  if (pay.lines.length === 0) return null;
  return { status: 'PAYABLE', pay };
}

/**
 * Run totals: sums of the rounded lines of payable people, never rounded again. Blocked
 * people are counted, not summed. Integer cents stay exact far beyond any census (2^53).
 */
export interface RunTotals {
  payable: number;
  blocked: number;
  gross: number;
  deductions: number;
  net: number;
}

export const emptyTotals = (): RunTotals => ({ payable: 0, blocked: 0, gross: 0, deductions: 0, net: 0 });

export function addOutcome(t: RunTotals, o: PersonOutcome): void {
  if (o.status === 'BLOCKED') {
    t.blocked += 1;
    return;
  }
  t.payable += 1;
  t.gross += o.pay.gross;
  t.deductions += o.pay.deductions;
  t.net += o.pay.net;
}

export function mergeTotals(a: RunTotals, b: RunTotals): RunTotals {
  return {
    payable: a.payable + b.payable,
    blocked: a.blocked + b.blocked,
    gross: a.gross + b.gross,
    deductions: a.deductions + b.deductions,
    net: a.net + b.net,
  };
}

/** Whole runs over plain arrays: what the streaming engine does chunk by chunk (used by tests). */
export function settleRun(
  inputs: readonly PersonPayInput[],
  tariff: TariffRules,
): { outcomes: PersonOutcome[]; totals: RunTotals; kind: 'REGULAR' | 'ADJUSTMENT' } {
  const totals = emptyTotals();
  const outcomes: PersonOutcome[] = [];
  let anyPaid = false;
  for (const input of inputs) {
    if (input.paid.length > 0) anyPaid = true;
    const o = settlePerson(input, tariff);
    if (o === null) continue;
    outcomes.push(o);
    addOutcome(totals, o);
  }
  return { outcomes, totals, kind: anyPaid ? 'ADJUSTMENT' : 'REGULAR' };
}

/** A computed line as an approved run stores it, for the next run's baseline. */
export function asPaid(pay: PersonPay): PaidLine[] {
  return pay.lines.map((l) => ({
    lineType: l.lineType,
    eaId: l.eaId,
    unit: l.unit,
    periodFrom: l.periodFrom,
    description: l.description,
    amount: l.amount,
  }));
}
