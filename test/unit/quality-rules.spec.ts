import { describe, expect, it } from '@jest/globals';
import { wordNotice, wordNotices } from '../../src/common/i18n/word-notice.js';
import {
  DEFAULT_THRESHOLDS,
  evaluateQuality,
  type QualityFlag,
  type QualityInput,
  type QualityRule,
} from '../../src/payroll/counts/domain/quality-rules.js';

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
/** A flag's notices worded in English, as the flag list shows them. */
const english = (f: QualityFlag) => wordNotices('en', 'qualityFlag', f.notices);

describe('quality rules', () => {
  it('a plain row fires nothing', () => {
    expect(evaluateQuality(base, DEFAULT_THRESHOLDS, TODAY)).toEqual([]);
  });

  describe('individuals per household outside [1, 15]', () => {
    it.each([
      // 2530 ÷ 82 = 30.85 > 15 (the case of the issue)
      [82, 2530, 'EA EA-1: 2,530 individuals in 82 households = 30.85 per household, outside 1–15'],
      // 1500 ÷ 100 = 15.00: on the limit, fine
      [100, 1500, null],
      // 1501 ÷ 100 = 15.01 > 15
      [100, 1501, 'EA EA-1: 1,501 individuals in 100 households = 15.01 per household, outside 1–15'],
      // 99 ÷ 100 = 0.99 < 1
      [100, 99, 'EA EA-1: 99 individuals in 100 households = 0.99 per household, outside 1–15'],
      // no households: the rule does not apply
      [0, 0, null],
    ])('%i households, %i individuals', (households, individuals, explanation) => {
      const r = row({ households, individuals, expected: null, eaTotal: { dwellings: 0, households, individuals }, emptyHouseholds: null });
      const f = fired(r, 'INDIVIDUALS_PER_HOUSEHOLD');
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
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
        'EA EA-1: 133 dwellings reported, 110 expected (more than 20 % above); EA EA-1: 661 individuals reported, 550 expected (more than 20 % above)',
      ],
      // below expected never fires this rule
      [{ dwellings: 10, households: 10, individuals: 50 }, null],
    ])('EA total %j', (eaTotal, explanation) => {
      const f = fired(row({ eaTotal }), 'ABOVE_EXPECTED');
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
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
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
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
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('diaspora persons without a complete list', () => {
    it.each([
      [4, false, 'EA EA-1: 4 diaspora persons reported but the diaspora list is not complete'],
      [4, true, null],
      [0, false, null],
    ])('%i persons, complete %s', (diasporaPersons, diasporaListComplete, explanation) => {
      const f = fired(row({ diasporaPersons, diasporaListComplete }), 'DIASPORA_LIST_INCOMPLETE');
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
    });
  });

  describe('no approved interview for 7 days while below the expected households', () => {
    it.each([
      // 2026-11-22 → 2026-11-30: 8 days
      ['2026-11-22', 90, 'EA EA-1: no interview approved for 8 days (last 22 November 2026; limit 7 days)'],
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
      expect(f.map(english)).toEqual(explanation ? [explanation] : []);
    });
  });

  it('keeps codes with plain params: the EA code, counts as numbers, ratios and thresholds as decimal strings, days as YYYY-MM-DD', () => {
    const t = { ...DEFAULT_THRESHOLDS, individualsPerHouseholdMin: 2.5, individualsPerHouseholdMax: 8, aboveExpectedPercent: 15 };
    const r = row({
      households: 100,
      individuals: 540,
      eaCode: '0042',
      previous: { dwellings: 10, households: 100, individuals: 540 },
      dwellings: 30,
      eaTotal: { dwellings: 110, households: 120, individuals: 540 },
      lastApprovedOn: '2026-11-20',
      expected: { dwellings: 110, households: 130, individuals: 550 },
    });
    expect(evaluateQuality({ ...r, individuals: 810, eaTotal: { ...r.eaTotal, individuals: 810 } }, t, TODAY)).toEqual([
      {
        rule: 'INDIVIDUALS_PER_HOUSEHOLD',
        notices: [
          {
            code: 'INDIVIDUALS_PER_HOUSEHOLD',
            params: { ea: '0042', individuals: 810, households: 100, ratio: '8.10', minRatio: '2.5', maxRatio: '8' },
          },
        ],
      },
      {
        rule: 'ABOVE_EXPECTED',
        notices: [{ code: 'ABOVE_EXPECTED', params: { ea: '0042', figure: 'individuals', reported: 810, expected: 550, percent: '15' } }],
      },
      {
        rule: 'VERSION_JUMP',
        notices: [
          { code: 'VERSION_JUMP', params: { ea: '0042', figure: 'dwellings', before: 10, after: 30, percent: '30', minimum: 10 } },
          { code: 'VERSION_JUMP', params: { ea: '0042', figure: 'individuals', before: 540, after: 810, percent: '30', minimum: 10 } },
        ],
      },
      {
        rule: 'NO_RECENT_APPROVAL',
        notices: [{ code: 'NO_RECENT_APPROVAL', params: { ea: '0042', days: 10, lastDay: '2026-11-20', limitDays: 7 } }],
      },
    ]);
  });

  it('computes the ratio exactly and rounds half up to two decimals: 1 ÷ 8 = 0.125 → 0.13, 2 ÷ 3 → 0.67', () => {
    const ratioOf = (households: number, individuals: number) =>
      fired(row({ households, individuals, emptyHouseholds: null, expected: null }), 'INDIVIDUALS_PER_HOUSEHOLD')[0]?.notices[0]?.params
        .ratio;
    expect(ratioOf(8, 1)).toBe('0.13');
    expect(ratioOf(3, 2)).toBe('0.67');
    expect(ratioOf(82, 2530)).toBe('30.85');
    expect(ratioOf(1, 16)).toBe('16.00');
  });

  it('thresholds are configurable', () => {
    const t = { ...DEFAULT_THRESHOLDS, individualsPerHouseholdMax: 5 };
    // 550 ÷ 100 = 5.5 > 5
    expect(evaluateQuality(base, t, TODAY).map((f) => f.rule)).toEqual(['INDIVIDUALS_PER_HOUSEHOLD']);
  });
});

describe('quality flags worded in the reader’s language', () => {
  const per = {
    code: 'INDIVIDUALS_PER_HOUSEHOLD',
    params: { ea: '0042', individuals: 540, households: 100, ratio: '5.40', minRatio: '2.5', maxRatio: '8' },
  };
  const above = { code: 'ABOVE_EXPECTED', params: { ea: '0042', figure: 'households', reported: 120, expected: 100, percent: '15' } };
  const empty = { code: 'HOUSEHOLDS_WITHOUT_INDIVIDUALS', params: { ea: '0042', empty: 3, households: 100 } };
  const jump = { code: 'VERSION_JUMP', params: { ea: '0042', figure: 'dwellings', before: 10, after: 30, percent: '50', minimum: 5 } };
  const diaspora = { code: 'DIASPORA_LIST_INCOMPLETE', params: { ea: '0042', persons: 2 } };
  const late = { code: 'NO_RECENT_APPROVAL', params: { ea: '0042', days: 9, lastDay: '2023-10-20', limitDays: 7 } };
  const all = [per, above, empty, jump, diaspora, late];
  const spaces = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

  it.each([
    [
      'sq',
      [
        'QR 0042: 540 individë në 100 familje = 5,40 për familje, jashtë kufijve 2,5–8',
        'QR 0042, familje: raportuar 120, pritur 100 (më shumë se 15 % mbi të pritshmen)',
        'QR 0042: 3 nga 100 familje nuk kanë asnjë individ',
        'QR 0042, banesa: 10 → 30 që nga versioni i mëparshëm (më shumë se 50 % dhe më shumë se 5)',
        'QR 0042: u raportuan 2 persona të diasporës, por lista e diasporës nuk është e plotë',
        'QR 0042: asnjë intervistë nuk është miratuar prej 9 ditësh (miratimi i fundit më 20 tetor 2023; kufiri 7 ditë)',
      ],
    ],
    [
      'sr-Latn',
      [
        'Krug 0042: 540 pojedinaca na 100 domaćinstava = 5,40 po domaćinstvu, van opsega 2,5–8',
        'Krug 0042, domaćinstva: prijavljeno 120, očekivano 100 (više od 15 % iznad očekivanog)',
        'Krug 0042: domaćinstva bez ijednog pojedinca: 3 od 100',
        'Krug 0042, stanovi: 10 → 30 u odnosu na prethodnu verziju (više od 50 % i više od 5)',
        'Krug 0042: prijavljene su 2 osobe iz dijaspore, ali lista dijaspore nije potpuna',
        'Krug 0042: nijedan intervju nije odobren već 9 dana (poslednje odobrenje 20. oktobar 2023.; granica 7 dana)',
      ],
    ],
    [
      'sr-Cyrl',
      [
        'Круг 0042: 540 појединаца на 100 домаћинстава = 5,40 по домаћинству, ван опсега 2,5–8',
        'Круг 0042, домаћинства: пријављено 120, очекивано 100 (више од 15 % изнад очекиваног)',
        'Круг 0042: домаћинства без иједног појединца: 3 од 100',
        'Круг 0042, станови: 10 → 30 у односу на претходну верзију (више од 50 % и више од 5)',
        'Круг 0042: пријављене су 2 особе из дијаспоре, али листа дијаспоре није потпуна',
        'Круг 0042: ниједан интервју није одобрен већ 9 дана (последње одобрење 20. октобар 2023.; граница 7 дана)',
      ],
    ],
    [
      'en',
      [
        'EA 0042: 540 individuals in 100 households = 5.40 per household, outside 2.5–8',
        'EA 0042: 120 households reported, 100 expected (more than 15 % above)',
        'EA 0042: 3 of 100 households have no individuals',
        'EA 0042: dwellings 10 → 30 since the previous version (more than 50 % and 5)',
        'EA 0042: 2 diaspora persons reported but the diaspora list is not complete',
        'EA 0042: no interview approved for 9 days (last 20 October 2023; limit 7 days)',
      ],
    ],
  ] as const)('every rule in %s', (locale, texts) => {
    expect(all.map((n) => spaces(wordNotice(locale, 'qualityFlag', n)))).toEqual(texts);
  });

  it.each([
    ['sq', 'QR 0042: 1 individ në 1 familje = 1,00 për familje, jashtë kufijve 2,5–8'],
    ['sr-Cyrl', 'Круг 0042: 1 појединац на 1 домаћинство = 1,00 по домаћинству, ван опсега 2,5–8'],
    ['en', 'EA 0042: 1 individual in 1 household = 1.00 per household, outside 2.5–8'],
  ] as const)('one individual in one household in %s', (locale, text) => {
    const one = { code: per.code, params: { ...per.params, individuals: 1, households: 1, ratio: '1.00' } };
    expect(wordNotice(locale, 'qualityFlag', one)).toBe(text);
  });

  it.each([
    ['sq', 'QR 0042: 25 300 individë në 820 familje = 30,85 për familje, jashtë kufijve 1–15'],
    ['sr-Latn', 'Krug 0042: 25.300 pojedinaca na 820 domaćinstava = 30,85 po domaćinstvu, van opsega 1–15'],
    ['en', 'EA 0042: 25,300 individuals in 820 households = 30.85 per household, outside 1–15'],
  ] as const)('large counts are grouped in %s', (locale, text) => {
    const big = {
      code: per.code,
      params: { ...per.params, individuals: 25300, households: 820, ratio: '30.85', minRatio: '1', maxRatio: '15' },
    };
    expect(spaces(wordNotice(locale, 'qualityFlag', big))).toBe(text);
  });

  it('a text stored before codes is shown as written', () => {
    expect(wordNotice('sq', 'qualityFlag', { code: 'LEGACY_TEXT', params: { text: 'EA 7: checked by hand' } })).toBe(
      'EA 7: checked by hand',
    );
  });
});
