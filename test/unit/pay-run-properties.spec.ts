import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import fc from 'fast-check';
import {
  adjustForPaid,
  computePersonPay,
  DEDUCTION_TYPES,
  type ChargebackIn,
  type CountIn,
  type PersonIn,
} from '../../src/payroll/domain/compute-pay.js';
import { day } from '../../src/payroll/domain/days.js';
import { asPaid, settleRun, type PersonPayInput } from '../../src/payroll/domain/settle-pay.js';
import { toTariffRules, type TariffRules } from '../../src/payroll/domain/tariff.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';

/**
 * Invariants of pay runs over random people, counts, charge-backs and tariffs:
 *  - totals are the sums of the rounded lines (per person and per run);
 *  - a run computed again from the same data is identical, whatever order the data comes in;
 *  - adjusting an entitlement for exactly its own lines pays nothing;
 *  - paying in two steps (a run, then an adjustment after corrected counts) pays exactly the
 *    corrected entitlement: nothing twice, nothing lost.
 */

const OCT_1 = day('2023-10-01');
const DEC_31 = day('2023-12-31');

const arbTariff: fc.Arbitrary<TariffRules> = fc
  .record({
    supervisorMonthly: fc.integer({ min: 0, max: 500_000 }),
    prepAmount: fc.integer({ min: 0, max: 100_000 }),
    rates: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 5, maxLength: 5 }),
    tax: fc.integer({ min: 0, max: 5_000 }),
  })
  .map(({ supervisorMonthly, prepAmount, rates, tax }) => {
    const cents = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    const rate = (u: number) => `${Math.floor(u / 10_000)}.${String(u % 10_000).padStart(4, '0')}`;
    const r = toTariffRules({
      version: 1,
      ...EXAMPLE_TARIFF,
      supervisorMonthly: cents(supervisorMonthly),
      prepAmount: cents(prepAmount),
      rateBuilding: rate(rates[0] as number),
      rateDwelling: rate(rates[1] as number),
      rateHousehold: rate(rates[2] as number),
      rateIndividual: rate(rates[3] as number),
      rateDiaspora: rate(rates[4] as number),
      taxPercent: cents(tax),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.rules;
  });

const arbEngagement = fc.option(
  fc
    .tuple(fc.integer({ min: OCT_1, max: DEC_31 }), fc.integer({ min: 0, max: 90 }))
    .map(([from, len]) => [from, Math.min(DEC_31, from + len)] as const),
  { freq: 8 },
);

const arbCount = (i: number): fc.Arbitrary<CountIn> =>
  fc.record({
    countId: fc.constant(`c${i}`),
    eaId: fc.constant(`ea${i}`),
    eaCode: fc.constant(`PR-${String(i).padStart(4, '0')}`),
    buildings: fc.integer({ min: 0, max: 5_000 }),
    dwellings: fc.integer({ min: 0, max: 5_000 }),
    households: fc.integer({ min: 0, max: 5_000 }),
    individuals: fc.integer({ min: 0, max: 20_000 }),
    diasporaPersons: fc.integer({ min: 0, max: 500 }),
    diasporaListComplete: fc.boolean(),
  });

/** Charge-backs are told apart by their description (item and serials): unique per person, as the hook requires. */
const arbChargebacks: fc.Arbitrary<ChargebackIn[]> = fc.uniqueArray(
  fc.record({
    amount: fc.integer({ min: 0, max: 60_000 }),
    description: fc
      .constantFrom('TB-1', 'BG-7', 'CH-3')
      .map((serial) => notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Item', serial })),
  }),
  { maxLength: 2, selector: (c) => c.description.params.serial },
);

const arbPerson = (i: number): fc.Arbitrary<PersonPayInput> =>
  fc
    .record({
      kind: fc.constantFrom('SUPERVISOR' as const, 'ENUMERATOR' as const),
      engagement: arbEngagement,
      ibanValid: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
      hasAssignment: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
      counts: fc
        .array(fc.nat({ max: 50 }), { maxLength: 3 })
        .chain((ids) => fc.tuple(...[...new Set(ids)].sort((a, b) => a - b).map((k) => arbCount(i * 100 + k)))),
      chargebacks: arbChargebacks,
    })
    .map(({ kind, engagement, ibanValid, hasAssignment, counts, chargebacks }) => {
      const person: PersonIn = {
        staffId: `s${String(i).padStart(4, '0')}`,
        kind,
        engagementStart: engagement?.[0] ?? null,
        engagementEnd: engagement?.[1] ?? null,
        ibanValid,
        hasAssignment,
      };
      return { person, counts: kind === 'ENUMERATOR' ? counts : [], chargebacks, paid: [] };
    });

const arbPeople = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbPerson(i))));

