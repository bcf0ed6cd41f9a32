import { useEffect } from 'react';
import { NavLink, useSearchParams } from 'react-router';
import type { Answer, ItemOf } from '../api';
import { useApiQuery } from '../components/load';
import { ErrorPanel } from '../components/ui';
import { enumLabel, useI18n, type Translate } from '../i18n';
import { COMPETITIONS_QUERY } from '../ops-types';

// What the recruitment pages share: the competition chosen in the address, the links between
// the pages of a municipality's recruitment, and the words for the API's codes.

export type Competition = ItemOf<Answer<'/recruitment/competitions'>>;
export type Replacement = ItemOf<Answer<'/recruitment/competitions/{id}/municipalities/{code}/replacements'>>;

export const COMMUNITIES = ['ALBANIAN', 'SERB', 'BOSNIAK', 'TURKISH', 'ROMA', 'ASHKALI', 'EGYPTIAN', 'GORANI', 'OTHER'] as const;
export const LANGUAGES = ['SQ', 'SR', 'TR', 'BS', 'EN'] as const;
export const APPLICATION_STATUSES = ['SUBMITTED', 'SELECTED', 'HIRED', 'DECLINED'] as const;

/** A status or code in words, with the code kept for styling and tests (`data-status`). */
export function StatusText({ prefix, value }: { prefix: 'appStatus' | 'replStatus'; value: string }) {
  const { t } = useI18n();
  return <span data-status={value}>{enumLabel(t, prefix, value)}</span>;
}

export const communityLabel = (t: Translate, c: string) => enumLabel(t, 'community', c);
export const languageLabel = (t: Translate, l: string) => enumLabel(t, 'language', l);

/**
 * The competition of the page, kept in the address (`?competition=<id>`); without one, the
 * newest competition is chosen so the page opens on something.
 */
export function useCompetition() {
  const [params, setParams] = useSearchParams();
  const list = useApiQuery('/recruitment/competitions', { query: COMPETITIONS_QUERY });
  const items = list.data?.items ?? [];
  const chosen = params.get('competition') ?? '';
  const fallback = items.at(-1)?.id ?? '';
  const id = chosen || fallback;
  useEffect(() => {
    if (!chosen && fallback)
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('competition', fallback);
          return next;
        },
        { replace: true },
      );
  }, [chosen, fallback, setParams]);
  const select = (value: string) =>
    setParams(
      () => {
        // Another competition: the lists of the previous one (cursors, filters) do not apply.
        const next = new URLSearchParams();
        next.set('competition', value);
        return next;
      },
      { replace: true },
    );
  return { id, competition: items.find((c) => c.id === id), items, error: list.error, loaded: Boolean(list.data), select };
}

/** The competition selector and the links between a municipality's recruitment pages. */
export function RecruitmentHeader({ code, competition }: { code: string; competition: ReturnType<typeof useCompetition> }) {
  const { t } = useI18n();
  const base = `/app/municipalities/${encodeURIComponent(code)}`;
  const q = competition.id ? `?competition=${encodeURIComponent(competition.id)}` : '';
  return (
    <>
      <nav aria-label={t('rec.pages')} className="toolbar">
        <NavLink to={base}>{t('rec.backToMunicipality')}</NavLink>
        <NavLink to={`${base}/kkr`}>{t('rec.kkr.link')}</NavLink>
        <NavLink to={`${base}/recruitment/applications${q}`} end>
          {t('rec.apps.link')}
        </NavLink>
        <NavLink to={`${base}/recruitment/selection${q}`}>{t('rec.sel.link')}</NavLink>
        <NavLink to={`${base}/recruitment/replacements${q}`}>{t('rec.repl.link')}</NavLink>
      </nav>
      {competition.error && <ErrorPanel error={competition.error} />}
      <div className="toolbar">
        <label htmlFor="rec-competition">{t('rec.competition')}</label>
        <select id="rec-competition" value={competition.id} onChange={(e) => competition.select(e.target.value)}>
          {competition.items.length === 0 && <option value="">{t('common.none')}</option>}
          {competition.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </div>
      {competition.loaded && competition.items.length === 0 && <p className="muted">{t('rec.noCompetition')}</p>}
    </>
  );
}
