/**
 * The languages terren speaks are its message catalogues: one file `messages/<tag>.json` per
 * language, named by its BCP 47 tag (`sq`, `sr-Cyrl`, `sr-Latn`, `en`). Adding a language means
 * adding one file: the server finds it in messages/ (src/common/i18n/catalogue.ts), the console
 * finds it when it is built (web/src/i18n.tsx), and both read from it the language's own name
 * (`locale.name`) and the CLDR locale its numbers and dates follow (`locale.formatting`).
 * `sq` is the default.
 */
export type Locale = string;
export const DEFAULT_LOCALE: Locale = 'sq';

interface Subtags {
  readonly language: string;
  readonly script: string | undefined;
  readonly region: string | undefined;
}

/** A tag with its likely script and region filled in by CLDR (`sr` → sr-Cyrl-RS, `sh` → sr-Latn-RS); undefined when it is not a tag. */
function likely(tag: string): Subtags | undefined {
  try {
    const l = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
    return { language: l.language, script: l.script, region: l.region };
  } catch {
    return undefined;
  }
}

/**
 * The available locale closest to one BCP 47 tag, or undefined: the same language is needed;
 * among those, the same script counts most, then the same region. So `sq-XK` → sq, `sr` and
 * `sr-RS` → sr-Cyrl (Serbian is written in Cyrillic by default), `sr-Latn-XK` and `sh` →
 * sr-Latn, `en-GB` → en. Case-insensitive.
 */
export function matchLocale(tag: string | null | undefined, available: readonly Locale[]): Locale | undefined {
  if (!tag) return undefined;
  const exact = available.find((a) => a.toLowerCase() === tag.trim().toLowerCase());
  if (exact) return exact;
  const want = likely(tag);
  if (!want) return undefined;
  let best: Locale | undefined;
  let bestScore = 0;
  for (const a of available) {
    const have = likely(a);
    if (!have || have.language !== want.language) continue;
    const score = 1 + (have.script === want.script ? 2 : 0) + (have.region === want.region ? 1 : 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The reader's locale from an Accept-Language header (RFC 9110 §12.5.4: weighted list, `q=0`
 * refuses), among the available ones; undefined when nothing listed is available.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, available: readonly Locale[]): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    const m = matchLocale(r.tag, available);
    if (m) return m;
  }
  return undefined;
}

/** The script a locale writes in (`sr-Cyrl` → Cyrl, `sr` → Cyrl, `sq` → Latn). */
export function scriptOf(locale: Locale): string | undefined {
  return likely(locale)?.script;
}

/** The language subtag of a locale (`sr-Cyrl` → sr). */
export function languageOf(locale: Locale): string {
  return likely(locale)?.language ?? locale.split('-')[0]?.toLowerCase() ?? locale;
}

/**
 * The order of a language switch: the default first, then the others by their own names.
 */
export function orderLocales(locales: readonly Locale[], nameOf: (l: Locale) => string): Locale[] {
  return [...locales].sort((a, b) =>
    a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : nameOf(a).localeCompare(nameOf(b), 'en') || a.localeCompare(b),
  );
}
