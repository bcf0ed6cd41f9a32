import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { LETTER_2023_CALENDAR } from '../../src/census/census.demo.js';
import { calendarProblems, changedStages, daysBetween, shiftCalendar } from '../../src/census/domain/calendar.js';
import { CensusSettings, readSettings } from '../../src/census/domain/census-settings.js';

describe('census calendar', () => {
  it('accepts the letter’s calendar (demo seed) and names stages out of order', () => {
    expect(calendarProblems(LETTER_2023_CALENDAR)).toEqual([]);
    expect(
      calendarProblems({ ...LETTER_2023_CALENDAR, publicationBy: '2023-10-11', applicationDeadline: '2023-10-07T10:00:00.000Z' }).map(
        (p) => p.field,
      ),
    ).toEqual(['publicationBy', 'applicationDeadline']);
    expect(
      calendarProblems({
        ...LETTER_2023_CALENDAR,
        payMonths: [
          { from: '2023-10-15', to: '2023-11-14' },
          { from: '2023-11-14', to: '2023-12-15' },
        ],
      }),
    ).toEqual([{ field: 'payMonths.1.from', code: 'PAY_MONTH_OVERLAP', params: { previousDay: '2023-11-14' } }]);
  });

  it('shifts every date by whole days, across month ends and DST, and the deadline instant by as many days', () => {
    // field work 1 Nov 2023 → 5 Apr 2024 is 156 days
    const days = daysBetween(LETTER_2023_CALENDAR.fieldworkFrom, '2024-04-05');
    expect(days).toBe(156);
    const s = shiftCalendar(LETTER_2023_CALENDAR, days, 'Europe/Belgrade');
    expect(s.fieldworkFrom).toBe('2024-04-05');
    expect(s.fieldworkTo).toBe('2024-05-19');
    // the end of 3 Oct in summer time (22:00Z) → the end of 7 Mar in winter time (23:00Z)
    expect(s.applicationDeadline).toBe('2024-03-07T23:00:00.000Z');
    expect(s.payMonths[0]).toEqual({ from: '2024-03-19', to: '2024-04-18' });
    expect(calendarProblems(s)).toEqual([]);
    expect(changedStages(LETTER_2023_CALENDAR, s).length).toBe(22);
    expect(changedStages(LETTER_2023_CALENDAR, { ...LETTER_2023_CALENDAR, listingTo: '2023-10-28' })).toEqual(['listingTo']);
  });

  it('validates settings: the known keys, eligibility passes through, nothing else', () => {
    expect(CensusSettings.parse({ contractGate: true, preparatoryAttendance: 'PRORATE', eligibility: { minAge: 18, x: [1] } })).toEqual({
      contractGate: true,
      preparatoryAttendance: 'PRORATE',
      eligibility: { minAge: 18, x: [1] },
    });
    expect(CensusSettings.safeParse({ preparatoryAttendance: 'SOME' }).success).toBe(false);
    expect(CensusSettings.safeParse({ unknown: 1 }).success).toBe(false);
    expect(readSettings(null)).toEqual({});
  });
});

/**
 * Nothing compiled reads the letter's calendar: its dates (2023-09 to 2023-12) appear only in
 * seed files (`*.demo.ts`, src/demo/, the geography seed). Comments count too: a date in a
 * comment is the first step to a constant.
 */
describe('no compiled 2023 calendar', () => {
  const SEED = (f: string) => f.endsWith('.demo.ts') || f.includes(`${path.sep}demo${path.sep}`) || f.endsWith('geography.seed.ts');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      if (p.includes(`${path.sep}generated`)) return [];
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') || p.endsWith('.tsx') ? [p] : [];
    });
  const LETTER_DATE = /2023-(09|1[0-2])-\d{2}/g;

  it.each([['src'], ['web/src']])('finds none of the letter’s dates outside seed files in %s', (dir) => {
    const found = files(path.resolve(dir))
      .filter((f) => !SEED(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(LETTER_DATE)].map((m) => `${path.relative(process.cwd(), f)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('would notice one (the pattern matches the letter’s dates)', () => {
    expect(JSON.stringify(LETTER_2023_CALENDAR).match(LETTER_DATE)?.length).toBeGreaterThan(20);
  });
});
