import { describe, expect, it } from '@jest/globals';
import { inEnglish, worded } from '../support/problems-in-english.js';
import { Community, Language } from '../../src/generated/prisma/enums.js';
import {
  buildShortlist,
  type Candidate,
  checkFinalSelection,
  proposeReplacement,
  rank,
  scoreToHundredths,
  shortlistSize,
} from '../../src/recruitment/domain/shortlist.js';

const at = (s: string) => new Date(`2023-10-0${s}Z`);
const c = (id: string, o: Partial<Candidate> = {}): Candidate => ({
  id,
  nationalId: `N${id}`,
  community: Community.ALBANIAN,
  languageOfWork: Language.SQ,
  scoreHundredths: 5000,
  submittedAt: at('1T10:00:00'),
  ...o,
});

describe('shortlistSize: ceil(1.5 × required) in integers', () => {
  it.each([
    [0, 0],
    [1, 2], // 1.5 → 2
    [2, 3],
    [3, 5], // 4.5 → 5
    [4, 6],
    [7, 11], // 10.5 → 11
    [10, 15],
    [101, 152], // 151.5 → 152
  ])('required %i → %i', (required, size) => {
    expect(shortlistSize(required)).toBe(size);
  });
});

describe('ranking', () => {
  it('orders by higher score, then earlier submission, then national id; leaves out unscored', () => {
    const list = [
      c('a', { scoreHundredths: 7000 }),
      c('b', { scoreHundredths: 9000 }),
      c('c', { scoreHundredths: 7000, submittedAt: at('1T09:59:59') }),
      c('d', { scoreHundredths: 7000, nationalId: 'NA' }),
      c('e', { scoreHundredths: null }),
    ];
    // a and d tie on score and time: national id "NA" < "Na".
    expect(rank(list).map((x) => x.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('parses scores exactly', () => {
    expect([scoreToHundredths('87.5'), scoreToHundredths('87.50'), scoreToHundredths('100'), scoreToHundredths('0.05')]).toEqual([
      8750, 8750, 10000, 5,
    ]);
    expect(() => scoreToHundredths('1e2')).toThrow(RangeError);
  });
});

describe('buildShortlist: per community quota', () => {
  it('takes ceil(1.5 × required) per community and reports a shortfall', () => {
    const albanians = Array.from({ length: 14 }, (_, i) => c(`al${String(i).padStart(2, '0')}`, { scoreHundredths: 9000 - i }));
    const serbs = Array.from({ length: 2 }, (_, i) => c(`sr${i}`, { community: Community.SERB, scoreHundredths: 6000 - i }));
    const lists = buildShortlist(
      [
        { community: Community.ALBANIAN, enumerators: 7 },
        { community: Community.SERB, enumerators: 3 },
      ],
      [...albanians, ...serbs],
    );
    expect(lists.map((l) => [l.community, l.size, l.entries.length, l.shortfall])).toEqual([
      [Community.ALBANIAN, 11, 11, 0],
      [Community.SERB, 5, 2, 3],
    ]);
    expect(lists[0]?.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(lists[0]?.entries[0]?.applicationId).toBe('al00');
    // A Serb candidate never fills an Albanian place.
    expect(lists[0]?.entries.some((e) => e.applicationId.startsWith('sr'))).toBe(false);
  });
});

describe('checkFinalSelection', () => {
  const targets = [
    { community: Community.ALBANIAN, enumerators: 2 },
    { community: Community.SERB, enumerators: 1 },
  ];
  const shortlist = [
    { applicationId: 'a1', community: Community.ALBANIAN, rank: 1 },
    { applicationId: 'a2', community: Community.ALBANIAN, rank: 2 },
    { applicationId: 'a3', community: Community.ALBANIAN, rank: 3 },
    { applicationId: 's1', community: Community.SERB, rank: 1 },
    { applicationId: 's2', community: Community.SERB, rank: 2 },
  ];

  it('accepts the rank order without reasons', () => {
    expect(checkFinalSelection(targets, shortlist, [{ applicationId: 'a1' }, { applicationId: 'a2' }, { applicationId: 's1' }])).toEqual({
      ok: true,
      deviations: 0,
    });
  });

  it('needs a written reason for each candidate taken over a higher-ranked one', () => {
    const r = checkFinalSelection(targets, shortlist, [
      { applicationId: 'a1' },
      { applicationId: 'a3', reason: '  ' },
      { applicationId: 's2' },
    ]);
    expect(worded(r)).toEqual({
      ok: false,
      problems: [
        { field: 'selections.1.reason', reason: expect.stringContaining('rank 3 of ALBANIAN') },
        { field: 'selections.2.reason', reason: expect.stringContaining('a written reason is required') },
      ],
    });
    expect(
      checkFinalSelection(targets, shortlist, [
        { applicationId: 'a1' },
        { applicationId: 'a3', reason: 'a2 withdrew' },
        { applicationId: 's2', reason: 's1 speaks no Albanian' },
      ]),
    ).toEqual({ ok: true, deviations: 2 });
  });

  it('refuses wrong counts per community, candidates off the shortlist and doubles', () => {
    const r = checkFinalSelection(targets, shortlist, [{ applicationId: 'a1' }, { applicationId: 'x9' }, { applicationId: 'a1' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(inEnglish(r.problems)).toEqual([
      { field: 'selections.1.applicationId', reason: 'is not on the shortlist of this municipality' },
      { field: 'selections.2.applicationId', reason: 'is selected twice' },
      { field: 'selections', reason: 'ALBANIAN: exactly 2 enumerator(s) required, 1 selected' },
      { field: 'selections', reason: 'SERB: exactly 1 enumerator(s) required, 0 selected' },
    ]);
  });
});

describe('proposeReplacement', () => {
  it('takes the same community, the same language of work first, then rank', () => {
    const reserve = [
      c('best-other-community', { community: Community.SERB, scoreHundredths: 9900, languageOfWork: Language.SR }),
      c('best-other-language', { scoreHundredths: 9000, languageOfWork: Language.TR }),
      c('second-same-language', { scoreHundredths: 7000 }),
      c('first-same-language', { scoreHundredths: 8000 }),
    ];
    expect(proposeReplacement({ community: Community.ALBANIAN, languageOfWork: Language.SQ }, reserve)?.id).toBe('first-same-language');
    expect(proposeReplacement({ community: Community.ALBANIAN, languageOfWork: Language.BS }, reserve)?.id).toBe('best-other-language');
    expect(proposeReplacement({ community: Community.ROMA, languageOfWork: Language.SQ }, reserve)).toBeNull();
  });
});
