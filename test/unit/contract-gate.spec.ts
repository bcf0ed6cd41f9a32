import { describe, expect, it } from '@jest/globals';
import { computePersonPay, type PersonIn } from '../../src/payroll/domain/compute-pay.js';
import {
  CONTRACT_GATE_DEFAULT,
  contractGateOf,
  covers,
  NO_CONTRACT,
  paidPeriod,
  tariffSpan,
} from '../../src/payroll/domain/contract-gate.js';
import { day, type Window } from '../../src/payroll/domain/days.js';
import { toTariffRules } from '../../src/payroll/domain/tariff.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';

const parsed = toTariffRules({ version: 1, ...EXAMPLE_TARIFF });
if (!parsed.ok) throw new Error('example tariff invalid');
const T = parsed.rules;
const w = (from: string, to: string): Window => ({ from: day(from), to: day(to) });

describe('the gate setting', () => {
  it.each([
    ['no census', null, CONTRACT_GATE_DEFAULT],
    ['empty settings', { settings: {} }, false],
    ['on', { settings: { contractGate: true } }, true],
    ['off', { settings: { contractGate: false } }, false],
    ['other keys only', { settings: { languages: 3, anything: 'else' } }, false],
    ['settings not an object', { settings: null }, false],
  ])('%s → %s', (_label, census, gate) => {
    expect(contractGateOf(census)).toBe(gate);
  });

  it('is off by default, so runs of censuses that record no contracts pay as before', () => {
    expect(CONTRACT_GATE_DEFAULT).toBe(false);
  });

  it.each([['yes'], [1], [null]])('refuses contractGate %j', (value) => {
    expect(() => contractGateOf({ settings: { contractGate: value } })).toThrow(RangeError);
  });
});

describe('the paid period and its coverage', () => {
  it('spans the tariff from the first pay month (15 Oct) to the interviews’ end (15 Dec 2023)', () => {
    expect(tariffSpan(T)).toEqual(w('2023-10-15', '2023-12-15'));
  });

  it.each([
    ['2023-10-01', '2024-01-31', w('2023-10-15', '2023-12-15')], // engaged beyond the span: capped
    ['2023-11-20', '2023-11-30', w('2023-11-20', '2023-11-30')],
    ['2024-01-01', '2024-01-31', null], // not paid at all
  ])('engaged %s – %s is paid for %j', (start, end, period) => {
    expect(paidPeriod(T, day(start), day(end))).toEqual(period);
  });

  it.each([
    ['one contract, exactly', [w('2023-10-15', '2023-12-15')], true],
    ['one contract, wider', [w('2023-10-01', '2023-12-31')], true],
    ['starts a day late', [w('2023-10-16', '2023-12-15')], false],
    ['ends a day early', [w('2023-10-15', '2023-12-14')], false],
    ['two contracts back to back', [w('2023-11-16', '2023-12-15'), w('2023-10-15', '2023-11-15')], true],
    ['two contracts with a day between', [w('2023-10-15', '2023-11-14'), w('2023-11-16', '2023-12-15')], false],
    ['overlapping contracts', [w('2023-10-15', '2023-11-20'), w('2023-11-01', '2023-12-15')], true],
    ['none', [], false],
  ])('%s covers 15 Oct – 15 Dec: %s', (_label, contracts, ok) => {
    expect(covers(contracts, w('2023-10-15', '2023-12-15'))).toBe(ok);
  });
});

describe('a person in a run', () => {
  const person = (contracts: readonly Window[] | null | undefined): PersonIn => ({
    staffId: 's1',
    kind: 'SUPERVISOR',
    engagementStart: day('2023-10-15'),
    engagementEnd: day('2023-12-15'),
    ibanValid: true,
    hasAssignment: false,
    contracts,
  });

  it.each([
    ['no gate (null)', null, null],
    ['no gate (absent)', undefined, null],
    ['gate, no contract', [], NO_CONTRACT],
    ['gate, signed for the whole engagement', [w('2023-10-15', '2023-12-15')], null],
    ['gate, contract ended on 30 Nov', [w('2023-10-15', '2023-11-30')], NO_CONTRACT],
  ])('%s → block reason %j', (_label, contracts, reason) => {
    const pay = computePersonPay(person(contracts), [], T);
    expect(pay.blockReasons.map((r) => r.code)).toEqual(reason === null ? [] : [reason]);
    // The lines are computed either way (the statement shows what would be paid): 600.00 × 2
    expect(pay.gross).toBe(120_000);
  });

  it('joins the reason with the others', () => {
    const pay = computePersonPay({ ...person([]), ibanValid: false }, [], T);
    expect(pay.blockReasons.map((r) => r.code)).toEqual(['NO_VALID_IBAN', NO_CONTRACT]);
  });
});
