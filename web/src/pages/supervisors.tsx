import { placeName } from '../format';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useAction } from '../components/action';
import { useApiQuery, useLoad } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import { COMPETITIONS_QUERY, type Competition, type ListPage } from '../ops-types';
import { useMe } from '../session';
import type { Application, Ineligibility, SupervisorResults } from '../supervisor-types';

const baseOf = (competitionId: string, code: string) =>
  `/recruitment/competitions/${encodeURIComponent(competitionId)}/municipalities/${encodeURIComponent(code)}`;

/** An eligibility reason (a code with parameters from the API) in the reader's language. */
export function reasonText(t: Translate, r: Ineligibility): string {
  const key = `elig.${r.code}` as MessageKey;
  const text = t(key, { ...r.params });
  return text === key ? r.code : text;
}

/**
 * ASK's supervisor selection for one municipality of one competition: the applications with
 * their eligibility, the ranking to select from, publication (after a confirmation), the
 * published result with the reserve, and replacements from the reserve. ADMIN acts; LOGISTICS reads.
 */
export function SupervisorsPage() {
  const { t, lang } = useI18n();
  const competitions = useLoad(() => api<ListPage<Competition>>('/recruitment/competitions', { query: COMPETITIONS_QUERY }), []);
  const municipalities = useApiQuery('/geography/municipalities');
  const [competitionId, setCompetitionId] = useState('');
  const [code, setCode] = useState('');
  const base = competitionId && code ? baseOf(competitionId, code) : null;

  return (
    <section aria-labelledby="sup-title">
      <h1 id="sup-title">{t('sup.title')}</h1>
      <p className="muted">{t('sup.intro')}</p>
      {competitions.error && <ErrorPanel error={competitions.error} />}
      {municipalities.error && <ErrorPanel error={municipalities.error} />}
      <div className="filters">
        <label>
          {t('sup.competition')}{' '}
          <select id="sup-competition" value={competitionId} onChange={(e) => setCompetitionId(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {competitions.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('sup.municipality')}{' '}
          <select id="sup-municipality" value={code} onChange={(e) => setCode(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {municipalities.data?.items.map((m) => (
              <option key={m.code} value={m.code}>
                {placeName(m, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!base && <p className="muted">{t('sup.choose')}</p>}
      {base && (
        <>
          <ApplicationsPanel key={base} base={base} />
          <RankingPanel key={base} base={base} at={{ id: competitionId, code }} />
          <SupervisorResultsPanel base={base} />
          <ReplacementsPanel base={base} at={{ id: competitionId, code }} />
        </>
      )}
    </section>
  );
}

const APPLICATIONS_PER_PAGE = 100;

function ApplicationsPanel({ base }: { base: string }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const apps = useLoad(
    () => api<ListPage<Application>>(`${base}/applications`, { query: { kind: 'SUPERVISOR', limit: APPLICATIONS_PER_PAGE, cursor } }),
    [base, cursor],
  );
  const items = apps.data?.items ?? [];
  const next = apps.data?.nextCursor ?? null;
  return (
    <section className="panel" aria-labelledby="sup-apps-title">
      <h2 id="sup-apps-title">{t('sup.applications')}</h2>
      {apps.error && <ErrorPanel error={apps.error} />}
      {!apps.data && !apps.error && <Loading />}
      {apps.data && items.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sup.applicant')}</th>
                <th scope="col">{t('sup.dateOfBirth')}</th>
                <th scope="col">{t('sup.documents')}</th>
                <th scope="col" className="num">
                  {t('sup.score')}
                </th>
                <th scope="col">{t('sup.eligibility')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-testid="sup-application">
                  <td>
                    {a.fullName} · {a.community} · {a.languageOfWork}
                  </td>
                  <td>{a.dateOfBirth ?? t('common.none')}</td>
                  <td>{a.documents.join(', ') || t('common.none')}</td>
                  <td className="num">{a.score ?? t('common.none')}</td>
                  <td className={a.eligible ? '' : 'warning'}>
                    {a.eligible ? (
                      t('sup.eligible')
                    ) : (
                      <>
                        {t('sup.ineligible')}
                        <ul>
                          {a.ineligibility.map((r, i) => (
                            <li key={i}>{reasonText(t, r)}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(cursors.length > 0 || next) && (
        <div className="pager">
          <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('common.previous')}
          </button>
          <button type="button" disabled={!next} onClick={() => next && setCursors([...cursors, next])}>
            {t('common.next')}
          </button>
        </div>
      )}
    </section>
  );
}

interface Choice {
  readonly selected: boolean;
  readonly reason: string;
}

/** The ranking per community; ADMIN selects (a reason for each deviation) and publishes after a confirmation. */
/** A competition and a municipality: the path parameters of the supervisor routes. */
interface At {
  readonly id: string;
  readonly code: string;
}

function RankingPanel({ base, at }: { base: string; at: At }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const admin = me.role === 'ADMIN';
  const ranking = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/supervisors/ranking', { path: at });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [confirming, setConfirming] = useState(false);
  const { busy, error, notice, run } = useAction();
  const r = ranking.data;
  const choice = (id: string): Choice =>
    choices[id] ?? {
      selected: r?.communities.some((c) => c.candidates.some((x) => x.applicationId === id && x.status === 'SELECTED')) ?? false,
      reason: '',
    };
  const set = (id: string, c: Partial<Choice>) => setChoices({ ...choices, [id]: { ...choice(id), ...c } });
  const selectedCount = r?.communities.reduce((n, c) => n + c.candidates.filter((x) => x.status === 'SELECTED').length, 0) ?? 0;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const selections = (r?.communities ?? [])
      .flatMap((c) => c.candidates)
      .filter((x) => choice(x.applicationId).selected)
      .map((x) => ({ applicationId: x.applicationId, reason: choice(x.applicationId).reason.trim() || undefined }));
    void run(async () => {
      await api(`${base}/supervisors/selection`, { method: 'POST', json: { selections } });
      setChoices({});
      ranking.reload();
      return t('sup.selected');
    });
  };
  const publish = () =>
    void run(async () => {
      await api(`${base}/supervisors/publication`, { method: 'POST' });
      setConfirming(false);
      ranking.reload();
      return t('sup.published');
    });

  return (
    <section className="panel shortlist" aria-labelledby="sup-rank-title">
      <h2 id="sup-rank-title">{t('sup.ranking')}</h2>
      {ranking.error && <ErrorPanel error={ranking.error} />}
      {!r && !ranking.error && <Loading />}
      {r?.selectedAt && <Notice>{t('sup.selectedAt', { at: formatDateTime(r.selectedAt, locale) })}</Notice>}
      {r?.publishedAt && <Notice>{t('sup.publishedAt', { at: formatDateTime(r.publishedAt, locale) })}</Notice>}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      {r && (
        <form onSubmit={save} className="stack">
          {r.communities.map((c) => (
            <fieldset key={c.community}>
              <legend>{t('sup.community', { community: c.community, required: c.required })}</legend>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('sup.select')}</th>
                      <th scope="col" className="num">
                        {t('sup.rank')}
                      </th>
                      <th scope="col">{t('sup.applicant')}</th>
                      <th scope="col" className="num">
                        {t('sup.score')}
                      </th>
                      <th scope="col">{t('sup.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.candidates.map((x) => {
                      const ch = choice(x.applicationId);
                      const locked = !admin || r.publishedAt !== null;
                      return (
                        <tr key={x.applicationId}>
                          <td>
                            <input
                              type="checkbox"
                              aria-label={t('sup.selectName', { name: x.fullName })}
                              checked={ch.selected}
                              disabled={locked}
                              onChange={(e) => set(x.applicationId, { selected: e.target.checked })}
                            />
                          </td>
                          <td className="num">{x.rank}</td>
                          <td>
                            {x.fullName} · {x.languageOfWork}
                          </td>
                          <td className="num">{x.score ?? t('common.none')}</td>
                          <td>
                            {locked ? (
                              (x.deviationReason ?? '')
                            ) : (
                              <input
                                type="text"
                                aria-label={t('sup.reasonFor', { name: x.fullName })}
                                value={ch.reason}
                                onChange={(e) => set(x.applicationId, { reason: e.target.value })}
                              />
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </fieldset>
          ))}
          {r.unscored.length > 0 && <p className="muted">{t('sup.unscored', { count: r.unscored.length })}</p>}
          {admin && !r.publishedAt && (
            <div className="actions">
              <button type="submit" disabled={busy}>
                {t('sup.saveSelection')}
              </button>
              {r.selectedAt && !confirming && (
                <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
                  {t('sup.publish')}
                </button>
              )}
            </div>
          )}
          {confirming && (
            <div className="confirm" role="alertdialog" aria-labelledby="sup-publish-confirm">
              <p id="sup-publish-confirm">{t('sup.publishConfirm', { count: selectedCount })}</p>
              <button type="button" className="primary" disabled={busy} onClick={publish}>
                {t('sup.publishYes')}
              </button>{' '}
              <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                {t('sup.cancel')}
              </button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

/** The published result: supervisors with their teams, and the reserve per community (a municipality reads it once published). */
export function SupervisorResultsPanel({ base, competitionName }: { base: string; competitionName?: string }) {
  const { t, locale } = useI18n();
  const results = useLoad(() => api<SupervisorResults>(`${base}/supervisors/results`), [base]);
  if (results.error?.status === 404) return null;
  const r = results.data;
  return (
    <section className="panel" aria-labelledby={`sup-res-${base}`}>
      <h2 id={`sup-res-${base}`}>{competitionName ? `${t('sup.results')}: ${competitionName}` : t('sup.results')}</h2>
      {results.error?.code === 'RECRUITMENT_STAGE' ? (
        <p className="muted">{t('sup.notPublished')}</p>
      ) : (
        results.error && <ErrorPanel error={results.error} />
      )}
      {r?.publishedAt && <Notice>{t('sup.publishedAt', { at: formatDateTime(r.publishedAt, locale) })}</Notice>}
      {r && r.supervisors.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {r && r.supervisors.length > 0 && (
        <ul data-testid="sup-selected">
          {r.supervisors.map((s) => (
            <li key={s.applicationId}>
              {s.fullName} · {s.community} · {t('sup.teams')}: {s.teamCodes.join(', ') || t('common.none')}
            </li>
          ))}
        </ul>
      )}
      {r && r.reserve.length > 0 && (
        <>
          <h3>{t('sup.reserve')}</h3>
          {r.reserve.map((c) => (
            <div key={c.community}>
              <h4>{c.community}</h4>
              <ol>
                {c.candidates.map((x) => (
                  <li key={x.applicationId}>
                    {x.fullName} · {x.languageOfWork} · {x.score ?? t('common.none')}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** Replacing a supervisor from the reserve (ADMIN): propose, then accept or record that the candidate declines. */
function ReplacementsPanel({ base, at }: { base: string; at: At }) {
  const { t } = useI18n();
  const me = useMe();
  const list = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/supervisors/replacements', { path: at });
  const results = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/supervisors/results', { path: at });
  const [leaver, setLeaver] = useState('');
  const [leavingDate, setLeavingDate] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, notice, run } = useAction();
  if (!results.data?.publishedAt) return null;
  const active = results.data.supervisors.filter((s) => s.status !== 'DECLINED');
  const nameOf = (staffId: string | null) => results.data?.supervisors.find((s) => s.staffId === staffId)?.fullName ?? staffId ?? '';
  const act = (fn: () => Promise<string>) =>
    void run(async () => {
      const done = await fn();
      list.reload();
      results.reload();
      return done;
    });
  const propose = (e: FormEvent) => {
    e.preventDefault();
    act(async () => {
      const r = await api<{ proposed: { fullName: string } }>(`${base}/supervisors/replacements`, {
        method: 'POST',
        json: { leaverStaffId: leaver, leavingDate, reason },
      });
      return t('sup.proposed', { name: r.proposed.fullName });
    });
  };
  return (
    <section className="panel" aria-labelledby="sup-repl-title">
      <h2 id="sup-repl-title">{t('sup.replacements')}</h2>
      {list.error && <ErrorPanel error={list.error} />}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      {list.data && list.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul>
          {list.data.items.map((r) => (
            <li key={r.id}>
              {nameOf(r.leaverStaffId)} · {r.leavingDate} → {t('sup.cutover')} {r.cutoverDate} ·{' '}
              {t(`sup.replacementStatus.${r.status}` as MessageKey)}
              {r.status === 'ACCEPTED' && ` · ${nameOf(r.replacementStaffId)}`}
              {r.status === 'PROPOSED' && me.role === 'ADMIN' && (
                <>
                  {' '}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      act(async () => {
                        await api(`${base}/supervisors/replacements/${r.id}/accept`, { method: 'POST', json: {} });
                        return t('sup.accepted');
                      })
                    }
                  >
                    {t('sup.accept')}
                  </button>{' '}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      act(async () => {
                        const d = await api<{ proposed: { fullName: string } }>(`${base}/supervisors/replacements/${r.id}/decline`, {
                          method: 'POST',
                        });
                        return t('sup.declined', { name: d.proposed.fullName });
                      })
                    }
                  >
                    {t('sup.decline')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {me.role === 'ADMIN' && (
        <form onSubmit={propose} className="stack">
          <label>
            {t('sup.leaver')}{' '}
            <select required value={leaver} onChange={(e) => setLeaver(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {active.map((s) => (
                <option key={s.staffId} value={s.staffId}>
                  {s.fullName}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sup.leavingDate')} <input type="date" required value={leavingDate} onChange={(e) => setLeavingDate(e.target.value)} />
          </label>
          <label>
            {t('sup.replacementReason')} <input type="text" required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div>
            <button type="submit" disabled={busy}>
              {t('sup.propose')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
