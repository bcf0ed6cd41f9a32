import { request, type Schema } from '../api';
import { LANGUAGES, useI18n, type Language } from '../i18n';
import { useSession } from '../session';

/**
 * The language choice, kept in localStorage and, for a signed-in user, saved on the server
 * (PATCH /auth/me): the next sign-in on any device opens in it, and the API answers in it.
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const { me } = useSession();
  const choose = (l: Language) => {
    setLang(l);
    // the console already speaks it; the saved choice follows when the server is reachable
    // (the API's languages are the catalogues' languages, as the console's are)
    if (me) void request('patch', '/auth/me', { json: { locale: l as Schema<'MeUpdateInput'>['locale'] } }).catch(() => undefined);
  };
  return (
    <div className="lang-switch">
      <label htmlFor="lang">{t('lang.label')}</label>
      <select id="lang" value={lang} onChange={(e) => choose(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
