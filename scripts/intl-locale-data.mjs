// The FormatJS locale data the console ships: for the CLDR locale of every catalogue in
// messages/ (`locale.formatting`), plural rules of its language and number and date formats of
// the locale and of its language (en-GB needs en). Read by the console's build (web/vite.config.ts,
// virtual module `virtual:intl-locale-data`) and by the test of the shipped data, so adding a
// catalogue file is all a new language needs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The CLDR locales the catalogues of `messagesDir` format with. */
export function formattingLocales(messagesDir) {
  return readdirSync(messagesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const c = JSON.parse(readFileSync(path.join(messagesDir, f), 'utf8'));
      return typeof c['locale.formatting'] === 'string' ? c['locale.formatting'] : f.slice(0, -'.json'.length);
    });
}

/** Module specifiers of the locale data for `locales`, resolvable from `fromDir`; languages before regions. */
export function localeDataModules(locales, fromDir) {
  const require = createRequire(path.join(fromDir, 'package.json'));
  const exists = (spec) => {
    try {
      return existsSync(require.resolve(spec));
    } catch {
      return false;
    }
  };
  const out = new Set();
  for (const tag of locales) {
    const language = new Intl.Locale(tag).language;
    const plural = `@formatjs/intl-pluralrules/locale-data/${language}.js`;
    if (exists(plural)) out.add(plural);
    for (const pkg of ['intl-numberformat', 'intl-datetimeformat'])
      for (const t of [...new Set([language, tag])]) {
        const spec = `@formatjs/${pkg}/locale-data/${t}.js`;
        if (exists(spec)) out.add(spec);
      }
  }
  return [...out];
}
