import { describe, expect, it } from '@jest/globals';
import { DEFAULT_THRESHOLDS, evaluateQuality, type QualityInput, type QualityRule } from '../../src/payroll/counts/domain/quality-rules.js';

const TODAY = '2026-11-30';

/** A plain row that fires no rule: 100 households, 550 individuals, 110 dwellings, as expected. */
const base: QualityInput = {
  eaCode: 'EA-1',
  buildings: 40,
  dwellings: 110,
  households: 100,
  individuals: 550,
  diasporaPersons: 0,
  diasporaListComplete: true,
  previous: null,
  eaTotal: { dwellings: 110, households: 100, individuals: 550 },
  expected: { dwellings: 110, households: 100, individuals: 550 },
  emptyHouseholds: 0,
  lastApprovedOn: '2026-11-29',
};
const row = (o: Partial<QualityInput>): QualityInput => ({ ...base, ...o });
const fired = (r: QualityInput, rule: QualityRule) => evaluateQuality(r, DEFAULT_THRESHOLDS, TODAY).filter((f) => f.rule === rule);

describe('quality rules', () => {
  it('a plain row fires nothing', () => {
    expect(evaluateQuality(base, DEFAULT_THRESHOLDS, TODAY)).toEqual([]);
  });

  describe('individuals per household outside [1, 15]', () => {
    it.each([
      // 2530 ÷ 82 = 30.85 > 15 (the case of the issue)
      [82, 2530, 'EA EA-1: 2530 individuals in 82 households = 30.85 per household, outside 1–15'],
      // 1500 ÷ 100 = 15.00: on the limit, fine
      [100, 1500, null],
      // 1501 ÷ 100 = 15.01 > 15
      [100, 1501, 'EA EA-1: 1501 individuals in 100 households = 15.01 per household, outside 1–15'],
      // 99 ÷ 100 = 0.99 < 1
      [100, 99, 'EA EA-1: 99 individuals in 100 households = 0.99 per household, outside 1–15'],
      // no households: the rule does not apply
      [0, 0, null],
    ])('%i households, %i individuals', (households, individuals, explanation) => {
      const r = row({ households, individuals, expected: null, eaTotal: { dwellings: 0, households, individuals }, emptyHouseholds: null });
      const f = fired(r, 'INDIVIDUALS_PER_HOUSEHOLD');
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('reported above expected by more than 20 %', () => {
    it.each([
      // 120 = 100 × 1.20: not more than 20 % above
      [{ dwellings: 110, households: 120, individuals: 550 }, null],
      // 121 > 120
      [{ dwellings: 110, households: 121, individuals: 550 }, 'EA EA-1: 121 households reported, 100 expected (more than 20 % above)'],
      // 661 > 550 × 1.2 = 660, and 133 > 132
      [
        { dwellings: 133, households: 100, individuals: 661 },
        'EA EA-1: 133 dwellings reported, 110 expected; 661 individuals reported, 550 expected (more than 20 % above)',
      ],
      // below expected never fires this rule
      [{ dwellings: 10, households: 10, individuals: 50 }, null],
    ])('EA total %j', (eaTotal, explanation) => {
      const f = fired(row({ eaTotal }), 'ABOVE_EXPECTED');
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });

    it('without an expectation the rule does not apply', () => {
      expect(fired(row({ expected: null, eaTotal: { dwellings: 999, households: 999, individuals: 5000 } }), 'ABOVE_EXPECTED')).toEqual([]);
    });
  });

  describe('households without individuals', () => {
    it.each([
      // from the field system: 3 interviews without persons
      [{ emptyHouseholds: 3 }, 'EA EA-1: 3 of 100 households have no individuals'],
      [{ emptyHouseholds: 0 }, null],
      // from a counts file: households but no individuals at all
      [{ emptyHouseholds: null, individuals: 0 }, 'EA EA-1: 100 of 100 households have no individuals'],
      [{ emptyHouseholds: null }, null],
    ])('%j', (o, explanation) => {
      const f = fired(row(o), 'HOUSEHOLDS_WITHOUT_INDIVIDUALS');
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('a jump between two versions (more than 30 % and more than 10)', () => {
    it.each([
      // 100 → 131: +31 > 30 % of 100 and > 10
      [
        { dwellings: 110, households: 100, individuals: 550 },
        { households: 131, individuals: 600 },
        'EA EA-1: households 100 → 131 since the previous version (more than 30 % and 10)',
      ],
      // 100 → 130: exactly 30 %
      [{ dwellings: 110, households: 100, individuals: 550 }, { households: 130, individuals: 600 }, null],
      // 20 → 30: +50 % but only 10 units
      [{ dwellings: 20, households: 20, individuals: 100 }, { dwellings: 20, households: 30, individuals: 100 }, null],
      // 550 → 300: −250
      [
        { dwellings: 110, households: 100, individuals: 550 },
        { individuals: 300 },
        'EA EA-1: individuals 550 → 300 since the previous version (more than 30 % and 10)',
      ],
    ])('previous %j, now %j', (previous, now, explanation) => {
      const f = fired(row({ previous, ...now }), 'VERSION_JUMP');
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('diaspora persons without a complete list', () => {
    it.each([
      [4, false, 'EA EA-1: 4 diaspora persons reported but the diaspora list is not complete'],
      [4, true, null],
      [0, false, null],
    ])('%i persons, complete %s', (diasporaPersons, diasporaListComplete, explanation) => {
      const f = fired(row({ diasporaPersons, diasporaListComplete }), 'DIASPORA_LIST_INCOMPLETE');
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('no approved interview for 7 days while below the expected households', () => {
    it.each([
      // 2026-11-22 → 2026-11-30: 8 days
      ['2026-11-22', 90, 'EA EA-1: no interview approved for 8 days (last 2026-11-22; limit 7)'],
      // 7 days: on the limit
      ['2026-11-23', 90, null],
      // the EA reached its expected households: finished, no flag
      ['2026-11-01', 100, null],
      // not from the field system
      [null, 90, null],
    ])('last %s, EA households %i of 100 expected', (lastApprovedOn, households, explanation) => {
      const f = fired(
        row({
          lastApprovedOn,
          households,
          individuals: households * 5,
          eaTotal: { dwellings: 110, households, individuals: households * 5 },
        }),
        'NO_RECENT_APPROVAL',
      );
      expect(f.map((x) => x.explanation)).toEqual(explanation ? [explanation] : []);
    });
  });

  it('thresholds are configurable', () => {
    const t = { ...DEFAULT_THRESHOLDS, individualsPerHouseholdMax: 5 };
    // 550 ÷ 100 = 5.5 > 5
    expect(evaluateQuality(base, t, TODAY).map((f) => f.rule)).toEqual(['INDIVIDUALS_PER_HOUSEHOLD']);
  });
});
