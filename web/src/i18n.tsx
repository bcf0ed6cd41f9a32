import { IntlMessageFormat } from 'intl-messageformat';
import type sqMessages from '../../messages/sq.json';
import { setFormattingLocales } from '../../src/common/i18n/format';
import { DEFAULT_LOCALE, type Locale, matchLocale, orderLocales } from '../../src/common/i18n/locales';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The console's words are the server's message catalogues: messages/<locale>.json, ICU
 * MessageFormat (plurals, select), one file per language, every key in every language
 * (test/unit/i18n-catalogue.spec.ts). Keys are typed from the Albanian file. The console
 * speaks every language there is a file for: adding a file adds a language to the switch.
 */
export type MessageKey = keyof typeof sqMessages;
type Catalogue = Readonly<Record<string, string>>;

const FILES = import.meta.glob<Catalogue>('../../messages/*.json', { eager: true, import: 'default' });
const CATALOGUES: Readonly<Record<Locale, Catalogue>> = Object.fromEntries(
  Object.entries(FILES).map(([file, catalogue]) => [file.replace(/^.*\/|\.json$/g, ''), catalogue]),
);

/**
 * The console's languages, in the order of the language switch (the default first): `code` is
 * the catalogue's tag, which is also what the reader's choice is stored as, `label` the
 * language's own name and `locale` the CLDR locale of its dates and numbers (both from the
 * catalogue: `locale.name`, `locale.formatting`).
 */
export const LANGUAGES: readonly { readonly code: Locale; readonly label: string; readonly htmlLang: string; readonly locale: string }[] =
  orderLocales(Object.keys(CATALOGUES), (l) => CATALOGUES[l]?.['locale.name'] ?? l).map((code) => ({
    code,
    label: CATALOGUES[code]?.['locale.name'] ?? code,
    htmlLang: code,
    locale: CATALOGUES[code]?.['locale.formatting'] ?? code,
  }));
setFormattingLocales(Object.fromEntries(LANGUAGES.map((l) => [l.code, l.locale])));

export type Language = Locale;
const STORAGE_KEY = 'terren.lang';

/** A stored or saved choice as one of the console's languages (`sr` was Serbian in Latin script). */
export function knownLanguage(choice: string | null | undefined): Language | undefined {
  if (!choice) return undefined;
  if (choice === 'sr') return matchLocale('sr-Latn', Object.keys(CATALOGUES));
  return Object.hasOwn(CATALOGUES, choice) ? choice : undefined;
}

function initialLanguage(): Language {
  return knownLanguage(localStorage.getItem(STORAGE_KEY)) ?? DEFAULT_LOCALE;
}

type Values = Readonly<Record<string, string | number>>;
const compiled = new Map<string, IntlMessageFormat>();

/**
 * The message `key` of `locale`, formatted: compiled once per key and language. An unknown key
 * answers itself (enumLabel relies on it); a message missing one of its values answers its
 * pattern rather than breaking the page.
 */
function formatMessage(locale: Locale, key: string, values?: Values): string {
  const id = `${locale}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) {
    const text = CATALOGUES[locale]?.[key];
    if (text === undefined) return key;
    m = new IntlMessageFormat(text, locale);
    compiled.set(id, m);
  }
  try {
    return String(m.format(values));
  } catch {
    return CATALOGUES[locale]?.[key] ?? key;
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  readonly lang: Language;
  readonly locale: string;
  readonly setLang: (l: Language) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const def = LANGUAGES.find((l) => l.code === lang) ??
    LANGUAGES[0] ?? { code: DEFAULT_LOCALE, label: DEFAULT_LOCALE, htmlLang: DEFAULT_LOCALE, locale: DEFAULT_LOCALE };
  useEffect(() => {
    document.documentElement.lang = def.htmlLang;
  }, [def]);
  const setLang = useCallback((l: Language) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLangState(l);
  }, []);
  const t = useCallback<Translate>((key, values) => formatMessage(def.code, key, values), [def]);
  const value = useMemo(() => ({ lang, locale: def.locale, setLang, t }), [lang, def, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/**
 * A language's name in the reader's language (`docLocale.<tag>`), or its own name where the
 * catalogues do not name it yet (a language just added).
 */
export function languageName(t: Translate, code: Language): string {
  const key = `docLocale.${code}` as MessageKey;
  const text = t(key);
  return text === key ? (LANGUAGES.find((l) => l.code === code)?.label ?? code) : text;
}

/** Role, kind, KKR-role and message labels come from the API as enum values. */
export const enumLabel = (
  t: Translate,
  prefix:
    | 'role'
    | 'kind'
    | 'kkr'
    | 'channel'
    | 'msgStatus'
    | 'msgKind'
    | 'runStatus'
    | 'runKind'
    | 'personStatus'
    | 'planStatus'
    | 'appStatus'
    | 'replStatus'
    | 'community'
    | 'language'
    | 'itemStatus',
  value: string,
): string => {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
};
