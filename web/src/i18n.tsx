import { IntlMessageFormat } from 'intl-messageformat';
import type sqMessages from '../../messages/sq.json';
import { LOCALES, type Locale } from '../../src/common/i18n/locales';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The console's words are the server's message catalogues: messages/<locale>.json, ICU
 * MessageFormat (plurals, select), one file per language, every key in every language
 * (test/unit/i18n-catalogue.spec.ts). Keys are typed from the Albanian file.
 */
export type MessageKey = keyof typeof sqMessages;
type Catalogue = Readonly<Record<string, string>>;

const FILES = import.meta.glob<Catalogue>('../../messages/*.json', { eager: true, import: 'default' });
const CATALOGUES = Object.fromEntries(
  LOCALES.map((l) => {
    const file = FILES[`../../messages/${l}.json`];
    if (!file) throw new Error(`no message catalogue for ${l}`);
    return [l, file];
  }),
) as Record<Locale, Catalogue>;

/**
 * The console's languages, in the order of the language switch: `code` is what the reader's
 * choice is stored as (`sr` is Serbian in Latin script, kept for stored preferences),
 * `catalogue` the locale of messages/, `locale` the Intl tag for dates and numbers.
 */
export const LANGUAGES = [
  { code: 'sq', label: 'Shqip', htmlLang: 'sq', locale: 'sq-AL', catalogue: 'sq' },
  { code: 'sr', label: 'Srpski', htmlLang: 'sr-Latn', locale: 'sr-Latn-RS', catalogue: 'sr-Latn' },
  { code: 'sr-Cyrl', label: 'Српски', htmlLang: 'sr-Cyrl', locale: 'sr-Cyrl-RS', catalogue: 'sr-Cyrl' },
  { code: 'en', label: 'English', htmlLang: 'en', locale: 'en-GB', catalogue: 'en' },
] as const satisfies readonly { code: string; label: string; htmlLang: string; locale: string; catalogue: Locale }[];

export type Language = (typeof LANGUAGES)[number]['code'];
const STORAGE_KEY = 'terren.lang';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some((l) => l.code === stored) ? (stored as Language) : 'sq';
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
    const text = CATALOGUES[locale][key];
    if (text === undefined) return key;
    m = new IntlMessageFormat(text, locale);
    compiled.set(id, m);
  }
  try {
    return String(m.format(values));
  } catch {
    return CATALOGUES[locale][key] ?? key;
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
  const def = LANGUAGES.find((l) => l.code === lang) ?? LANGUAGES[0];
  useEffect(() => {
    document.documentElement.lang = def.htmlLang;
  }, [def]);
  const setLang = useCallback((l: Language) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLangState(l);
  }, []);
  const t = useCallback<Translate>((key, values) => formatMessage(def.catalogue, key, values), [def]);
  const value = useMemo(() => ({ lang, locale: def.locale, setLang, t }), [lang, def, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
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
