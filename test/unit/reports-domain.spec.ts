import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import { barChartSvg } from '../../src/reports/domain/bar-chart.js';
import { canonicalJson, contentHash, shortHash, type ContentKey } from '../../src/reports/domain/content-hash.js';
import { expiresAt, RETENTION } from '../../src/reports/domain/retention.js';
import { messageCatalogue } from '../../src/common/i18n/catalogue.js';
import { serbianCyrillic } from '../../src/common/i18n/serbian-script.js';
import { reportText, storedLanguages } from '../../src/reports/report-language.js';
import { blockReasonText } from '../../src/reports/types/statement-model.js';
import { wordArithmetic } from '../../src/payroll/exports/pay-line-words.js';

const key: ContentKey = {
  type: 'kkr-members',
  params: { municipalityCode: 'prizren' },
  language: 'sq',
  municipalityId: '7d3f7c52-2b2c-4c8e-9d53-1b2a9f1c0e11',
  audience: 'NATIONAL',
  fingerprint: { members: [[1, new Date('2023-10-01T00:00:00Z')]] },
  templateVersion: '1',
};

describe('report content hash', () => {
  it('ignores key order and undefined members, and reads bigint and dates', () => {
    expect(canonicalJson({ b: 1, a: { d: 2n, c: undefined, e: new Date('2023-10-01T00:00:00Z') } })).toBe(
      '{"a":{"d":"2","e":"2023-10-01T00:00:00.000Z"},"b":1}',
    );
  });

  it.each([
    ['type', { type: 'payroll-summary' }],
    ['params', { params: { municipalityCode: 'prishtine' } }],
    ['language', { language: 'sr' }],
    ['municipality', { municipalityId: null }],
    ['audience (masked for municipal users)', { audience: 'MUNICIPAL' as const }],
    ['inputs', { fingerprint: { members: [[1, new Date('2023-10-02T00:00:00Z')]] } }],
    ['template version', { templateVersion: '2' }],
  ])('changes with the %s', (_what, change) => {
    expect(contentHash({ ...key, ...change })).not.toBe(contentHash(key));
  });

  it('is stable, 64 hex characters, printed as 12', () => {
    expect(contentHash({ ...key, params: { municipalityCode: 'prizren' } })).toBe(contentHash(key));
    expect(contentHash(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(shortHash(contentHash(key))).toHaveLength(12);
  });
});

describe('bar chart (inline SVG, no scripts)', () => {
  it('scales bars to the largest value and escapes labels', () => {
    const svg = barChartSvg(
      [
        { label: 'Prishtinë', value: 200_000n, caption: '2000.00' },
        { label: '<script>x</script>', value: 100_000n, caption: '1000.00' },
        { label: 'Zero', value: 0n, caption: '0.00' },
      ],
      { width: 470, labelWidth: 170 },
    );
    // plot width = 470 - 170 - 90 = 210: 2000.00 → 210 px, 1000.00 → 105 px, 0 → 0
    expect(svg).toContain('width="210.00"');
    expect(svg).toContain('width="105.00"');
    expect(svg).toContain('width="0.00"');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(svg).not.toContain('<script>');
  });
});

describe('retention and wording', () => {
  it('keeps payroll documents for years and working lists for days', () => {
    const now = new Date('2023-12-01T00:00:00Z');
    expect(expiresAt(now, RETENTION.draft).toISOString()).toBe('2023-12-15T00:00:00.000Z');
    expect(expiresAt(now, RETENTION.payroll).getUTCFullYear()).toBe(2030);
  });

  it('speaks Albanian, Serbian and English from the message catalogues', () => {
    expect((['sq', 'sr-Latn', 'en'] as const).map((l) => reportText(l, 'report.net'))).toEqual(['Neto', 'Neto', 'Net']);
    expect(reportText('sr-Latn', 'report.statementTitle')).toBe('Izvod o isplati');
    expect(() => reportText('en', 'report.no-such-key')).toThrow();
    expect(reportText('sr-Cyrl', 'report.seatCount', { count: 3 })).toBe('3 места');
    expect(reportText('sr-Latn', 'report.monthCount', { count: 1 })).toBe('1 mesec');
    expect(reportText('en', 'report.monthCount', { count: 4 })).toBe('4 months');
    expect(reportText('sr-Cyrl', 'report.pageOf', { page: 2, pages: 5 })).toBe('Страна 2 од 5');
  });

  it('words a line’s arithmetic in the reader’s language, numbers as the reader writes them', () => {
    // 1,234 × 0.80 = 987.20, of which 900.00 was paid before: 87.20
    const paidBefore = notice('PIECE', {
      quantity: 1234,
      rate: '0.80',
      result: 'PAID_BEFORE',
      dueAmount: '987.20',
      beforeAmount: '900.00',
      amount: '87.20',
    });
    expect(wordArithmetic('sq', paidBefore).replace(/\s/g, ' ')).toBe('1 234 × 0,80 = 987,20 - 900,00 paguar më parë = 87,20');
    expect(wordArithmetic('sr-Cyrl', paidBefore)).toBe('1.234 × 0,80 = 987,20 - 900,00 исплаћено раније = 87,20');
    expect(wordArithmetic('sr-Latn', paidBefore)).toBe('1.234 × 0,80 = 987,20 - 900,00 isplaćeno ranije = 87,20');
    expect(wordArithmetic('en', paidBefore)).toBe('1,234 × 0.80 = 987.20 - 900.00 paid before = 87.20');
    // 150.00 × 15/15 days × 3/5 training days = 90.00
    const prorated = notice('TIME_ATTENDANCE', {
      periodAmount: '150.00',
      days: 15,
      basis: 15,
      attended: 3,
      trainingDays: 5,
      result: 'EQUALS',
      amount: '90.00',
    });
    expect(wordArithmetic('sq', prorated)).toBe('150,00 × 15/15 ditë × 3/5 ditë trajnimi = 90,00');
    expect(wordArithmetic('sr-Cyrl', prorated)).toBe('150,00 × 15/15 дана × 3/5 дана обуке = 90,00');
    expect(wordArithmetic('en', prorated)).toBe('150.00 × 15/15 days × 3/5 training days = 90.00');
    // a single day: Serbian and English say it in the singular
    const oneDay = notice('TIME', { periodAmount: '1234.50', days: 1, basis: 1, result: 'EQUALS', amount: '1234.50' });
    expect(wordArithmetic('sr-Latn', oneDay)).toBe('1.234,50 × 1/1 dan = 1.234,50');
    expect(wordArithmetic('en', oneDay)).toBe('1,234.50 × 1/1 day = 1,234.50');
    // the rate keeps its decimals: 12,345,678 × 0.005 = 61,728.39
    const fine = notice('PIECE', { quantity: 12_345_678, rate: '0.005', result: 'EQUALS', amount: '61728.39' });
    expect(wordArithmetic('en', fine)).toBe('12,345,678 × 0.005 = 61,728.39');
    expect(
      wordArithmetic('sq', notice('NO_LONGER_DUE', { result: 'PAID_BEFORE', dueAmount: '0.00', beforeAmount: '1.00', amount: '-1.00' })),
    ).toBe('nuk i takon më = 0,00 - 1,00 paguar më parë = -1,00');
  });

  it('reads the languages a request was stored with, older Serbian in Latin (sr) included', () => {
    expect(storedLanguages('sq,sr-Cyrl')).toEqual(['sq', 'sr-Cyrl']);
    expect(storedLanguages('sr')).toEqual(['sr-Latn']);
    expect(storedLanguages('')).toEqual(['sq']);
  });

  it('speaks Serbian in Cyrillic, keeping codes, numbers, e-mail addresses and placeholders', () => {
    expect(reportText('sr-Cyrl', 'report.statementTitle')).toBe('Извод о исплати');
    expect(reportText('sr-Cyrl', 'report.blockedBanner')).toBe('БЛОКИРАН – не исплаћује се у овом обрачуну');
    expect(reportText('sr-Cyrl', 'report.contactPersons')).toBe('Контакт особе са ASK');
    expect(reportText('sr-Cyrl', 'report.kkrTitle')).toBe('Списак чланова ОКП');
    expect(reportText('sr-Cyrl', 'report.iban')).toBe('IBAN');
    expect(reportText('sr-Cyrl', 'report.email')).toBe('Е-пошта');
    expect(serbianCyrillic('Pišite na popis@ask.rks-gov.net, IBAN XK051212012345678906, {n} i {{name}}: 1.234,50 EUR')).toBe(
      'Пишите на popis@ask.rks-gov.net, IBAN XK051212012345678906, {n} и {{name}}: 1.234,50 EUR',
    );
    expect(serbianCyrillic('Ljubljana NJEGOŠ Džep')).toBe('Љубљана ЊЕГОШ Џеп');
    // every wording has a Cyrillic form without a Latin Serbian letter left in it (codes aside)
    const sources = messageCatalogue().sources['sr-Cyrl'] as Record<string, string>;
    for (const key of Object.keys(sources).filter((k) => k.startsWith('report.'))) {
      const words = (sources[key] ?? '').replace(
        /\b(IBAN|ASK|EUR|KKR|EA|UTC|PDF|CSV|XLSX)\b|\{\w+, plural,|\b(one|few|other) \{|\{\w+\}|[{}#]/g,
        '',
      );
      expect([key, /[a-zčćđšž]/i.test(words)]).toEqual([key, false]);
    }
    const reasons = [
      { code: 'NO_VALID_IBAN', params: {} },
      { code: 'DEDUCTIONS_EXCEED_GROSS', params: { amount: '12.50' } },
    ];
    expect(blockReasonText(reasons, 'sr-Cyrl')).toBe('нема важећи IBAN; одбици премашују бруто износ за 12,50\u00a0€');
  });
});
