import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isLiteralElement, isPluralElement, isSelectElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGES_DIR, MessageCatalogue, messageCatalogue } from '../../src/common/i18n/catalogue.js';
import { LOCALES } from '../../src/common/i18n/catalogue.js';
import { ERROR_STATUS, type ErrorCode } from '../../src/common/errors/error-codes.js';

describe('the server message catalogues', () => {
  const catalogue = messageCatalogue();
  const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

  it('word every error code in every language, each its own translation', () => {
    for (const code of codes) {
      const texts = Object.fromEntries(LOCALES.map((l) => [l, catalogue.format(l, `error.${code}`)]));
      for (const l of LOCALES) expect(texts[l]).toMatch(/\p{L}.*[.!]$/u);
      expect(texts.sq).not.toBe(texts.en);
      expect(texts['sr-Latn']).not.toBe(texts.en);
      expect(texts['sr-Cyrl']).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('hold no error message for a code that does not exist', () => {
    // error.<CODE> words an API error code; the console's own error.<camelCase> words a failure kind
    const codeKey = /^(error|errorDetail)\.([A-Z][A-Z0-9_]*)$/;
    const unused = Object.keys(catalogue.sources.en).filter((k) => codeKey.test(k) && !((codeKey.exec(k)?.[2] ?? '') in ERROR_STATUS));
    expect(unused).toEqual([]);
  });

  it('refuse a language file that lacks a key of another or does not parse', () => {
    const good = { sq: { a: 'A', b: 'B' }, 'sr-Cyrl': { a: 'А', b: 'Б' }, 'sr-Latn': { a: 'A', b: 'B' }, en: { a: 'A', b: 'B' } };
    expect(() => new MessageCatalogue(good)).not.toThrow();
    expect(() => new MessageCatalogue({ ...good, 'sr-Latn': { a: 'A' } })).toThrow('sr-Latn: b is missing');
    expect(() => new MessageCatalogue({ ...good, en: { a: 'A', b: '{n, plural, one {x}' } })).toThrow('en: b does not parse');
  });
});

/**
 * Keys the code builds from a prefix and a value (an error code, an enum value), with the file
 * that builds each and a piece of its code, so that a prefix no code builds any more is noticed.
 */
const DYNAMIC_PREFIXES: readonly { prefix: string; file: string; builds: string }[] = [
  { prefix: 'error.', file: 'src/common/errors/app-exception.filter.ts', builds: '`error.${code}`' },
  { prefix: 'error.', file: 'web/src/components/ui.tsx', builds: '`error.${error.code}`' },
  { prefix: 'errorDetail.', file: 'web/src/components/ui.tsx', builds: '`errorDetail.${error.code}`' },
  { prefix: 'change.', file: 'src/messaging/domain/invitation.ts', builds: '`change.${c.field}`' },
  { prefix: 'contractStatus.', file: 'web/src/pages/contracts.tsx', builds: '`contractStatus.${' },
  { prefix: 'field.column.', file: 'web/src/pages/fieldwork.tsx', builds: '`field.column.${c}`' },
  { prefix: 'field.source.', file: 'web/src/pages/fieldwork.tsx', builds: '`field.source.${' },
  { prefix: 'elig.', file: 'web/src/pages/supervisors.tsx', builds: '`elig.${r.code}`' },
  { prefix: 'sup.replacementStatus.', file: 'web/src/pages/supervisors.tsx', builds: '`sup.replacementStatus.${r.status}`' },
  { prefix: 'staff.status.', file: 'web/src/pages/staff-person.tsx', builds: '`staff.status.${s}`' },
  { prefix: 'bank.status.', file: 'web/src/pages/staff-person.tsx', builds: '`bank.status.${v.status}`' },
  { prefix: 'tariffs.unit.', file: 'web/src/pages/tariffs.tsx', builds: '`tariffs.unit.${' },
  { prefix: 'imports.kind.', file: 'web/src/pages/imports.tsx', builds: '`imports.kind.${' },
  { prefix: 'report.status.', file: 'web/src/components/report.tsx', builds: '`report.status.${req.status}`' },
  { prefix: 'itemStatus.', file: 'web/src/pages/equipment.tsx', builds: '`itemStatus.${' },
  { prefix: 'quality.threshold.', file: 'web/src/pages/fieldwork.tsx', builds: '`quality.threshold.${k}`' },
  { prefix: 'docLocale.', file: 'web/src/i18n.tsx', builds: '`docLocale.${code}`' },
  { prefix: 'condition.', file: 'web/src/pages/distribution-plan.tsx', builds: '`condition.${c}`' },
  { prefix: 'venueKind.', file: 'web/src/pages/training.tsx', builds: '`venueKind.${k}`' },
  { prefix: 'list.sort.', file: 'web/src/pages/municipality.tsx', builds: '`list.sort.${s}`' },
  { prefix: 'shift.', file: 'web/src/pages/training-plan.tsx', builds: '`shift.${' },
  { prefix: 'ctx.eventKind.', file: 'web/src/pages/training-event.tsx', builds: '`ctx.eventKind.${event.kind}`' },
  { prefix: 'dash.stage.', file: 'web/src/pages/dashboard.tsx', builds: '`dash.stage.${stage}`' },
  { prefix: 'dash.deadline.', file: 'web/src/pages/dashboard.tsx', builds: '`dash.deadline.${x.kind}`' },
  // a statement line's arithmetic: its expression and how it ends (`arith.result.<result>`)
  { prefix: 'arith.', file: 'src/payroll/exports/pay-line-words.ts', builds: '`arith.${n.code}`' },
  // a held pay line's quality rules (wordParams, param `rules`)
  { prefix: 'qualityRule.', file: 'src/common/i18n/word-notice.ts', builds: '`qualityRule.${c}`' },
  // wordNotice(locale, area, notice) words `<area>.<code>`: block reasons, deadline flags, planner and distribution notices, pay lines, quality flags
  ...['block', 'flag', 'notice', 'payLine', 'payNote', 'problem', 'qualityFlag'].map((area) => ({
    prefix: `${area}.`,
    file: 'src/common/i18n/word-notice.ts',
    builds: '`${area}.${n.code}`',
  })),
  { prefix: 'rec.tl.', file: 'web/src/pages/competitions.tsx', builds: '`rec.tl.${f}`' },
  { prefix: 'rec.apps.filter.', file: 'web/src/pages/recruitment-applications.tsx', builds: '`rec.apps.filter.${name}`' },
  { prefix: 'rec.apps.sort.', file: 'web/src/pages/recruitment-applications.tsx', builds: '`rec.apps.sort.${s}`' },
  { prefix: 'export.summary.', file: 'src/payroll/exports/summary-workbook.ts', builds: '`export.summary.${' },
  { prefix: 'report.runStatus.', file: 'src/payroll/exports/summary-workbook.ts', builds: '`report.runStatus.${run.status}`' },
  { prefix: 'report.runKind.', file: 'src/payroll/exports/summary-workbook.ts', builds: '`report.runKind.${run.kind}`' },
  { prefix: 'report.payStatus.', file: 'src/payroll/exports/summary-workbook.ts', builds: '`report.payStatus.${' },
  { prefix: 'report.classLanguage.', file: 'src/reports/types/room-plan.report.ts', builds: '`report.classLanguage.${code}`' },
  { prefix: 'report.eventKind.', file: 'src/reports/types/room-plan.report.ts', builds: '`report.eventKind.${event.kind}`' },
  { prefix: 'report.shift.', file: 'src/reports/types/distribution-plan.report.ts', builds: '`report.shift.${s.shift}`' },
  // {{t (key "report.<prefix>." value)}} in the document templates
  ...['role', 'unit', 'kkrRole', 'attendance', 'channel', 'community'].map((p) => ({
    prefix: `report.${p}.`,
    file: 'src/reports/report-templates.ts',
    builds: "'key'",
  })),
  // enumLabel(t, prefix, value) in web/src/i18n.tsx: the prefixes its parameter type allows
  ...[
    'role',
    'kind',
    'kkr',
    'channel',
    'msgStatus',
    'msgKind',
    'runStatus',
    'runKind',
    'personStatus',
    'planStatus',
    'appStatus',
    'replStatus',
    'community',
    'language',
  ].map((p) => ({
    prefix: `${p}.`,
    file: 'web/src/i18n.tsx',
    builds: `'${p}'`,
  })),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p);
    return /\.(tsx?|hbs)$/.test(e.name) ? [p] : [];
  });
}

