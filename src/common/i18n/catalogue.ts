import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { setFormattingLocales } from './format.js';
import { DEFAULT_LOCALE, type Locale, negotiateLocale, orderLocales } from './locales.js';

/**
 * The server's message catalogues: one ICU MessageFormat file per locale,
 * `messages/<locale>.json` at the project root (the working directory of every entry point and
 * test). Adding a language means adding one file here; a file that lacks a key of another, or
 * holds a message that does not parse, is refused when the catalogues are first read.
 */
export const MESSAGES_DIR = path.resolve(process.cwd(), 'messages');

/** Keys every catalogue holds about its own language. */
export const LOCALE_NAME_KEY = 'locale.name';
export const LOCALE_FORMATTING_KEY = 'locale.formatting';

function readSources(dir: string): Record<Locale, Record<string, unknown>> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>]),
  );
}

/** The languages of the catalogues in `dir`: the default first, then the others by their own names. */
export function localesIn(dir: string, sources: Readonly<Record<Locale, Readonly<Record<string, unknown>>>> = readSources(dir)): Locale[] {
  return orderLocales(Object.keys(sources), (l) => String(sources[l]?.[LOCALE_NAME_KEY] ?? l));
}

const SOURCES = readSources(MESSAGES_DIR);

/** The languages terren speaks: one per file in messages/. */
export const LOCALES: readonly Locale[] = localesIn(MESSAGES_DIR, SOURCES);

/** The CLDR locale each language's numbers and dates follow (`locale.formatting` of its catalogue). */
export const FORMATTING_LOCALES: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALES.map((l) => [l, String(SOURCES[l]?.[LOCALE_FORMATTING_KEY] ?? l)]),
);
setFormattingLocales(FORMATTING_LOCALES);

/** Whether a tag is one of the catalogues' languages, exactly as written. */
export const isLocale = (tag: string): boolean => LOCALES.includes(tag);

/** The reader's language from an Accept-Language header, else `fallback` (Albanian by default). */
export function readerLocale(acceptLanguage: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  return negotiateLocale(acceptLanguage, LOCALES) ?? fallback;
}

type Values = Readonly<Record<string, string | number>>;

export class MessageCatalogue {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  readonly locales: readonly Locale[];

  constructor(readonly sources: Readonly<Record<Locale, Readonly<Record<string, unknown>>>>) {
    this.locales = Object.keys(sources);
    const keys = new Set(this.locales.flatMap((l) => Object.keys(sources[l] ?? {})));
    const problems: string[] = [];
    for (const locale of this.locales) {
      for (const key of keys) {
        const text = sources[locale]?.[key];
        if (typeof text !== 'string') problems.push(`${locale}: ${key} is missing`);
        else {
          try {
            this.compiled.set(`${locale}\u0000${key}`, new IntlMessageFormat(text, locale));
          } catch (err) {
            problems.push(`${locale}: ${key} does not parse (${(err as Error).message})`);
          }
        }
      }
    }
    if (problems.length) throw new Error(`message catalogues are incomplete:\n  ${problems.join('\n  ')}`);
  }

  has(key: string): boolean {
    return this.compiled.has(`${this.locales[0] ?? DEFAULT_LOCALE}\u0000${key}`);
  }

  /** The message `key` in `locale`; throws on an unknown key (a programming error). */
  format(locale: Locale, key: string, values: Values = {}): string {
    const m = this.compiled.get(`${locale}\u0000${key}`);
    if (!m) throw new Error(`no message ${key}`);
    return String(m.format(values));
  }
}

let loaded: MessageCatalogue | undefined;

/** The catalogues of `messages/`, read and compiled once per process. */
export function messageCatalogue(dir = MESSAGES_DIR): MessageCatalogue {
  if (loaded && dir === MESSAGES_DIR) return loaded;
  const catalogue = new MessageCatalogue(dir === MESSAGES_DIR ? SOURCES : readSources(dir));
  if (dir === MESSAGES_DIR) loaded = catalogue;
  return catalogue;
}
