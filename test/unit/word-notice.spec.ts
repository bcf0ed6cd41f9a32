import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../../src/common/i18n/catalogue.js';
import { wordNotice, wordNotices } from '../../src/common/i18n/word-notice.js';
import { messageCatalogue } from '../../src/common/i18n/catalogue.js';
import { noticeOf, noticesOf } from '../../src/common/text/notice.js';
import { isPluralElement, isSelectElement, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A value for every argument of a message: numbers for plurals and numbers, a select's first option, else empty text. */
function sampleValues(message: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const walk = (els: readonly MessageFormatElement[]): void => {
    for (const e of els) {
      if (isPluralElement(e) || e.type === TYPE.number) values[e.value] = 1;
      else if (isSelectElement(e)) values[e.value] = Object.keys(e.options).find((k) => k !== 'other') ?? 'other';
      else if (e.type === TYPE.argument && !(e.value in values)) values[e.value] = '';
      if (isPluralElement(e) || isSelectElement(e)) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(parse(message));
  return values;
}

describe('notices worded in the reader’s language', () => {
  const flag = { code: 'KKR_NOT_CONFIRMED', params: { due: '2030-10-03', state: 'open' } };
  const overpaid = { code: 'OVERPAID', params: { amount: '1234.50' } };

  it.each([
    ['sq', 'Lista e anëtarëve të KKR-së nuk është konfirmuar; afati 3 tetor 2030'],
    ['sr-Latn', 'Spisak članova OPK nije potvrđen; rok 3. oktobar 2030.'],
    ['sr-Cyrl', 'Списак чланова ОПК није потврђен; рок 3. октобар 2030.'],
    ['en', 'KKR member list not confirmed; due by 3 October 2030'],
  ] as const)('a deadline flag with its due day in %s', (locale, text) => {
    expect(wordNotice(locale, 'flag', flag)).toBe(text);
  });

  it.each([
    ['sq', 'janë paguar 1 234,50 € më shumë se sa i takon; kthimi bëhet jashtë listës së pagave'],
    ['sr-Latn', 'isplaćeno je 1.234,50 € više nego što pripada; povraćaj se vrši van obračuna plata'],
    ['sr-Cyrl', 'исплаћено је 1.234,50 € више него што припада; повраћај се врши ван обрачуна плата'],
    ['en', 'already paid €1,234.50 more than due; recover outside the payroll'],
  ] as const)('a block reason with money in %s', (locale, text) => {
    expect(wordNotice(locale, 'block', overpaid).replace(/\u00a0|\u202f/g, ' ')).toBe(text);
  });

  it.each([
    ['sq', 'Tablet: mungojnë 3 (nevojiten 57, përfshirë 5 rezerva, janë 54)'],
    ['sr-Latn', 'Tablet: nedostaje 3 (potrebno 57, uključujući 5 rezervnih, ima 54)'],
    ['sr-Cyrl', 'Tablet: недостаје 3 (потребно 57, укључујући 5 резервних, има 54)'],
    ['en', 'Tablet: 3 missing (need 57 incl. 5 spares, have 54)'],
  ] as const)('an equipment shortfall with counts in %s', (locale, text) => {
    const short = { code: 'EQUIPMENT_SHORT', params: { type: 'Tablet', missing: 3, need: 57, spares: 5, have: 54 } };
    expect(wordNotice(locale, 'notice', short)).toBe(text);
  });

  it.each([
    [
      'sq',
      '2 klasa me nga 28 pjesëmarrës pa sallë, 16 tetor 2030 – 20 tetor 2030 (salla më e madhe e lirë aty pranë ka 27 vende); shtoni 2 salla me të paktën 28 vende',
    ],
    [
      'sr-Latn',
      '2 grupe od po 28 polaznika bez sale, 16. oktobar 2030. – 20. oktobar 2030. (najveća slobodna sala u blizini ima 27 mesta); dodajte 2 sale sa najmanje 28 mesta',
    ],
    [
      'sr-Cyrl',
      '2 групе од по 28 полазника без сале, 16. октобар 2030. – 20. октобар 2030. (највећа слободна сала у близини има 27 места); додајте 2 сале са најмање 28 места',
    ],
    [
      'en',
      '2 classes of 28 without a room, 16 October 2030 – 20 October 2030 (the largest free room nearby has 27 seats); add 2 rooms with at least 28 seats',
    ],
  ] as const)('a planner shortfall with plurals and days in %s', (locale, text) => {
    const short = {
      code: 'CLASS_NO_ROOM',
      params: { classes: 2, size: 28, from: '2030-10-16', to: '2030-10-20', cause: 'LARGEST', largest: 27 },
    };
    expect(wordNotice(locale, 'notice', short)).toBe(text);
  });

  it('shows a stored text of no known code as it was written, an unknown code as itself', () => {
    expect(wordNotice('sq', 'block', { code: 'LEGACY_TEXT', params: { text: 'as typed' } })).toBe('as typed');
    expect(wordNotice('sq', 'block', { code: 'FROM_A_NEWER_VERSION', params: {} })).toBe('FROM_A_NEWER_VERSION');
    expect(
      wordNotices('en', 'block', [
        { code: 'NO_VALID_IBAN', params: {} },
        { code: 'NO_CONTRACT', params: {} },
      ]),
    ).toBe('no valid IBAN; no signed contract covering the paid period');
  });

  it('reads stored notices defensively', () => {
    expect(noticesOf(null)).toEqual([]);
    expect(noticeOf('old words')).toEqual({ code: 'LEGACY_TEXT', params: { text: 'old words' } });
    expect(noticesOf([{ code: 'X', params: { n: 2, bad: { nested: true } } }])).toEqual([{ code: 'X', params: { n: 2 } }]);
  });

  it('has every notice and problem wording in every language, Cyrillic Serbian in Cyrillic', () => {
    const catalogue = messageCatalogue();
    const keys = Object.keys(catalogue.sources.en ?? {}).filter((k) =>
      /^(block|flag|notice|payLine|payNote|problem|qualityFlag)\./.test(k),
    );
    expect(keys.length).toBeGreaterThan(300);
    for (const key of keys) {
      for (const l of LOCALES) expect(typeof catalogue.sources[l]?.[key]).toBe('string');
      const sample = catalogue.format('sr-Cyrl', key, sampleValues(String(catalogue.sources['sr-Cyrl']?.[key])));
      // codes in capitals (IBAN, EA, CSV, KKR_REGIONAL), identifiers (minAge, ea_code) and anything with a digit are not words
      const words = sample
        .replace(/\S*\d\S*/g, '')
        .replace(/\b[A-Z][A-Z_-]+\b/g, '')
        .replace(/\b\w*_\w*\b|\b[a-z]+[A-Z]\w*\b/g, '');
      expect([key, /[a-zčćđšž]/i.test(words)]).toEqual([key, false]);
    }
  });
});
