import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ageOn,
  type ApplicantFacts,
  checkEligibility,
  eligibilityKey,
  eligibilitySettings,
  type EligibilitySettings,
} from '../../src/recruitment/domain/eligibility.js';

const defaults = (): EligibilitySettings => eligibilitySettings.parse({});
const facts = (o: Partial<ApplicantFacts> = {}): ApplicantFacts => ({
  dateOfBirth: '1990-05-01',
  documents: [],
  engagedIn: [],
  kkrOf: [],
  ...o,
});

describe('ageOn (whole years at the reference date)', () => {
  it.each([
    // the birthday counts on its day
    ['2005-11-01', '2023-11-01', 18],
    ['2005-11-02', '2023-11-01', 17],
    ['2005-10-31', '2023-11-01', 18],
    // born 29 Feb: a year older on 1 Mar of a common year, on 29 Feb of a leap year
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2004-02-29', '2024-02-29', 20],
    ['1958-01-01', '2023-11-01', 65],
  ])('born %s, on %s: %i', (born, on, years) => {
    expect(ageOn(born, on)).toBe(years);
  });

  it('never decreases as the reference date moves on', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => new Date(Date.UTC(1920, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    expect(() =>
      fc.assert(fc.property(day, day, day, (b, x, y) => (x <= y ? ageOn(b, x) <= ageOn(b, y) : ageOn(b, x) >= ageOn(b, y)))),
    ).not.toThrow();
  });
});

describe('eligibility settings (Census.settings.eligibility)', () => {
  it('defaults: at least 18, no upper age, no documents, not engaged elsewhere, not on a commission', () => {
    expect(defaults()).toEqual({ minAge: 18, maxAge: null, requiredDocuments: [], notEngagedElsewhere: true, notKkrMember: true });
  });

  it('reads only its own key and upper-cases document codes', () => {
    const raw = eligibilityKey({ contracts: { gatePay: true }, eligibility: { maxAge: 64, requiredDocuments: ['id_card'] } });
    expect(eligibilitySettings.parse(raw)).toMatchObject({ minAge: 18, maxAge: 64, requiredDocuments: ['ID_CARD'] });
    expect(eligibilityKey(null)).toEqual({});
    expect(eligibilityKey({})).toEqual({});
  });

  it('refuses settings that contradict themselves', () => {
    expect(eligibilitySettings.safeParse({ minAge: 30, maxAge: 20 }).success).toBe(false);
    expect(eligibilitySettings.safeParse({ minAge: 'x' }).success).toBe(false);
    expect(eligibilitySettings.safeParse({ requiredDocuments: ['not a code'] }).success).toBe(false);
  });
});

describe('checkEligibility', () => {
  const on = '2023-11-01';

  it('finds an applicant with nothing against them eligible', () => {
    expect(checkEligibility(defaults(), on, facts())).toEqual([]);
  });

  it.each<[string, Partial<EligibilitySettings>, Partial<ApplicantFacts>, unknown[]]>([
    ['no date of birth under an age rule', {}, { dateOfBirth: null }, [{ code: 'DATE_OF_BIRTH_MISSING', params: {} }]],
    ['no date of birth and no age rule', { minAge: null }, { dateOfBirth: null }, []],
    [
      '17 the day before the 18th birthday',
      {},
      { dateOfBirth: '2005-11-02' },
      [{ code: 'TOO_YOUNG', params: { age: 17, minAge: 18, referenceDate: on } }],
    ],
    ['18 on the birthday', {}, { dateOfBirth: '2005-11-01' }, []],
    [
      '65 over a maximum of 64',
      { maxAge: 64 },
      { dateOfBirth: '1958-01-01' },
      [{ code: 'TOO_OLD', params: { age: 65, maxAge: 64, referenceDate: on } }],
    ],
    ['64 at a maximum of 64', { maxAge: 64 }, { dateOfBirth: '1959-11-01' }, []],
    [
      'each required document missing',
      { requiredDocuments: ['ID_CARD', 'DIPLOMA'] },
      { documents: ['id_card'] },
      [{ code: 'DOCUMENT_MISSING', params: { document: 'DIPLOMA' } }],
    ],
    [
      'engaged elsewhere',
      {},
      { engagedIn: ['prizren', 'prizren'] },
      [{ code: 'ENGAGED_ELSEWHERE', params: { municipalityCode: 'prizren' } }],
    ],
    ['engaged elsewhere, rule off', { notEngagedElsewhere: false }, { engagedIn: ['prizren'] }, []],
    ['on a commission', {}, { kkrOf: ['gjilan'] }, [{ code: 'KKR_MEMBER', params: { municipalityCode: 'gjilan' } }]],
    ['on a commission, rule off', { notKkrMember: false }, { kkrOf: ['gjilan'] }, []],
  ])('%s', (_name, rules, applicant, expected) => {
    expect(checkEligibility({ ...defaults(), ...rules }, on, facts(applicant))).toEqual(expected);
  });

  it('reports every failed rule at once, in rule order', () => {
    const rules = { ...defaults(), requiredDocuments: ['ID_CARD'] };
    expect(
      checkEligibility(rules, on, facts({ dateOfBirth: '2010-01-01', engagedIn: ['prizren'], kkrOf: ['peje'] })).map((r) => r.code),
    ).toEqual(['TOO_YOUNG', 'DOCUMENT_MISSING', 'ENGAGED_ELSEWHERE', 'KKR_MEMBER']);
  });
});
