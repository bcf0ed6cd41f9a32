import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { request } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatDay } from '../format';
import { useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';
import { communityLabel, languageLabel, RecruitmentHeader, StatusText, useCompetition, type Replacement } from './recruitment-shared';

interface At {
  readonly id: string;
  readonly code: string;
}

/**
 * Replacing an enumerator who leaves: the commission records the leaver (last working day,
 * reason), the API proposes the next reserve candidate, and the commission accepts (the
 * candidate takes over the leaver's EAs from the day after, kit and training follow) or records
 * that the candidate declined (the next one is proposed). Both ask first.
 */
export function RecruitmentReplacementsPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const competition = useCompetition();
  const at = { id: competition.id, code };
  const list = useApiQuery(
    '/recruitment/competitions/{id}/municipalities/{code}/replacements',
    { path: at, query: { limit: 500 } },
    { enabled: Boolean(competition.id) },
  );
  const commission = me.role === 'ADMIN' || me.role === 'MUNICIPALITY';
  if (list.error?.status === 404 && list.error.code === 'MUNICIPALITY_UNKNOWN') return <NotFoundPage />;
  return (
    <section aria-labelledby="repl-title">
      <h1 id="repl-title">{t('rec.repl.title')}</h1>
      <RecruitmentHeader code={code} competition={competition} />
      {competition.id && (
        <>
          {commission && <Propose key={`p-${competition.id}`} at={at} onDone={list.reload} />}
          <section className="panel" aria-labelledby="repl-list-title">
            <h2 id="repl-list-title">{t('rec.repl.list')}</h2>
            {list.error && <ErrorPanel error={list.error} />}
            {!list.data && !list.error && <Loading />}
            {list.data && list.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
            {list.data?.items
              .slice()
              .reverse()
              .map((r) => (
                <ReplacementCard key={r.id} at={at} r={r} commission={commission} onDone={list.reload} />
              ))}
          </section>
          <Reserve at={at} />
        </>
      )}
    </section>
  );
}

/** Record a leaver: an active enumerator of the municipality, the last working day and why. */
function Propose({ at, onDone }: { at: At; onDone: () => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [leaver, setLeaver] = useState('');
  const [leavingDate, setLeavingDate] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, notice, run } = useAction();
  const staff = useApiQuery('/staff', {
    query: { municipality: at.code, kind: 'ENUMERATOR', status: 'ACTIVE', q: q.trim() || undefined, sort: 'fullName', limit: 50 },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await request('post', '/recruitment/competitions/{id}/municipalities/{code}/replacements', {
        path: at,
        json: { leaverStaffId: leaver, leavingDate, reason },
      });
      setLeaver('');
      setReason('');
      onDone();
      return t('rec.repl.proposed', { name: r.proposed.fullName });
    });
  };
  return (
    <section className="panel" aria-labelledby="repl-new-title">
      <h2 id="repl-new-title">{t('rec.repl.new')}</h2>
      <form className="row-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="repl-search">{t('list.search')}</label>
          <input
            id="repl-search"
            type="search"
            size={14}
            value={q}
            placeholder={t('list.staffSearchHint')}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="repl-leaver">{t('rec.repl.leaver')}</label>
          <select id="repl-leaver" required value={leaver} onChange={(e) => setLeaver(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {staff.data?.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.fullName} ({s.nationalId})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="repl-date">{t('rec.repl.leavingDate')}</label>
          <input id="repl-date" type="date" required value={leavingDate} onChange={(e) => setLeavingDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="repl-reason">{t('rec.repl.reason')}</label>
          <input id="repl-reason" required size={24} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('rec.repl.propose')}
        </button>
      </form>
      {staff.error && <ErrorPanel error={staff.error} />}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </section>
  );
}

function ReplacementCard({ at, r, commission, onDone }: { at: At; r: Replacement; commission: boolean; onDone: () => void }) {
  const { t, lang, locale } = useI18n();
  const confirm = useConfirm();
  const [iban, setIban] = useState('');
  const { busy, error, notice, run } = useAction();
  const leaver = r.leaverFullName ?? r.leaverStaffId;
  const candidate = r.proposedFullName ?? r.proposedApplicationId;
  const path = { ...at, replacementId: r.id };
  const accept = async () => {
    const ok = await confirm({
      title: t('rec.repl.acceptTitle'),
      body: t('rec.repl.acceptBody', {
        candidate,
        leaver,
        leavingDate: formatDay(r.leavingDate, lang),
        cutover: formatDay(r.cutoverDate, lang),
      }),
      confirm: t('rec.repl.accept'),
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      // The notes (kit, training) show in the replacement's card once the list reloads.
      await request('post', '/recruitment/competitions/{id}/municipalities/{code}/replacements/{replacementId}/accept', {
        path,
        json: { iban: iban.trim() || null },
      });
      onDone();
      return t('rec.repl.accepted', { name: candidate });
    });
  };
  const decline = async () => {
    const ok = await confirm({
      title: t('rec.repl.declineTitle'),
      body: t('rec.repl.declineBody', { candidate }),
      confirm: t('rec.repl.decline'),
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      const next = await request('post', '/recruitment/competitions/{id}/municipalities/{code}/replacements/{replacementId}/decline', {
        path,
      });
      onDone();
      return t('rec.repl.declined', { name: candidate, next: next.proposed.fullName });
    });
  };
  const open = r.status === 'PROPOSED';
  return (
    <article className="panel" data-testid="replacement" aria-label={t('rec.repl.of', { name: leaver })}>
      <p>
        <strong>{t('rec.repl.line', { leaver, candidate })}</strong> · <StatusText prefix="replStatus" value={r.status} />
      </p>
      <p className="muted">
        {t('rec.repl.dates', { leavingDate: formatDay(r.leavingDate, lang), cutover: formatDay(r.cutoverDate, lang) })} · {r.reason}
        {r.acceptedAt && <> · {t('rec.repl.acceptedAt', { at: formatDateTime(r.acceptedAt, locale) })}</>}
      </p>
      {r.notes.length > 0 && (
        <ul>
          {r.notes.map((n, i) => (
            <li key={i}>{n.text ?? n.code}</li>
          ))}
        </ul>
      )}
      {open && commission && (
        <div className="row-form">
          <div className="field">
            <label htmlFor={`iban-${r.id}`}>{t('rec.repl.iban')}</label>
            <input id={`iban-${r.id}`} size={24} value={iban} onChange={(e) => setIban(e.target.value)} />
          </div>
          <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
            {t('rec.repl.accept')}
          </button>
          <button type="button" disabled={busy} onClick={() => void decline()}>
            {t('rec.repl.decline')}
          </button>
        </div>
      )}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </article>
  );
}

/** The reserve list the candidates come from, per community in rank order. */
function Reserve({ at }: { at: At }) {
  const { t } = useI18n();
  const reserve = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/reserve', { path: at });
  return (
    <section className="panel" aria-labelledby="repl-reserve-title">
      <h2 id="repl-reserve-title">{t('rec.repl.reserve')}</h2>
      {reserve.error && <ErrorPanel error={reserve.error} />}
      {reserve.data && reserve.data.communities.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {reserve.data?.communities.map((c) => (
        <div key={c.community}>
          <h3>{communityLabel(t, c.community)}</h3>
          <ol>
            {c.candidates.map((x) => (
              <li key={x.applicationId}>
                {x.fullName} · {languageLabel(t, x.languageOfWork)} · {x.score ?? t('common.none')}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
