import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import { adjustForPaid, computePersonPay, totals, type CountIn, type PersonIn } from '../../src/payroll/domain/compute-pay.js';
import { day } from '../../src/payroll/domain/days.js';
import { toTariffRules, type TariffRules } from '../../src/payroll/domain/tariff.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';

function rules(overrides: Partial<typeof EXAMPLE_TARIFF> = {}): TariffRules {
  const r = toTariffRules({ version: 1, ...EXAMPLE_TARIFF, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.rules;
}

const T = rules();

const supervisor = (start: string | null, end: string | null, extra: Partial<PersonIn> = {}): PersonIn => ({
  staffId: 'sup',
  kind: 'SUPERVISOR',
  engagementStart: start ? day(start) : null,
  engagementEnd: end ? day(end) : null,
  ibanValid: true,
  hasAssignment: false,
  ...extra,
});

const enumerator = (start: string | null, end: string | null, extra: Partial<PersonIn> = {}): PersonIn => ({
  staffId: 'enu',
  kind: 'ENUMERATOR',
  engagementStart: start ? day(start) : null,
  engagementEnd: end ? day(end) : null,
  ibanValid: true,
  hasAssignment: true,
  ...extra,
});

const count = (c: Partial<CountIn> = {}): CountIn => ({
  countId: 'c1',
  eaId: 'ea1',
  eaCode: 'PR-0001',
  buildings: 0,
  dwellings: 0,
  households: 0,
  individuals: 0,
  diasporaPersons: 0,
  diasporaListComplete: false,
  ...c,
});

const cents = (lines: readonly { amount: number }[]) => lines.map((l) => l.amount);

describe('supervisor fixed monthly pay, prorated per pay month (15 Oct–14 Nov: 31 days, 15 Nov–15 Dec: 31 days)', () => {
  it.each([
    // engagement, expected cents per month
    ['2023-10-15', '2023-12-15', [600_00, 600_00]], // both months whole: 600.00 + 600.00
    ['2023-10-20', '2023-12-15', [503_23, 600_00]], // 600.00 × 26/31 = 503.2258 → 503.23
    ['2023-10-15', '2023-11-14', [600_00]], // first month exactly: 600.00; second month not engaged
    ['2023-11-14', '2023-11-14', [19_35]], // one day, last day of month 1: 600/31 = 19.354 → 19.35
    ['2023-11-15', '2023-11-15', [19_35]], // one day, first day of month 2
    ['2023-11-14', '2023-11-15', [19_35, 19_35]], // a day on each side of the edge
    ['2023-10-01', '2023-12-31', [600_00, 600_00]], // engaged beyond the pay months: capped
    ['2023-12-15', '2023-12-15', [19_35]], // last day of month 2
  ])('engaged %s – %s pays %j', (start, end, expected) => {
    const pay = computePersonPay(supervisor(start, end), [], T);
    expect(pay.blockReasons).toEqual([]);
    expect(cents(pay.lines)).toEqual(expected);
    expect(pay.gross).toBe(expected.reduce((a, b) => a + b, 0));
    expect(pay.net).toBe(pay.gross);
  });

  it('keeps the arithmetic on each line (days of days); the kind and period say the rest', () => {
    const [first] = computePersonPay(supervisor('2023-10-20', '2023-12-15'), [], T).lines;
    expect(first).toMatchObject({ lineType: 'SUPERVISOR_MONTH', quantity: 26, basis: 31, rate: 600_00 * 100 });
    expect(first).toMatchObject({ periodFrom: day('2023-10-15'), periodTo: day('2023-11-14'), description: null });
  });

  it('blocks an engagement outside every pay month', () => {
    const pay = computePersonPay(supervisor('2024-01-01', '2024-01-31'), [], T);
    expect(pay.blockReasons).toEqual([{ code: 'NO_PAY_MONTH', params: {} }]);
    expect(pay.lines).toEqual([]);
  });
});

describe('enumerator preparatory amount (16–30 Oct: 15 days, 150.00)', () => {
  it.each([
    ['2023-10-15', '2023-12-15', 150_00], // whole window
    ['2023-10-16', '2023-10-16', 10_00], // first day only: 150 × 1/15 = 10.00
    ['2023-10-30', '2023-12-15', 10_00], // last day only
    ['2023-10-20', '2023-12-15', 110_00], // 150 × 11/15 = 110.00
    ['2023-10-17', '2023-12-15', 140_00], // 150 × 14/15 = 140.00
    ['2023-10-22', '2023-12-15', 90_00], // 150 × 9/15 = 90.00
  ])('engaged %s – %s earns %i cents', (start, end, expected) => {
    const pay = computePersonPay(enumerator(start, end), [], T);
    expect(pay.lines).toHaveLength(1);
    expect(pay.lines[0]).toMatchObject({ lineType: 'PREPARATORY', amount: expected, basis: 15 });
  });

  it('has no preparatory line when engaged only from 31 Oct', () => {
    expect(computePersonPay(enumerator('2023-10-31', '2023-12-15'), [], T).lines).toEqual([]);
  });

  it('prorates with half-up rounding where days do not divide the amount', () => {
    const odd = rules({ prepAmount: '100.00' });
    // 100.00 × 1/15 = 6.666… → 6.67
    expect(computePersonPay(enumerator('2023-10-30', '2023-12-15'), [], odd).lines[0]?.amount).toBe(6_67);
  });
});

describe('enumerator interview period: one line per unit type and EA, count × rate half-up', () => {
  it('pays every unit of an EA at its rate', () => {
    const pay = computePersonPay(
      enumerator('2023-10-31', '2023-12-15'),
      [count({ buildings: 41, dwellings: 57, households: 52, individuals: 1234, diasporaPersons: 9, diasporaListComplete: true })],
      T,
    );
    // 41 × 0.30 = 12.30; 57 × 0.50 = 28.50; 52 × 1.00 = 52.00; 1,234 × 0.80 = 987.20; 9 × 0.50 = 4.50
    expect(pay.lines.map((l) => [l.unit, l.quantity, l.amount])).toEqual([
      ['BUILDING', 41, 12_30],
      ['DWELLING', 57, 28_50],
      ['HOUSEHOLD', 52, 52_00],
      ['INDIVIDUAL', 1234, 987_20],
      ['DIASPORA', 9, 4_50],
    ]);
    expect(pay.gross).toBe(1084_50); // 12.30 + 28.50 + 52.00 + 987.20 + 4.50
  });

  it('does not pay diaspora persons of an EA whose diaspora list is incomplete, but shows them', () => {
    const pay = computePersonPay(
      enumerator('2023-10-31', '2023-12-15'),
      [count({ individuals: 10, diasporaPersons: 7, diasporaListComplete: false })],
      T,
    );
    const diaspora = pay.lines.find((l) => l.unit === 'DIASPORA');
    expect(diaspora).toMatchObject({ quantity: 7, amount: 0 });
    expect(diaspora?.description).toEqual({ code: 'DIASPORA_LIST_INCOMPLETE', params: {} });
    expect(pay.gross).toBe(8_00); // 10 × 0.80
  });

  it('writes no line for zero counts', () => {
    const pay = computePersonPay(enumerator('2023-10-31', '2023-12-15'), [count()], T);
    expect(pay.lines).toEqual([]);
    expect(pay.gross).toBe(0);
    expect(pay.blockReasons).toEqual([]);
  });

  it('rounds each line, then sums the rounded lines', () => {
    const r = rules({ rateBuilding: '0.005', rateDwelling: '0.005' });
    // 1 × 0.005 = 0.005 → 0.01 on each line; total 0.02 (not round(0.010) = 0.01)
    const pay = computePersonPay(enumerator('2023-10-31', '2023-12-15'), [count({ buildings: 1, dwellings: 1 })], r);
    expect(cents(pay.lines)).toEqual([1, 1]);
    expect(pay.gross).toBe(2);
  });

  it('keeps EAs apart', () => {
    const pay = computePersonPay(
      enumerator('2023-10-31', '2023-12-15'),
      [count({ countId: 'a', eaId: 'ea1', eaCode: 'A', households: 2 }), count({ countId: 'b', eaId: 'ea2', eaCode: 'B', households: 3 })],
      T,
    );
    expect(pay.lines.map((l) => [l.eaId, l.amount])).toEqual([
      ['ea1', 2_00],
      ['ea2', 3_00],
    ]);
  });
});

describe('deductions and net', () => {
  it('withholds income tax on gross, half-up', () => {
    const pay = computePersonPay(supervisor('2023-10-20', '2023-12-15'), [], rules({ taxPercent: '10' }));
    // gross 503.23 + 600.00 = 1103.23; tax 10 % = 110.323 → 110.32; net 992.91
    expect([pay.gross, pay.deductions, pay.net]).toEqual([1103_23, 110_32, 992_91]);
    expect(pay.lines.at(-1)).toMatchObject({ lineType: 'TAX', amount: 110_32 });
  });

  it('deducts equipment charge-backs and taxes the gross, not the net', () => {
    const pay = computePersonPay(enumerator('2023-10-16', '2023-12-15'), [count({ households: 100 })], rules({ taxPercent: '5' }), [
      { amount: 80_00, description: notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Tablet', serial: 'T-1' }) },
    ]);
    // gross 150.00 + 100.00 = 250.00; charge-back 80.00; tax 5 % × 250.00 = 12.50; net 157.50
    expect([pay.gross, pay.deductions, pay.net]).toEqual([250_00, 92_50, 157_50]);
  });

  it('blocks a negative net with the amount', () => {
    const pay = computePersonPay(enumerator('2023-10-30', '2023-12-15'), [], T, [
      { amount: 400_00, description: notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Laptop', serial: 'L-1' }) },
    ]);
    // gross 10.00 − 400.00 = −390.00
    expect(pay.net).toBe(-390_00);
    expect(pay.blockReasons).toEqual([{ code: 'DEDUCTIONS_EXCEED_GROSS', params: { amount: '390.00' } }]);
  });
});

describe('who cannot be paid, and why', () => {
  it.each([
    [supervisor('2023-10-15', '2023-12-15', { ibanValid: false }), ['NO_VALID_IBAN']],
    [supervisor(null, '2023-12-15'), ['ENGAGEMENT_DATES_MISSING']],
    [enumerator('2023-10-15', null), ['ENGAGEMENT_DATES_MISSING']],
    [enumerator('2023-10-15', '2023-12-15', { hasAssignment: false }), ['NO_EA_ASSIGNMENT']],
    [enumerator(null, null, { ibanValid: false, hasAssignment: false }), ['NO_VALID_IBAN', 'ENGAGEMENT_DATES_MISSING']],
  ])('%# → %s', (person, reason) => {
    expect(computePersonPay(person, [], T).blockReasons.map((r) => r.code)).toEqual(reason);
  });
});

describe('adjustments: pay only what is still owed', () => {
  const person = enumerator('2023-10-16', '2023-12-15');
  const before = computePersonPay(person, [count({ individuals: 100 })], T);
  const paid = before.lines.map((l) => ({ ...l }));

  it('pays nothing when everything was paid', () => {
    const again = adjustForPaid(before, paid, T.taxBasisPoints);
    expect(again.lines).toEqual([]);
    expect(again.net).toBe(0);
  });

  it('pays the difference of a corrected count', () => {
    const after = computePersonPay(person, [count({ individuals: 110 })], T);
    const adj = adjustForPaid(after, paid, T.taxBasisPoints);
    // individuals 110 × 0.80 = 88.00, paid 100 × 0.80 = 80.00 → 8.00
    expect(adj.lines.map((l) => [l.unit, l.amount])).toEqual([['INDIVIDUAL', 8_00]]);
    expect(adj.net).toBe(8_00);
    // what was due and paid before is the statement's arithmetic, not the note
    expect(adj.lines[0]?.description).toBeNull();
  });

  it('blocks a person who was paid more than is now due', () => {
    const after = computePersonPay(person, [count({ individuals: 90 })], T);
    const adj = adjustForPaid(after, paid, T.taxBasisPoints);
    // 72.00 due, 80.00 paid → −8.00
    expect(adj.net).toBe(-8_00);
    expect(adj.blockReasons).toEqual([{ code: 'OVERPAID', params: { amount: '8.00' } }]);
  });

  it('settles a changed charge-back across three runs without duplicate lines', () => {
    const withCb = (amount: number) =>
      computePersonPay(person, [count({ individuals: 100 })], T, [
        { amount, description: notice('CHARGEBACK', { serial: 'T-9', reason: 'NOT_RETURNED', item: 'Tablet' }) },
      ]);
    // run 1 paid a 50.00 charge-back; run 2 pays the change to 80.00 (−30.00 more deducted)
    const run1 = withCb(50_00).lines.map((l) => ({ ...l }));
    const run2 = adjustForPaid(withCb(80_00), run1, T.taxBasisPoints);
    expect(run2.lines.map((l) => [l.lineType, l.amount])).toEqual([['CHARGEBACK', 30_00]]);
    // run 3 with the charge-back back at 80.00: nothing left, and no cancelling pair of lines
    const run3 = adjustForPaid(withCb(80_00), [...run1, ...run2.lines], T.taxBasisPoints);
    expect(run3.lines).toEqual([]);
  });

  it('reverses a line that is no longer due at all', () => {
    const after = computePersonPay(person, [count({ individuals: 100, households: 5 })], T);
    const paidWithHouseholds = after.lines.map((l) => ({ ...l }));
    const corrected = computePersonPay(person, [count({ individuals: 105 })], T);
    const adj = adjustForPaid(corrected, paidWithHouseholds, T.taxBasisPoints);
    // individuals +4.00 (84.00 − 80.00); households −5.00 (no longer counted) → net −1.00
    expect(adj.lines.map((l) => [l.unit, l.amount]).sort()).toEqual([
      ['HOUSEHOLD', -5_00],
      ['INDIVIDUAL', 4_00],
    ]);
    expect(totals(adj.lines).net).toBe(-1_00);
  });
});

describe('tariff validation', () => {
  it('reports every bad field', () => {
    const r = toTariffRules({
      version: 2,
      ...EXAMPLE_TARIFF,
      supervisorMonthly: '600.001',
      rateIndividual: '-1',
      prepFrom: '2023-10-31',
      prepTo: '2023-10-16',
      payMonths: [
        { from: '2023-10-15', to: '2023-11-14' },
        { from: '2023-11-14', to: '2023-12-15' },
      ],
      taxPercent: '101',
    });
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.problems.map((p) => p.field).sort();
    expect(fields).toEqual(['payMonths', 'prepFrom', 'rateIndividual', 'supervisorMonthly', 'taxPercent']);
  });
});

describe('counts held by a quality flag', () => {
  const held: CountIn = {
    countId: 'c1',
    eaId: 'ea1',
    eaCode: 'EA-1',
    buildings: 0,
    dwellings: 0,
    households: 82,
    individuals: 2530,
    diasporaPersons: 0,
    diasporaListComplete: true,
    held: 'ABOVE_EXPECTED,INDIVIDUALS_PER_HOUSEHOLD',
  };
  const person = enumerator('2023-11-01', '2023-12-15');

  it('a held row gives HELD lines at zero with the reason, and no PIECE line', () => {
    const pay = computePersonPay(person, [held], T);
    const lines = pay.lines.filter((l) => l.eaId === 'ea1');
    expect(lines.map((l) => [l.lineType, l.unit, l.quantity, l.amount])).toEqual([
      ['HELD', 'HOUSEHOLD', 82, 0],
      ['HELD', 'INDIVIDUAL', 2530, 0],
    ]);
    expect(lines[0]?.description).toEqual({ code: 'HELD', params: { rules: 'ABOVE_EXPECTED,INDIVIDUALS_PER_HOUSEHOLD' } });
  });

  it('holding keeps what an approved run paid for the EA: nothing more, nothing taken back', () => {
    const paidBefore = computePersonPay(person, [{ ...held, held: null, individuals: 400 }], T).lines.map((l) => ({
      lineType: l.lineType,
      eaId: l.eaId,
      unit: l.unit,
      periodFrom: l.periodFrom,
      description: l.description,
      amount: l.amount,
    }));
    const now = adjustForPaid(computePersonPay(person, [held], T), paidBefore, T.taxBasisPoints);
    expect(now.lines.filter((l) => l.lineType !== 'HELD' && l.lineType !== 'TAX')).toEqual([]);
    expect(now.lines.filter((l) => l.lineType === 'HELD')).toHaveLength(2);
    expect(now.gross).toBe(0);
  });

  it('an adjustment run taxes the corrected gross, pay kept on a held row included (7.5 %)', () => {
    const taxed = rules({ taxPercent: '7.5' });
    const other: CountIn = { ...held, countId: 'c2', eaId: 'ea2', eaCode: 'EA-2', households: 10, individuals: 30, held: null };
    // Run 1 (approved): EA-1 82 hh × 1.00 + 400 ind × 0.80 = 82.00 + 320.00; EA-2 10 × 1.00 + 30 × 0.80 = 10.00 + 24.00.
    // Gross 436.00, tax 436.00 × 7.5 % = 32.70.
    const run1 = computePersonPay(person, [{ ...held, held: null, individuals: 400 }, other], taxed);
    expect([run1.gross, run1.deductions]).toEqual([436_00, 32_70]);
    const paid = run1.lines.map((l) => ({ ...l }));
    // Run 2: EA-1 held (its 402.00 stays paid), EA-2 corrected to 33 individuals = 26.40 (+2.40).
    // Corrected gross 402.00 + 10.00 + 26.40 = 438.40; tax 438.40 × 7.5 % = 32.88 → +0.18.
    const run2 = adjustForPaid(computePersonPay(person, [held, { ...other, individuals: 33 }], taxed), paid, taxed.taxBasisPoints);
    expect(run2.lines.filter((l) => l.lineType !== 'HELD').map((l) => [l.lineType, l.eaId, l.unit, l.amount])).toEqual([
      ['PIECE', 'ea2', 'INDIVIDUAL', 2_40],
      ['TAX', null, null, 18],
    ]);
    expect(run2.lines.find((l) => l.lineType === 'TAX')?.description).toEqual({
      code: 'TAX',
      params: { percent: '7.50', baseAmount: '438.40' },
    });
    expect([run2.gross, run2.deductions, run2.net]).toEqual([2_40, 18, 2_22]);
    // Both runs together: tax on the corrected gross exactly (32.70 + 0.18 = 32.88 = 438.40 × 7.5 %).
    expect(run1.deductions + run2.deductions).toBe(32_88);
  });

  it('accepted (no longer held), the row is paid in full', () => {
    const pay = computePersonPay(person, [{ ...held, held: null }], T);
    expect(pay.lines.filter((l) => l.lineType === 'PIECE').map((l) => [l.unit, l.quantity])).toEqual([
      ['HOUSEHOLD', 82],
      ['INDIVIDUAL', 2530],
    ]);
  });
});
