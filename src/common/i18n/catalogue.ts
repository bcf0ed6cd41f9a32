import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from './locales.js';

/**
 * The server's message catalogues: one ICU MessageFormat file per locale,
 * `messages/<locale>.json` at the project root (the working directory of every entry point and
 * test). Adding a language means adding its tag to LOCALES and one file here; a file that
 * lacks a key of another, or holds a message that does not parse, is refused when the
 * catalogues are first read.
 */
export const MESSAGES_DIR = path.resolve(process.cwd(), 'messages');

type Values = Readonly<Record<string, string | number>>;

export class MessageCatalogue {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  constructor(readonly sources: Readonly<Record<Locale, Readonly<Record<string, unknown>>>>) {
    const keys = new Set(LOCALES.flatMap((l) => Object.keys(sources[l])));
    const problems: string[] = [];
    for (const locale of LOCALES) {
      for (const key of keys) {
        const text = sources[locale][key];
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
    return this.compiled.has(`${LOCALES[0]}\u0000${key}`);
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
  const sources = Object.fromEntries(
    LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(dir, `${l}.json`), 'utf8')) as Record<string, unknown>]),
  ) as Record<Locale, Record<string, unknown>>;
  const catalogue = new MessageCatalogue(sources);
  if (dir === MESSAGES_DIR) loaded = catalogue;
  return catalogue;
}