const sumLines = (lines: readonly { lineType: string; amount: number }[]) => {
  let gross = 0;
  let deductions = 0;
  for (const l of lines) {
    if (DEDUCTION_TYPES.has(l.lineType as never)) deductions += l.amount;
    else gross += l.amount;
  }
  return { gross, deductions, net: gross - deductions };
};

describe('pay run properties', () => {
  it('totals equal the sum of the lines, per person and per run (blocked people counted, not summed)', () => {
    fc.assert(
      fc.property(arbTariff, arbPeople, (tariff, people) => {
        const { outcomes, totals } = settleRun(people, tariff);
        let gross = 0;
        let deductions = 0;
        for (const o of outcomes) {
          const s = sumLines(o.pay.lines);
          expect({ gross: o.pay.gross, deductions: o.pay.deductions, net: o.pay.net }).toEqual(s);
          for (const l of o.pay.lines) expect(Number.isInteger(l.amount)).toBe(true);
          if (o.status === 'PAYABLE') {
            gross += s.gross;
            deductions += s.deductions;
          }
        }
        expect(totals).toEqual({
          payable: outcomes.filter((o) => o.status === 'PAYABLE').length,
          blocked: outcomes.filter((o) => o.status === 'BLOCKED').length,
          gross,
          deductions,
          net: gross - deductions,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a run computed again from the same data is identical, in whatever order the people come', () => {
    fc.assert(
      fc.property(
        arbTariff,
        arbPeople.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p, { minLength: p.length, maxLength: p.length }))),
        (tariff, [people, shuffled]) => {
          const a = settleRun(people, tariff);
          const b = settleRun(people, tariff);
          expect(b).toEqual(a);
          const c = settleRun(shuffled, tariff);
          const byId = (r: typeof a) => Object.fromEntries(r.outcomes.map((o) => [o.pay.staffId, o]));
          expect(byId(c)).toEqual(byId(a));
          expect(c.totals).toEqual(a.totals);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adjustForPaid(entitled, lines of entitled) pays nothing', () => {
    fc.assert(
      fc.property(arbTariff, arbPerson(1), (tariff, input) => {
        const entitled = computePersonPay(input.person, input.counts, tariff, input.chargebacks);
        const again = adjustForPaid(entitled, asPaid(entitled), tariff.taxBasisPoints);
        expect(again.lines).toEqual([]);
        expect([again.gross, again.deductions, again.net]).toEqual([0, 0, 0]);
        expect(again.blockReasons).toEqual(entitled.blockReasons);
      }),
      { numRuns: 500 },
    );
  });

  it('a run and then an adjustment after corrected counts pay exactly the corrected entitlement', () => {
    fc.assert(
      fc.property(arbTariff, arbPerson(1), arbPerson(1), (tariff, before, after) => {
        // Same person and charge-backs, counts corrected (possibly to other EAs, or none).
        const person = { ...before.person, ibanValid: true, hasAssignment: true };
        const first = computePersonPay(person, before.counts, tariff, before.chargebacks);
        const corrected = computePersonPay(person, after.counts, tariff, before.chargebacks);
        const adjustment = adjustForPaid(corrected, asPaid(first), tariff.taxBasisPoints);
        const paidAtOnce = sumLines(corrected.lines);
        const paidInSteps = sumLines([...first.lines, ...adjustment.lines]);
        expect(paidInSteps).toEqual(paidAtOnce);
      }),
      { numRuns: 500 },
    );
  });
});
