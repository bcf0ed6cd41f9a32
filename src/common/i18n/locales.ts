/**
 * The languages terren speaks. `sq` is the default; Serbian comes in both scripts (Kosovo's
 * official Serbian is Cyrillic, many readers use Latin). Adding a language means adding its
 * tag here, one catalogue file per catalogue folder (messages/ serves the server and the
 * console) and one entry in the console's LANGUAGES (web/src/i18n.tsx).
 */
export const LOCALES = ['sq', 'sr-Cyrl', 'sr-Latn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sq';

/**
 * The supported locale closest to one BCP 47 tag, or undefined: `sq-XK` → sq, `sr` and
 * `sr-RS` → sr-Cyrl (the script Serbian is written in by default), `sr-Latn-XK` → sr-Latn,
 * `en-GB` → en. Case-insensitive.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const lang = parts[0]?.toLowerCase();
  if (lang === 'sq' || lang === 'en') return lang;
  if (lang === 'sr' || lang === 'sh' || lang === 'bs-latn') {
    const script = parts
      .slice(1)
      .find((p) => p.length === 4)
      ?.toLowerCase();
    if (script === 'latn' || lang === 'sh') return 'sr-Latn';
    return 'sr-Cyrl';
  }
  return undefined;
}

/**
 * The reader's locale from an Accept-Language header (RFC 9110 §12.5.4: weighted list, `q=0`
 * refuses), falling back to `fallback` when nothing listed is supported.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!acceptLanguage) return fallback;
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
    const m = matchLocale(r.tag);
    if (m) return m;
  }
  return fallback;
}
