import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isLiteralElement, isPluralElement, isSelectElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/generated/prisma/enums.js';
import { MESSAGES_DIR } from '../../src/common/i18n/catalogue.js';
import { arrangeConsolePages, CONSOLE_MUNICIPALITY, settle, type ConsolePage } from '../support/console-pages.js';
import { createUser, launchBrowser, signIn, startConsoleApp, type ConsoleApp } from '../support/browser.js';

/**
 * Every word in the reader's language: every page of the console, for every role that may open
 * it, rendered in Albanian and in Serbian Cyrillic, shows no English word (in its text or in
 * the labels, titles and placeholders a screen reader reads). The English words are
 * those of messages/en.json (four letters or more) that neither the Albanian nor the Serbian
 * Latin catalogue uses; codes in capitals (IBAN, CSV, KKR), e-mail and web addresses are not
 * words. ALLOWED lists what is printed on purpose.
 */
const LANGUAGES = ['sq', 'sr-Cyrl'] as const;

/** Words the console prints on purpose in every language. */
const ALLOWED = new Set<string>([
  'terren', // the product's name
  'english', // the language switcher names each language in itself ("English")
  'outbox', // the local outbox transport's configuration name (EMAIL_TRANSPORT=outbox) and its folder
]);

function literalText(message: string): string {
  const walk = (els: readonly MessageFormatElement[]): string =>
    els
      .map((e) =>
        isLiteralElement(e)
          ? e.value
          : isPluralElement(e) || isSelectElement(e)
            ? Object.values(e.options)
                .map((o) => walk(o.value))
                .join(' ')
            : '',
      )
      .join(' ');
  return walk(parse(message));
}

/** Lower-case words of a text, without codes in capitals, e-mail and web addresses. */
function words(text: string): string[] {
  return text
    .replace(/\S+@\S+|https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && w !== w.toUpperCase())
    .map((w) => w.toLowerCase());
}

/** The page's text and the words a screen reader reads from attributes (labels, titles, placeholders). */
const VISIBLE_TEXT = `document.body.innerText + '\\n' + [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')]
  .flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) || ''))
  .filter(Boolean)
  .join('\\n')`;
const CODE_TEXT = "[...document.querySelectorAll('code, pre, kbd, samp, .code')].map((e) => e.textContent).join(' ')";

/**
 * Names the data gives, in whatever language it was given (the demo census and its calendar
 * note, tariffs, places, people, equipment types): the console shows them as they are.
 */
async function dataNames(t: ConsoleApp['t']): Promise<string[]> {
  const p = t.db.prisma;
  const [censuses, calendars, tariffs, places, regions, types, events, competitions] = await Promise.all([
    p.census.findMany({ select: { name: true, code: true } }),
    p.censusCalendar.findMany({ select: { reason: true } }),
    p.tariff.findMany({ select: { name: true } }),
    p.municipality.findMany({ select: { nameSq: true, nameSr: true } }),
    p.region.findMany({ select: { nameSq: true, nameSr: true } }),
    p.itemType.findMany({ select: { name: true } }),
    p.trainingEvent.findMany({ select: { name: true } }),
    p.competition.findMany({ select: { name: true, code: true } }),
  ]);
  return [
    ...censuses.flatMap((c) => [c.name, c.code]),
    ...calendars.map((c) => c.reason),
    ...tariffs.map((x) => x.name),
    ...[...places, ...regions].flatMap((x) => [x.nameSq, x.nameSr]),
    ...types.map((x) => x.name),
    ...events.map((x) => x.name),
    ...competitions.flatMap((x) => [x.name, x.code]),
  ]
    .filter((n): n is string => !!n)
    .sort((a, b) => b.length - a.length);
}

function withoutNames(text: string, names: readonly string[]): string {
  return names.reduce((out, n) => out.split(n).join(' '), text);
}

/** The lines of the page that hold the words, to find where they come from. */
function linesWith(text: string, found: readonly string[]): string {
  const lines = text.split('\n').filter((line) => words(line).some((w) => found.includes(w)));
  return [...new Set(lines)].map((l) => l.trim().slice(0, 160)).join('\n    ');
}

function englishWords(): Set<string> {
  const catalogue = (l: string) => JSON.parse(readFileSync(path.join(MESSAGES_DIR, `${l}.json`), 'utf8')) as Record<string, string>;
  const local = new Set(['sq', 'sr-Latn'].flatMap((l) => Object.values(catalogue(l)).flatMap((m) => words(literalText(m)))));
  return new Set(
    Object.values(catalogue('en')).flatMap((m) =>
      words(literalText(m)).filter((w) => /^[a-z]+$/.test(w) && !local.has(w) && !ALLOWED.has(w)),
    ),
  );
}

describe('web console: no English in Albanian or Serbian pages', () => {
  let c: ConsoleApp;
  let browser: Browser;
  let pages: ConsolePage[];
  let names: string[];
  const english = englishWords();

  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsoleApp(), launchBrowser()]);
    pages = await arrangeConsolePages(c.t);
    names = await dataNames(c.t);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it('knows enough English words to notice a leak', () => {
    expect(english.size).toBeGreaterThan(300);
    for (const w of ['approve', 'training', 'equipment', 'download', 'municipality']) expect(english).toContain(w);
  });

  it('shows every page of every role in sq and sr-Cyrl without an English word', async () => {
    const leaks: string[] = [];
    for (const role of [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY]) {
      const user = await createUser(c.t, role, role === Role.MUNICIPALITY ? CONSOLE_MUNICIPALITY : undefined);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await signIn(page, c.baseUrl, user);
      for (const lang of LANGUAGES) {
        await page.evaluate(`localStorage.setItem('terren.lang', ${JSON.stringify(lang)})`);
        for (const p of pages.filter((x) => x.roles.includes(role))) {
          await page.goto(`${c.baseUrl}/app/${p.path}`);
          await settle(page);
          const text = withoutNames(await page.evaluate<string>(VISIBLE_TEXT), names);
          // codes shown as codes (column names, audit details as JSON) are not words
          const codes = new Set(words(await page.evaluate<string>(CODE_TEXT)));
          const found = [...new Set(words(text).filter((w) => english.has(w) && !codes.has(w)))];
          if (lang === 'sr-Cyrl' && !/\p{Script=Cyrillic}{4,}/u.test(text)) leaks.push(`${role} ${lang} /app/${p.path}: not in Cyrillic`);
          if (found.length) leaks.push(`${role} ${lang} /app/${p.path}: ${found.join(', ')}\n    ${linesWith(text, found)}`);
        }
      }
      await context.close();
    }
    expect(leaks).toEqual([]);
  }, 900_000);
});
