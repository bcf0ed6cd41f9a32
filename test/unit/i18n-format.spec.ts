import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { transform } from '@swc/core';
import { formatAmount, formatCount, formatDay, formatInstant, formatMoney, formatMonth } from '../../src/common/i18n/format.js';
import { FORMATTING_LOCALES, LOCALES } from '../../src/common/i18n/catalogue.js';
import type { Locale } from '../../src/common/i18n/locales.js';

import { DAYS, MONEY, plain } from '../support/format-tables.js';

describe.each(LOCALES)('formatting in %s', (locale) => {
  it.each(MONEY)('money %p', (amount, expected) => {
    expect(plain(formatMoney(amount, locale))).toBe(expected[locale]);
  });

  it.each(DAYS)('day %s', (day, expected) => {
    expect(formatDay(day, locale)).toBe(expected[locale]);
  });

  it('counts and plain amounts group thousands', () => {
    const want: Record<Locale, [string, string]> = {
      sq: ['12 043', '1 234,50'],
      'sr-Cyrl': ['12.043', '1.234,50'],
      'sr-Latn': ['12.043', '1.234,50'],
      en: ['12,043', '1,234.50'],
    };
    expect(plain(formatCount(12043, locale))).toBe(want[locale][0]);
    expect(plain(formatAmount('1234.5', locale))).toBe(want[locale][1]);
  });

  it('an instant is read in the given zone (a deadline at midnight in Kosovo)', () => {
    const s = plain(formatInstant('2023-10-03T22:00:00.000Z', locale, 'Europe/Belgrade'));
    expect(s).toContain('00:00');
    expect(s).toContain(formatDay('2023-10-04', locale));
  });

  it('a unit rate keeps the decimals that count, at least two', () => {
    const want: Record<Locale, [string, string]> = {
      sq: ['0,8125 €', '1 000,80 €'],
      'sr-Cyrl': ['0,8125 €', '1.000,80 €'],
      'sr-Latn': ['0,8125 €', '1.000,80 €'],
      en: ['€0.8125', '€1,000.80'],
    };
    expect(plain(formatMoney('0.8125', locale, { maxFractionDigits: 4 }))).toBe(want[locale]?.[0]);
    expect(plain(formatMoney('1000.8000', locale, { maxFractionDigits: 4 }))).toBe(want[locale]?.[1]);
  });

  it('a pay month', () => {
    const want: Record<Locale, string> = {
      sq: 'nëntor 2023',
      'sr-Cyrl': 'новембар 2023.',
      'sr-Latn': 'novembar 2023.',
      en: 'November 2023',
    };
    expect(formatMonth('2023-11-15', locale)).toBe(want[locale]);
  });
});

describe('money is never a float', () => {
  it('refuses amounts that are not integer cents or decimal strings', () => {
    expect(() => formatMoney(12.5, 'sq')).toThrow(RangeError);
    expect(() => formatMoney('12,50', 'sq')).toThrow(RangeError);
    expect(() => formatMoney('1e3', 'sq')).toThrow(RangeError);
  });
});

describe('a training day does not move with the reader’s time zone', () => {
  // The formatter, compiled as it is, runs in processes whose clock lives at UTC−10 and UTC+14.
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'terren-format-'));
    const source = await readFile(new URL('../../src/common/i18n/format.ts', import.meta.url), 'utf8');
    const { code } = await transform(source, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } });
    await writeFile(join(dir, 'format.mjs'), code);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['Pacific/Honolulu', -600],
    ['Pacific/Kiritimati', 840],
  ])('seen from %s', (tz, offsetMinutes) => {
    const script = `import * as f from ${JSON.stringify(join(dir, 'format.mjs'))};
      const locales = ${JSON.stringify(LOCALES)};
      f.setFormattingLocales(${JSON.stringify(FORMATTING_LOCALES)});
      console.log(JSON.stringify({
        offset: -new Date('2026-12-31T12:00:00Z').getTimezoneOffset(),
        naive: new Date('2026-12-31T00:00:00').toISOString().slice(0, 10),
        days: locales.map((l) => f.formatDay('2026-12-31', l)),
        short: f.formatDay('2027-01-01', 'sq', 'short'),
        instant: f.formatInstant('2023-10-03T22:00:00.000Z', 'en', 'Europe/Belgrade'),
      }));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as { offset: number; naive: string; days: string[]; short: string; instant: string };
    expect(out.offset).toBe(offsetMinutes);
    // a day read as local midnight lands on another UTC day east of Greenwich …
    expect(out.naive).toBe(offsetMinutes > 0 ? '2026-12-30' : '2026-12-31');
    // … while formatDay prints the same calendar day everywhere
    expect(out.days).toEqual(LOCALES.map((l) => DAYS[0]?.[1][l]));
    expect(out.short).toBe('01.01.2027');
    // an instant is read in the census's zone, whatever the process's
    expect(plain(out.instant)).toBe('4 October 2023 at 00:00');
  });
});
