import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { request, type Answer } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatCount, placeName } from '../format';
import { useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';
import { communityLabel, languageLabel, RecruitmentHeader, StatusText, useCompetition } from './recruitment-shared';

type Shortlist = Answer<'/recruitment/competitions/{id}/municipalities/{code}/shortlist'>;

interface Choice {
  readonly selected: boolean;
  readonly reason: string;
}

/**
 * The enumerator selection of a municipality: ASK sends the ranked shortlist (ceil(1.5 ×
 * required) per community), the commission picks exactly the required number per community
 * with a written reason for each candidate chosen over someone ranked higher, finalises, and
 * publishes. Every step that cannot be taken back asks first, naming what it does.
 */
export function RecruitmentSelectionPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const competition = useCompetition();
  const at = { id: competition.id, code };
  const shortlist = useApiQuery(
    '/recruitment/competitions/{id}/municipalities/{code}/shortlist',
    { path: at },
    { enabled: Boolean(competition.id) },
  );
  if (shortlist.error?.status === 404 && shortlist.error.code === 'MUNICIPALITY_UNKNOWN') return <NotFoundPage />;
  return (
    <section aria-labelledby="sel-title">
      <h1 id="sel-title">{t('rec.sel.title')}</h1>
      <RecruitmentHeader code={code} competition={competition} />
      {shortlist.error && <ErrorPanel error={shortlist.error} />}
      {competition.id && !shortlist.data && !shortlist.error && <Loading />}
      {competition.id && shortlist.data && (
        <>
          <SendShortlist key={`send-${competition.id}`} at={at} shortlist={shortlist.data} reload={shortlist.reload} />
          <FinalList
            key={`final-${competition.id}-${shortlist.data.version}`}
            at={at}
            shortlist={shortlist.data}
            reload={shortlist.reload}
          />
          {shortlist.data.publishedAt && <PublicList at={at} />}
        </>
      )}
    </section>
  );
}

interface At {
  readonly id: string;
  readonly code: string;
}