describe('the shared catalogues of the server and the console', () => {
  const sources = Object.fromEntries(
    LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(MESSAGES_DIR, `${l}.json`), 'utf8')) as Record<string, string>]),
  );
  const keys = Object.keys(sources.sq ?? {});
  const code = ['src', 'web/src', 'templates'].flatMap((d) => sourceFiles(d)).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
  const quoted = new Set(code.flatMap(({ text }) => [...text.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)].map((m) => m[2])));

  it('hold every key in every language, each one parsing as ICU MessageFormat', () => {
    for (const l of LOCALES) expect(Object.keys(sources[l] ?? {}).sort()).toEqual([...keys].sort());
    for (const l of LOCALES) for (const k of keys) expect(() => new IntlMessageFormat(sources[l]?.[k] ?? '', l)).not.toThrow();
  });

  it('hold no key that neither the server nor the console uses', () => {
    for (const d of DYNAMIC_PREFIXES) expect(readFileSync(d.file, 'utf8')).toContain(d.builds);
    const unused = keys.filter((k) => !quoted.has(k) && !DYNAMIC_PREFIXES.some((d) => k.startsWith(d.prefix)));
    expect(unused).toEqual([]);
  });

  it("word every key the console asks for with t('…')", () => {
    const asked = code
      .filter((c) => c.file.startsWith('web/'))
      .flatMap(({ text }) => [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect(asked.length).toBeGreaterThan(500);
    expect(asked.filter((k) => !(k && k in (sources.sq ?? {})))).toEqual([]);
  });

  it('write the Serbian Cyrillic catalogue in Cyrillic, codes in capitals and addresses aside', () => {
    const literal = (els: readonly MessageFormatElement[]): string =>
      els
        .map((e) =>
          isLiteralElement(e)
            ? e.value
            : isPluralElement(e) || isSelectElement(e)
              ? Object.values(e.options)
                  .map((o) => literal(o.value))
                  .join(' ')
              : '',
        )
        .join(' ');
    // What a reader types or reads as written stays Latin: codes in capitals, identifiers (ea_code,
    // minAge), anything with a digit, addresses, and the names of products and of file columns.
    const AS_WRITTEN = new Set(['Survey', 'Solutions', 'CSWeb', 'Central', 'Tabular', 'zip', 'alpha']);
    const COLUMNS = new Set(['buildings', 'dwellings', 'households', 'individuals', 'person', 'day', 'present']);
    const latinWords = (k: string): string[] =>
      (
        literal(parse(sources['sr-Cyrl']?.[k] ?? ''))
          .replace(/\S+@\S+|\S*\d\S*/g, ' ')
          .match(/[\p{L}_]+/gu) ?? []
      ).filter(
        (w) =>
          /\p{Script=Latin}{2,}/u.test(w) &&
          !/^[A-Z][A-Z0-9_]+$/.test(w) &&
          !w.includes('_') &&
          !/^[a-z]+[A-Z]\w*$/.test(w) &&
          !AS_WRITTEN.has(w) &&
          !COLUMNS.has(w),
      );
    const latin = keys.filter((k) => k !== 'app.name' && k !== 'locale.formatting' && latinWords(k).length > 0);
    expect(latin.map((k) => [k, latinWords(k)])).toEqual([]);
  });

  it('choose the plural form by count (Serbian: one, few, other)', () => {
    const group = (l: (typeof LOCALES)[number], count: number) =>
      new IntlMessageFormat(sources[l]?.['reach.sessionLabel'] ?? '', l).format({ group: 'A', count });
    expect([1, 3, 5, 21].map((n) => group('sr-Latn', n))).toEqual([
      'Grupa A (1 osoba)',
      'Grupa A (3 osobe)',
      'Grupa A (5 osoba)',
      'Grupa A (21 osoba)',
    ]);
    expect(group('sr-Cyrl', 3)).toBe('Група A (3 особе)');
    expect([1, 2].map((n) => group('en', n))).toEqual(['Group A (1 person)', 'Group A (2 people)']);
    expect([1, 2].map((n) => group('sq', n))).toEqual(['Grupi A (1 person)', 'Grupi A (2 persona)']);
  });
});
