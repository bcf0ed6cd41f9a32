import { formatMoney } from '../format';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { Page, PayRun } from '../pay-run-types';
import { useMe } from '../session';
import { COMPETITIONS_QUERY, type Competition, type DeadlineFlag, type ListPage, type PlanHead, type Shortlist } from '../ops-types';
import { CensusFilter } from './censuses';
import { DistributionPlanList } from './distribution-plan';
import { PlanList } from './training';
import { NotFoundPage } from './not-found';
import { SupervisorResultsPanel } from './supervisors';
import { runName } from '../run-name';
import type { Venue } from '../ops-types';

const FLAGS_PER_PAGE = 50;

/**
 * A municipality's operations: deadline flags, its room plans, its distribution plans, the
 * enumerator shortlist to finalise and publish, PDFs. Everything is scoped by the API: for
 * another municipality the distribution plans answer 404 and so does the page.
 */
export function MunicipalityOpsPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  // the readers of shortlists and supervisor results (recruitment.controller.ts, supervisor.controller.ts)
  const recruitmentReader = me.role !== 'FINANCE';
  const dist = useLoad(
    () => api<{ items: unknown[] }>(`/equipment/municipalities/${encodeURIComponent(code)}/distribution-plans`, { query: { limit: 1 } }),
    [code],
  );
  const plans = useLoad(() => api<Page<PlanHead>>('/training/plans', { query: { municipality: code, limit: 50 } }), [code]);
  // deadline flags and competitions of one census, or of all
  const [census, setCensus] = useState('');
  const inCensus = census ? { census } : undefined;
  const [flagCursors, setFlagCursors] = useState<string[]>([]);
  const flagCursor = flagCursors.at(-1);
  const flags = useLoad(
    () =>
      api<ListPage<DeadlineFlag>>('/recruitment/deadline-flags', {
        query: { ...inCensus, municipality: code, limit: FLAGS_PER_PAGE, cursor: flagCursor },
      }),
    [census, code, flagCursor],
  );
  const competitions = useLoad(
    () => api<ListPage<Competition>>('/recruitment/competitions', { query: { ...inCensus, ...COMPETITIONS_QUERY } }),
    [census],
  );

  if (dist.error?.status === 404) return <NotFoundPage />;
  if (dist.error) return <ErrorPanel error={dist.error} />;
  if (!dist.data) return <Loading />;
  const myFlags = flags.data?.items ?? [];

  return (
    <section aria-labelledby="ops-title">
      <h1 id="ops-title">{t('ops.title')}</h1>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}`}>{t('ops.back')}</Link>
      </p>
      <div className="toolbar">
        <CensusFilter
          id="ops-census"
          value={census}
          onChange={(c) => {
            setCensus(c);
            setFlagCursors([]);
          }}
        />
      </div>

      <section className="panel" aria-labelledby="flags-title">
        <h2 id="flags-title">{t('ops.flags')}</h2>
        {flags.error && <ErrorPanel error={flags.error} />}
        {flags.data && myFlags.length === 0 && <p className="muted">{t('ops.noFlags')}</p>}
        <ul>
          {myFlags.map((f) => (
            <li key={f.id} className={f.doneAt ? '' : 'warning'}>
              <span data-code={f.notice.code}>{f.notice.text ?? f.notice.code}</span>
            </li>
          ))}
        </ul>
        {(flagCursors.length > 0 || flags.data?.nextCursor) && (
          <div className="pager">
            <button type="button" disabled={flagCursors.length === 0} onClick={() => setFlagCursors(flagCursors.slice(0, -1))}>
              {t('common.previous')}
            </button>
            <button
              type="button"
              disabled={!flags.data?.nextCursor}
              onClick={() => flags.data?.nextCursor && setFlagCursors([...flagCursors, flags.data.nextCursor])}
            >
              {t('common.next')}
            </button>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="rp-title">
        <h2 id="rp-title">{t('ops.roomPlans')}</h2>
        {plans.error && <ErrorPanel error={plans.error} />}
        {plans.data && <PlanList plans={plans.data.items} />}
      </section>

      <VenuesPanel code={code} />

      <section className="panel" aria-labelledby="dp-list-title">
        <h2 id="dp-list-title">{t('equipment.plans')}</h2>
        <DistributionPlanList code={code} />
      </section>

      <section className="panel" aria-labelledby="kkr-pdf-title">
        <h2 id="kkr-pdf-title">{t('ops.kkrPdf')}</h2>
        <PdfButton type="kkr-members" params={{ municipalityCode: code }} />
      </section>

      <PayRunList code={code} />

      {competitions.error && <ErrorPanel error={competitions.error} />}
      {/* Shortlists and supervisor results hold applicants' personal data, which finance may not read (the API answers 403). */}
      {!recruitmentReader && competitions.data && competitions.data.items.length > 0 && (
        <p className="explain" data-testid="ops-no-recruitment">
          {t('ctx.opsNoRecruitment')}
        </p>
      )}
      {recruitmentReader && competitions.data?.items.map((c) => <ShortlistPanel key={c.id} competition={c} code={code} />)}
      {recruitmentReader &&
        competitions.data?.items.map((c) => (
          <SupervisorResultsPanel
            key={`sup-${c.id}`}
            competitionName={c.name}
            base={`/recruitment/competitions/${encodeURIComponent(c.id)}/municipalities/${encodeURIComponent(code)}`}
          />
        ))}
    </section>
  );
}

/** Every shortlist the commission received, newest first: who sent it, why, and what each re-send changed. */
function ShortlistVersions({ shortlist }: { shortlist: Shortlist }) {
  const { t, locale } = useI18n();
  const names = new Map(shortlist.communities.flatMap((c) => c.candidates.map((a) => [a.applicationId, a.fullName] as const)));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <details className="shortlist-versions" open>
      <summary>{t('shortlist.versions', { version: shortlist.version ?? 0 })}</summary>
      <ul>
        {shortlist.versions?.map((v) => (
          <li key={v.version}>
            <strong>{t('shortlist.versionLine', { version: v.version, at: formatDateTime(v.sentAt, locale), by: v.sentBy ?? '—' })}</strong>
            {v.reason && <> · {v.reason}</>}
            {v.version > 1 && (
              <ul>
                {v.changes.added.length > 0 && <li>{t('shortlist.added', { names: v.changes.added.map(name).join(', ') })}</li>}
                {v.changes.removed.length > 0 && <li>{t('shortlist.removed', { names: v.changes.removed.map(name).join(', ') })}</li>}
                {v.changes.moved.map((m) => (
                  <li key={m.applicationId}>{t('shortlist.moved', { name: name(m.applicationId), from: m.from, to: m.to })}</li>
                ))}
                {v.changes.added.length + v.changes.removed.length + v.changes.moved.length === 0 && <li>{t('shortlist.unchanged')}</li>}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface Choice {
  readonly selected: boolean;
  readonly reason: string;
}

/** Finalise the shortlist: pick the required number per community, give a reason for each deviation; the API checks it. */
function ShortlistPanel({ competition, code }: { competition: Competition; code: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const confirm = useConfirm();
  const base = `/recruitment/competitions/${encodeURIComponent(competition.id)}/municipalities/${encodeURIComponent(code)}`;
  const list = useLoad(() => api<Shortlist>(`${base}/shortlist`), [base]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const { busy, error, notice, run } = useAction();

  const send = (path: string, json: unknown, done: string) =>
    run(async () => {
      await api(`${base}/${path}`, { method: 'POST', json });
      list.reload();
      return done;
    });
  const finalise = (e: FormEvent) => {
    e.preventDefault();
    const selections = Object.entries(choices)
      .filter(([, c]) => c.selected)
      .map(([applicationId, c]) => ({ applicationId, reason: c.reason.trim() || undefined }));
    void send('final-list', { selections }, t('shortlist.finalised'));
  };
  const choice = (id: string): Choice => choices[id] ?? { selected: false, reason: '' };
  const set = (id: string, c: Partial<Choice>) => setChoices({ ...choices, [id]: { ...choice(id), ...c } });

  if (list.error?.status === 404) return null;
  const s = list.data;
  const titleId = `sl-${competition.id}`;
  return (
    <section className="panel shortlist" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('shortlist.title', { name: competition.name })}</h2>
      {list.error && <ErrorPanel error={list.error} />}
      {!s && !list.error && <Loading />}
      <div className="actions">
        <PdfButton
          type="vacancy-notice"
          params={{ competitionId: competition.id, municipalityCode: code }}
          label={t('report.vacancyNotice')}
        />
        {s?.publishedAt && (
          <PdfButton type="final-list" params={{ competitionId: competition.id, municipalityCode: code }} label={t('report.finalList')} />
        )}
      </div>
      {s && !s.sentAt && <p className="muted">{t('shortlist.notSent')}</p>}
      {s && (s.versions?.length ?? 0) > 1 && <ShortlistVersions shortlist={s} />}
      {s?.finalisedAt && <Notice>{t('shortlist.finalisedAt', { at: formatDateTime(s.finalisedAt, locale) })}</Notice>}
      {s?.publishedAt && <Notice>{t('shortlist.publishedAt', { at: formatDateTime(s.publishedAt, locale) })}</Notice>}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      {s?.sentAt && (
        <form onSubmit={finalise}>
          {s.communities.map((c) => (
            <fieldset key={c.community} className="community">
              <legend>{t('shortlist.community', { community: c.community, required: c.required })}</legend>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('shortlist.select')}</th>
                      <th scope="col" className="num">
                        {t('shortlist.rank')}
                      </th>
                      <th scope="col">{t('equipment.fullName')}</th>
                      <th scope="col">{t('plan.language')}</th>
                      <th scope="col" className="num">
                        {t('shortlist.score')}
                      </th>
                      <th scope="col">{t('shortlist.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.candidates.map((a) => {
                      const ch = choice(a.applicationId);
                      const done = Boolean(s.finalisedAt);
                      return (
                        <tr key={a.applicationId}>
                          <td>
                            <input
                              type="checkbox"
                              id={`sel-${a.applicationId}`}
                              disabled={done}
                              checked={done ? a.status === 'SELECTED' || a.status === 'HIRED' : ch.selected}
                              onChange={(e) => set(a.applicationId, { selected: e.target.checked })}
                              aria-label={t('shortlist.selectName', { name: a.fullName })}
                            />
                          </td>
                          <td className="num">{a.rank ?? t('common.none')}</td>
                          <td>{a.fullName}</td>
                          <td>{a.languageOfWork}</td>
                          <td className="num">{a.score ?? t('common.none')}</td>
                          <td>
                            {done ? (
                              (a.deviationReason ?? '')
                            ) : (
                              <input
                                type="text"
                                id={`reason-${a.applicationId}`}
                                aria-label={t('shortlist.reasonFor', { name: a.fullName })}
                                value={ch.reason}
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
          ))}
          {!s.finalisedAt && (
            <button type="submit" disabled={busy}>
              {t('shortlist.finalise')}
            </button>
          )}
          {s.finalisedAt && !s.publishedAt && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void (async () => {
                  const ok = await confirm({
                    title: t('confirm.publishTitle'),
                    body: t('confirm.publishBody', {
                      municipality: me.municipality?.code === code ? me.municipality.nameSq : code,
                    }),
                    confirm: t('shortlist.publish'),
                  });
                  if (ok) await send('publication', undefined, t('shortlist.published'));
                })()
              }
            >
              {t('shortlist.publish')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

/**
 * The municipality's computed and approved pay runs (the API lists a municipality user its own
 * runs only), each opening the run page with its payment statements and statement pack.
 * Logistics may not read pay runs, so it does not see the list.
 */
function PayRunList({ code }: { code: string }) {
  const { t, lang, locale } = useI18n();
  const me = useMe();
  const allowed = me.role !== 'LOGISTICS';
  const runs = useLoad(
    () => (allowed ? api<Page<PayRun>>('/payroll/runs', { query: { municipality: code, limit: 20 } }) : Promise.resolve(null)),
    [code, allowed],
  );
  if (!allowed) return null;
  const shown = runs.data?.items.filter((r) => r.status === 'COMPUTED' || r.status === 'APPROVED') ?? [];
  return (
    <section className="panel" aria-labelledby="runs-list-title">
      <h2 id="runs-list-title">{t('ops.payRuns')}</h2>
      {runs.error && <ErrorPanel error={runs.error} />}
      {runs.data && shown.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {shown.length > 0 && (
        <ul>
          {shown.map((r) => (
            <li key={r.id}>
              <Link to={`/app/finance/runs/${r.id}`}>
                {runName(t, lang, locale, r)} · {enumLabel(t, 'runStatus', r.status)} · {formatMoney(r.totals.net, lang)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The municipality's training venues, each opening its edit page, a new venue (logistics and
 * the municipality itself; the API scopes it) and the regional training schedule as a PDF.
 */
function VenuesPanel({ code }: { code: string }) {
  const { t } = useI18n();
  const me = useMe();
  const manager = me.role !== 'FINANCE';
  const venues = useLoad(() => api<ListPage<Venue>>('/training/venues', { query: { municipality: code, limit: 100 } }), [code]);
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const { busy, error, notice, run } = useAction();
  const create = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api('/training/venues', { method: 'POST', json: { municipalityCode: code, name, kind: 'SCHOOL', address } });
      setName('');
      setAddress('');
      venues.reload();
      return t('training.venueCreated');
    });
  };
  return (
    <section className="panel" aria-labelledby="ops-venues-title">
      <h2 id="ops-venues-title">{t('ctx.myVenues')}</h2>
      <PdfButton type="training-schedule" params={{}} label={t('report.schedule')} />
      {venues.error && <ErrorPanel error={venues.error} />}
      {venues.data && venues.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
      <ul>
        {venues.data?.items.map((v) => (
          <li key={v.id}>
            <Link to={`/app/training/venues/${v.id}`} aria-label={t('ctx.venueLinkLabel', { name: v.name })}>
              {v.name}
            </Link>{' '}
            · {v.address} · {v.rooms.length} {t('training.rooms')} · {v.seats} {t('training.seats')}
          </li>
        ))}
      </ul>
      {manager && (
        <form className="row-form" onSubmit={create} aria-labelledby="ops-venue-new-title">
          <h3 id="ops-venue-new-title">{t('training.newVenue')}</h3>
          <div className="field">
            <label htmlFor="ops-venue-name">{t('training.venueName')}</label>
            <input id="ops-venue-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ops-venue-address">{t('training.address')}</label>
            <input id="ops-venue-address" required maxLength={300} value={address} onChange={(e) => setAddress(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('common.save')}
          </button>
          {error && <ErrorPanel error={error} />}
          {notice && <Notice>{notice}</Notice>}
        </form>
      )}
    </section>
  );
}
