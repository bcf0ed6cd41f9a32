import { describe, expect, it } from '@jest/globals';
import { StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { type AssignmentPeriod, dayBefore, findOverlaps, periodsOverlap } from '../../src/staff/domain/assignment-rules.js';
import {
  engagementProblems,
  enumeratorProblems,
  memberProblem,
  supervisorProblem,
  type StaffFacts,
} from '../../src/staff/domain/eligibility.js';
import { planTransfer } from '../../src/staff/domain/transfer.js';

const p = (validFrom: string, validTo: string | null): AssignmentPeriod => ({ validFrom, validTo });

describe('periodsOverlap (inclusive days, null = open)', () => {
  it.each([
    ['same single day', p('2023-11-01', '2023-11-01'), p('2023-11-01', '2023-11-01'), true],
    ['touching on the same day (end of one = start of the other)', p('2023-11-01', '2023-11-15'), p('2023-11-15', '2023-11-30'), true],
    ['adjacent days (15th, then 16th) do not overlap', p('2023-11-01', '2023-11-15'), p('2023-11-16', '2023-11-30'), false],
    ['adjacent days, reversed order', p('2023-11-16', '2023-11-30'), p('2023-11-01', '2023-11-15'), false],
    ['one inside the other', p('2023-11-01', '2023-12-15'), p('2023-11-10', '2023-11-12'), true],
    ['open period covers every later day', p('2023-11-01', null), p('2024-06-01', '2024-06-02'), true],
    ['open period starts after a closed one ends', p('2023-11-16', null), p('2023-11-01', '2023-11-15'), false],
    ['open period starting on the last day of a closed one', p('2023-11-15', null), p('2023-11-01', '2023-11-15'), true],
    ['two open periods always overlap', p('2023-11-01', null), p('2030-01-01', null), true],
    ['across a month end, adjacent', p('2023-10-15', '2023-10-31'), p('2023-11-01', null), false],
  ])('%s', (_label, a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});

describe('findOverlaps', () => {
  it('pairs only periods of the same EA that share a day, each pair once', () => {
    const rows = [
      { id: 'a', eaId: 'E1', ...p('2023-11-01', '2023-11-15') },
      { id: 'b', eaId: 'E1', ...p('2023-11-16', null) },
      { id: 'c', eaId: 'E1', ...p('2023-11-20', '2023-11-20') },
      { id: 'd', eaId: 'E2', ...p('2023-11-01', '2023-11-15') },
    ];
    expect(findOverlaps(rows).map(([x, y]) => `${x.id}${y.id}`)).toEqual(['bc']);
  });

  it('finds nothing in a clean hand-over chain', () => {
    const rows = [
      { id: 'a', eaId: 'E1', ...p('2023-11-01', '2023-11-19') },
      { id: 'b', eaId: 'E1', ...p('2023-11-20', '2023-12-01') },
      { id: 'c', eaId: 'E1', ...p('2023-12-02', null) },
    ];
    expect(findOverlaps(rows)).toEqual([]);
  });
});

describe('planTransfer (close the day before the cut-over, open from it to the old end)', () => {
  it.each([
    [
      'mid-period, closed period',
      p('2023-11-01', '2023-12-15'),
      '2023-11-20',
      { closed: p('2023-11-01', '2023-11-19'), opened: p('2023-11-20', '2023-12-15') },
    ],
    [
      'mid-period, open period stays open',
      p('2023-11-01', null),
      '2023-11-20',
      { closed: p('2023-11-01', '2023-11-19'), opened: p('2023-11-20', null) },
    ],
    [
      'second day: old period keeps one day',
      p('2023-11-01', '2023-12-15'),
      '2023-11-02',
      { closed: p('2023-11-01', '2023-11-01'), opened: p('2023-11-02', '2023-12-15') },
    ],
    [
      'last day: new period has one day',
      p('2023-11-01', '2023-12-15'),
      '2023-12-15',
      { closed: p('2023-11-01', '2023-12-14'), opened: p('2023-12-15', '2023-12-15') },
    ],
    [
      'across a month end',
      p('2023-11-01', '2023-12-15'),
      '2023-12-01',
      { closed: p('2023-11-01', '2023-11-30'), opened: p('2023-12-01', '2023-12-15') },
    ],
    ['across a leap day', p('2024-02-01', null), '2024-03-01', { closed: p('2024-02-01', '2024-02-29'), opened: p('2024-03-01', null) }],
  ])('%s', (_label, current, cutover, expected) => {
    expect(planTransfer(current, cutover)).toEqual({ ok: true, ...expected });
    // The two periods tile the old one exactly: no shared day, no gap.
    expect(periodsOverlap(expected.closed, expected.opened)).toBe(false);
    expect(dayBefore(expected.opened.validFrom)).toBe(expected.closed.validTo);
  });

  it.each([
    [
      'on the first day (old period would be empty)',
      p('2023-11-01', '2023-12-15'),
      '2023-11-01',
      { code: 'CUTOVER_NOT_AFTER_START', params: { startDay: '2023-11-01' } },
    ],
    [
      'before the period',
      p('2023-11-01', '2023-12-15'),
      '2023-10-20',
      { code: 'CUTOVER_NOT_AFTER_START', params: { startDay: '2023-11-01' } },
    ],
    ['after the period', p('2023-11-01', '2023-12-15'), '2023-12-16', { code: 'CUTOVER_AFTER_END', params: { endDay: '2023-12-15' } }],
  ])('refuses a cut-over %s', (_label, current, cutover, refusal) => {
    expect(planTransfer(current, cutover)).toEqual({ ok: false, ...refusal });
  });
});

describe('enumeratorProblems', () => {
  const base: StaffFacts = {
    kind: StaffKind.ENUMERATOR,
    status: StaffStatus.ACTIVE,
    municipalityId: 'M1',
    engagementStart: '2023-10-15',
    engagementEnd: '2023-12-15',
  };

  it.each([
    ['fits: inside the engagement, same municipality', base, p('2023-11-01', '2023-12-15'), []],
    ['fits: no engagement dates, open period', { ...base, engagementStart: null, engagementEnd: null }, p('2023-11-01', null), []],
    ['a supervisor', { ...base, kind: StaffKind.SUPERVISOR }, p('2023-11-01', '2023-12-15'), [['invalid', 'enumeratorId']]],
    ['someone who left', { ...base, status: StaffStatus.LEFT }, p('2023-11-01', '2023-12-15'), [['invalid', 'enumeratorId']]],
    ['another municipality', { ...base, municipalityId: 'M2' }, p('2023-11-01', '2023-12-15'), [['mismatch', 'enumeratorId']]],
    ['starts before the engagement', base, p('2023-10-14', '2023-12-15'), [['invalid', 'validFrom']]],
    ['ends after the engagement', base, p('2023-11-01', '2023-12-16'), [['invalid', 'validTo']]],
    ['open-ended beyond a set engagement end', base, p('2023-11-01', null), [['invalid', 'validTo']]],
    [
      'everything wrong at once',
      { ...base, kind: StaffKind.SUPERVISOR, municipalityId: 'M2' },
      p('2023-10-01', null),
      [
        ['invalid', 'enumeratorId'],
        ['mismatch', 'enumeratorId'],
        ['invalid', 'validFrom'],
        ['invalid', 'validTo'],
      ],
    ],
  ])('%s', (_label, who, period, expected) => {
    expect(enumeratorProblems('M1', who, period).map((x) => [x.kind, x.field])).toEqual(expected);
  });

  it('reports against the caller’s field names', () => {
    expect(
      engagementProblems(base, p('2023-12-01', '2023-12-31'), { who: 'toEnumeratorId', from: 'cutoverDate', to: 'toEnumeratorId' }),
    ).toEqual([{ kind: 'invalid', field: 'toEnumeratorId', code: 'AFTER_ENGAGEMENT_END', params: { endDay: '2023-12-15' } }]);
  });
});

describe('team rules', () => {
  const team = { id: 'T1', municipalityId: 'M1' };
  it.each([
    ['an enumerator without a team joins', { kind: StaffKind.ENUMERATOR, municipalityId: 'M1', teamId: null }, null],
    ['an enumerator already in this team', { kind: StaffKind.ENUMERATOR, municipalityId: 'M1', teamId: 'T1' }, null],
    ['an enumerator of another team', { kind: StaffKind.ENUMERATOR, municipalityId: 'M1', teamId: 'T2' }, 'invalid'],
    ['a supervisor as member', { kind: StaffKind.SUPERVISOR, municipalityId: 'M1', teamId: null }, 'invalid'],
    ['an enumerator of another municipality', { kind: StaffKind.ENUMERATOR, municipalityId: 'M2', teamId: null }, 'mismatch'],
  ])('member: %s', (_label, who, expected) => {
    expect(memberProblem(team, who, 'addMemberIds.0')?.kind ?? null).toBe(expected);
  });

  it.each([
    ['a supervisor of the municipality', { kind: StaffKind.SUPERVISOR, municipalityId: 'M1' }, null],
    ['an enumerator', { kind: StaffKind.ENUMERATOR, municipalityId: 'M1' }, 'invalid'],
    ['a supervisor of another municipality', { kind: StaffKind.SUPERVISOR, municipalityId: 'M2' }, 'mismatch'],
  ])('supervisor: %s', (_label, who, expected) => {
    expect(supervisorProblem('M1', who)?.kind ?? null).toBe(expected);
  });
});