/** ASK (ADMIN, LOGISTICS) builds and sends the shortlist; ADMIN reopens a started one with a reason. */
function SendShortlist({ at, shortlist, reload }: { at: At; shortlist: Shortlist; reload: () => void }) {
  const { t, lang, locale } = useI18n();
  const me = useMe();
  const confirm = useConfirm();
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code: at.code } });
  const municipality = names.data ? placeName(names.data, lang) : at.code;
  const [reason, setReason] = useState('');
  const send = useAction();
  const ask = me.role === 'ADMIN' || me.role === 'LOGISTICS';
  const resend = shortlist.version > 0;
  const sendIt = async () => {
    const ok = await confirm({
      title: t('rec.sel.sendTitle'),
      body: resend ? t('rec.sel.resendBody', { municipality, version: shortlist.version + 1 }) : t('rec.sel.sendBody', { municipality }),
      confirm: t('rec.sel.send'),
    });
    if (!ok) return;
    await send.run(async () => {
      const r = await request('post', '/recruitment/competitions/{id}/shortlists', {
        path: { id: at.id },
        json: { municipalityCodes: [at.code], ...(resend && reason.trim() ? { reason: reason.trim() } : {}) },
      });
      reload();
      const m = r.municipalities[0];
      const short = m?.communities.filter((c) => c.shortfall > 0) ?? [];
      return [
        t('rec.sel.sent', { version: m?.version ?? 0 }),
        ...short.map((c) => t('rec.sel.shortfall', { community: communityLabel(t, c.community), size: c.size, shortfall: c.shortfall })),
      ].join(' ');
    });
  };
  const reopen = async () => {
    const ok = await confirm({
      title: t('rec.sel.reopenTitle'),
      body: t('rec.sel.reopenBody', { municipality }),
      confirm: t('rec.sel.reopen'),
    });
    if (!ok) return;
    await send.run(async () => {
      await request('post', '/recruitment/competitions/{id}/municipalities/{code}/shortlist/reopen', {
        path: at,
        json: { reason: reason.trim() },
      });
      reload();
      return t('rec.sel.reopened');
    });
  };
  return (
    <section className="panel" aria-labelledby="sel-send-title">
      <h2 id="sel-send-title">{t('rec.sel.shortlist')}</h2>
      <p>
        {shortlist.sentAt
          ? t('rec.sel.sentAt', { version: shortlist.version, at: formatDateTime(shortlist.sentAt, locale) })
          : t('shortlist.notSent')}
      </p>
      <p className="muted">{t('rec.sel.rule')}</p>
      {ask && !shortlist.finalisedAt && (
        <div className="row-form">
          {resend && (
            <div className="field">
              <label htmlFor="sel-reason">{t('rec.sel.reason')}</label>
              <input id="sel-reason" size={30} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
          <button type="button" className="primary" disabled={send.busy} onClick={() => void sendIt()}>
            {resend ? t('rec.sel.resend') : t('rec.sel.send')}
          </button>
          {me.role === 'ADMIN' && shortlist.finalListStartedAt && (
            <button type="button" disabled={send.busy || !reason.trim()} onClick={() => void reopen()}>
              {t('rec.sel.reopen')}
            </button>
          )}
        </div>
      )}
      {send.error && <ErrorPanel error={send.error} />}
      {send.notice && <Notice>{send.notice}</Notice>}
    </section>
  );
}

/** The commission's final list: the choice, the reasons, finalisation and publication. */
function FinalList({ at, shortlist: s, reload }: { at: At; shortlist: Shortlist; reload: () => void }) {
  const { t, lang, locale } = useI18n();
  const me = useMe();
  const confirm = useConfirm();
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code: at.code } });
  const municipality = names.data ? placeName(names.data, lang) : at.code;
  const commission = me.role === 'ADMIN' || me.role === 'MUNICIPALITY';
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const { busy, error, notice, run } = useAction();
  const done = Boolean(s.finalisedAt);
  const choice = (id: string): Choice => choices[id] ?? { selected: false, reason: '' };
  const set = (id: string, c: Partial<Choice>) => setChoices({ ...choices, [id]: { ...choice(id), ...c } });
  const selected = Object.entries(choices).filter(([, c]) => c.selected);
  const required = s.communities.reduce((n, c) => n + c.required, 0);
  const hired = s.communities.reduce((n, c) => n + c.candidates.filter((a) => a.status === 'SELECTED' || a.status === 'HIRED').length, 0);

  if (!s.sentAt) return null;
  const finalise = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await confirm({
      title: t('rec.sel.finaliseTitle'),
      body: t('rec.sel.finaliseBody', { municipality, n: formatCount(selected.length, lang), required: formatCount(required, lang) }),
      confirm: t('shortlist.finalise'),
    });
    if (!ok) return;
    await run(async () => {
      const r = await request('post', '/recruitment/competitions/{id}/municipalities/{code}/final-list', {
        path: at,
        json: { selections: selected.map(([applicationId, c]) => ({ applicationId, reason: c.reason.trim() || undefined })) },
      });
      setChoices({});
      reload();
      return t('rec.sel.finalised', { n: r.selected, deviations: r.deviations });
    });
  };
  const start = async () => {
    const ok = await confirm({ title: t('rec.sel.startTitle'), body: t('rec.sel.startBody'), confirm: t('rec.sel.start') });
    if (!ok) return;
    await run(async () => {
      await request('post', '/recruitment/competitions/{id}/municipalities/{code}/final-list/start', { path: at });
      reload();
      return t('rec.sel.started');
    });
  };
  const publish = async () => {
    const ok = await confirm({
      title: t('confirm.publishTitle'),
      body: t('rec.sel.publishBody', { municipality, n: formatCount(hired, lang) }),
      confirm: t('shortlist.publish'),
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      const r = await request('post', '/recruitment/competitions/{id}/municipalities/{code}/publication', { path: at });
      reload();
      return t('rec.sel.published', { n: r.names.length });
    });
  };

  return (
    <section className="panel shortlist" aria-labelledby="sel-final-title">
      <h2 id="sel-final-title">{t('rec.sel.finalList')}</h2>
      {s.finalListStartedAt && !done && <Notice>{t('rec.sel.startedAt', { at: formatDateTime(s.finalListStartedAt, locale) })}</Notice>}
      {s.finalisedAt && <Notice>{t('shortlist.finalisedAt', { at: formatDateTime(s.finalisedAt, locale) })}</Notice>}
      {s.publishedAt && <Notice>{t('shortlist.publishedAt', { at: formatDateTime(s.publishedAt, locale) })}</Notice>}
      {!done && commission && <p className="muted">{t('rec.sel.howTo')}</p>}
      <form onSubmit={(e) => void finalise(e)}>
        {s.communities.map((c) => {
          const picked = c.candidates.filter((a) =>
            done ? a.status === 'SELECTED' || a.status === 'HIRED' : choice(a.applicationId).selected,
          ).length;
          return (
            <fieldset key={c.community} className="community" data-testid="sel-community">
              <legend>
                {t('rec.sel.community', {
                  community: communityLabel(t, c.community),
                  required: c.required,
                  size: c.candidates.length,
                  picked,
                })}
              </legend>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('shortlist.select')}</th>
                      <th scope="col" className="num">
                        {t('shortlist.rank')}
                      </th>
                      <th scope="col">{t('mun.fullName')}</th>
                      <th scope="col">{t('rec.language')}</th>
                      <th scope="col" className="num">
                        {t('shortlist.score')}
                      </th>
                      <th scope="col">{t('common.status')}</th>
                      <th scope="col">{t('shortlist.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.candidates.map((a) => {
                      const ch = choice(a.applicationId);
                      // Chosen over someone ranked higher: the API asks for a reason.
                      const needsReason = !done && ch.selected && (a.rank ?? Infinity) > c.required;
                      return (
                        <tr key={a.applicationId} data-testid="sel-candidate">
                          <td>
                            <input
                              type="checkbox"
                              disabled={done || !commission}
                              checked={done ? a.status === 'SELECTED' || a.status === 'HIRED' : ch.selected}
                              onChange={(e) => set(a.applicationId, { selected: e.target.checked })}
                              aria-label={t('shortlist.selectName', { name: a.fullName })}
                            />
                          </td>
                          <td className="num">{a.rank ?? t('common.none')}</td>
                          <td>{a.fullName}</td>
                          <td>{languageLabel(t, a.languageOfWork)}</td>
                          <td className="num">{a.score ?? t('common.none')}</td>
                          <td>
                            <StatusText prefix="appStatus" value={a.status} />
                          </td>
                          <td>
                            {done || !commission ? (
                              (a.deviationReason ?? '')
                            ) : (
                              <input
                                type="text"
                                size={18}
                                aria-label={t('shortlist.reasonFor', { name: a.fullName })}
                                value={ch.reason}
                                required={needsReason}
                                disabled={!ch.selected}
                                onChange={(e) => set(a.applicationId, { reason: e.target.value })}
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
          );
        })}
        {commission && (
          <div className="actions">
            {!done && !s.finalListStartedAt && (
              <button type="button" disabled={busy} onClick={() => void start()}>
                {t('rec.sel.start')}
              </button>
            )}
            {!done && (
              <button type="submit" className="primary" disabled={busy}>
                {t('shortlist.finalise')}
              </button>
            )}
            {done && !s.publishedAt && (
              <button type="button" className="primary" disabled={busy} onClick={() => void publish()}>
                {t('shortlist.publish')}
              </button>
            )}
          </div>
        )}
      </form>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </section>
  );
}

/** The published list as the public reads it: names only. */
function PublicList({ at }: { at: At }) {
  const { t, locale } = useI18n();
  const list = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/final-list', { path: at });
  return (
    <section className="panel" aria-labelledby="sel-public-title">
      <h2 id="sel-public-title">{t('rec.sel.public')}</h2>
      {list.error && <ErrorPanel error={list.error} />}
      {list.data && (
        <>
          <p className="muted">{t('shortlist.publishedAt', { at: formatDateTime(list.data.publishedAt, locale) })}</p>
          <ol data-testid="public-list">
            {list.data.names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
