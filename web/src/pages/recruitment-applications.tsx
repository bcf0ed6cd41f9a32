import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { request } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useListParams } from '../components/cursor-list';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';
import {
  APPLICATION_STATUSES,
  COMMUNITIES,
  communityLabel,
  LANGUAGES,
  languageLabel,
  RecruitmentHeader,
  StatusText,
  useCompetition,
} from './recruitment-shared';

const PAGE = 50;
const SORTS = ['submittedAt', '-submittedAt', 'fullName', '-fullName'] as const;
type Sort = (typeof SORTS)[number];
/** The list's filters, kept in the address beside `q`, `sort` and `cursor`. */
const FILTERS = ['status', 'channel', 'community', 'kind'] as const;

/**
 * A municipality's applications in a competition: the list (keyset pages, order, search and
 * filters in the address) for ASK and the commission, and paper application entry by the KKR
 * member designated for paper intake (the API refuses anyone else, and the page says so).
 */
export function RecruitmentApplicationsPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const competition = useCompetition();
  const [params] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  // Scope first: another municipality answers 404, and so does the page.
  const clerks = useApiQuery('/municipalities/{code}/paper-intake-clerks', { path: { code } });
  if (clerks.error?.status === 404) return <NotFoundPage />;
  return (
    <section aria-labelledby="apps-title">
      <h1 id="apps-title">{t('rec.apps.title')}</h1>
      <RecruitmentHeader code={code} competition={competition} />
      {competition.id && (
        <>
          {(me.role === 'ADMIN' || me.role === 'MUNICIPALITY') && (
            <PaperEntry key={competition.id} competitionId={competition.id} code={code} />
          )}
          <ApplicationList
            key={`${competition.id}|${FILTERS.map((f) => filters[f]).join('|')}`}
            competitionId={competition.id}
            code={code}
            filters={filters}
          />
        </>
      )}
    </section>
  );
}

function ApplicationList({
  competitionId,
  code,
  filters,
}: {
  competitionId: string;
  code: string;
  filters: Record<(typeof FILTERS)[number], string>;
}) {
  const { t, locale } = useI18n();
  const [, setParams] = useSearchParams();
  const list = useListParams('', 'submittedAt');
  const apps = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/applications', {
    path: { id: competitionId, code },
    query: {
      q: list.q || undefined,
      sort: list.sort as Sort,
      limit: PAGE,
      cursor: list.cursor,
      status: (filters.status || undefined) as never,
      channel: (filters.channel || undefined) as never,
      community: (filters.community || undefined) as never,
      kind: (filters.kind || undefined) as never,
    },
  });
  const setFilter = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('cursor');
        return next;
      },
      { replace: true },
    );
  const select = (name: (typeof FILTERS)[number], values: readonly string[], label: (v: string) => string) => (
    <div className="field">
      <label htmlFor={`apps-${name}`}>{t(`rec.apps.filter.${name}`)}</label>
      <select id={`apps-${name}`} value={filters[name]} onChange={(e) => setFilter(name, e.target.value)}>
        <option value="">{t('common.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="panel" aria-labelledby="apps-list-title">
      <h2 id="apps-list-title">{t('rec.apps.list')}</h2>
      <div className="row-form">
        <div className="field">
          <label htmlFor="apps-search">{t('list.search')}</label>
          <input
            id="apps-search"
            type="search"
            size={16}
            defaultValue={list.q}
            placeholder={t('list.staffSearchHint')}
            onChange={(e) => list.setQ(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="apps-sort">{t('list.sort')}</label>
          <select id="apps-sort" value={list.sort} onChange={(e) => list.setSort(e.target.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`rec.apps.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {select('status', APPLICATION_STATUSES, (v) => enumLabel(t, 'appStatus', v))}
        {select('channel', ['ONLINE', 'PAPER'], (v) => enumLabel(t, 'channel', v))}
        {select('community', COMMUNITIES, (v) => communityLabel(t, v))}
        {select('kind', ['ENUMERATOR', 'SUPERVISOR'], (v) => enumLabel(t, 'kind', v))}
      </div>
      {apps.error && <ErrorPanel error={apps.error} />}
      {!apps.data && !apps.error && <Loading />}
      {apps.data && (
        <p className="muted" data-testid="apps-total">
          {t('rec.apps.total', { n: apps.data.total })}
        </p>
      )}
      {apps.data && apps.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('mun.fullName')}</th>
                <th scope="col">{t('rec.apps.nationalId')}</th>
                <th scope="col">{t('rec.community')}</th>
                <th scope="col">{t('rec.apps.channel')}</th>
                <th scope="col">{t('rec.apps.submittedAt')}</th>
                <th scope="col" className="num">
                  {t('shortlist.score')}
                </th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {apps.data.items.map((a) => (
                <tr key={a.id} data-testid="application">
                  <td>
                    {a.fullName}
                    <br />
                    <span className="muted">
                      {enumLabel(t, 'kind', a.kind)} · {languageLabel(t, a.languageOfWork)}
                    </span>
                  </td>
                  <td className="code">{a.nationalId}</td>
                  <td>{communityLabel(t, a.community)}</td>
                  <td>
                    {enumLabel(t, 'channel', a.channel)}
                    {a.paperFileRef && <span className="muted"> · {a.paperFileRef}</span>}
                  </td>
                  <td>{formatDateTime(a.submittedAt, locale)}</td>
                  <td className="num">{a.score ?? t('common.none')}</td>
                  <td>
                    <StatusText prefix="appStatus" value={a.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {apps.data && apps.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {apps.data && <CursorPager page={apps.data} limit={PAGE} list={list} />}
    </section>
  );
}

interface PaperForm {
  kind: 'ENUMERATOR' | 'SUPERVISOR';
  channel: 'PAPER' | 'ONLINE';
  nationalId: string;
  fullName: string;
  phone: string;
  email: string;
  community: (typeof COMMUNITIES)[number];
  languageOfWork: (typeof LANGUAGES)[number];
  paperFileRef: string;
  dateOfBirth: string;
  documents: string;
}

const emptyForm = (channel: PaperForm['channel']): PaperForm => ({
  kind: 'ENUMERATOR',
  channel,
  nationalId: '',
  fullName: '',
  phone: '',
  email: '',
  community: 'ALBANIAN',
  languageOfWork: 'SQ',
  paperFileRef: '',
  dateOfBirth: '',
  documents: '',
});

/**
 * Paper application entry. The letter: a KKR member oversees paper submissions and enters them
 * before the deadline; the API accepts them only from the member designated for paper intake.
 * The page says beforehand whether the signed-in user is designated, and shows the API's refusal
 * (in words, with its code) next to the form. ADMIN may also enter an online application.
 */
function PaperEntry({ competitionId, code }: { competitionId: string; code: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const clerks = useApiQuery('/municipalities/{code}/paper-intake-clerks', { path: { code } });
  // ASK (ADMIN) enters online applications; a commission only paper ones.
  const channel: PaperForm['channel'] = me.role === 'ADMIN' ? 'ONLINE' : 'PAPER';
  const [form, setForm] = useState<PaperForm>(() => emptyForm(channel));
  const { busy, error, notice, run } = useAction();
  const designated = clerks.data?.items.find((c) => c.userId === me.id);
  const set = (change: Partial<PaperForm>) => setForm({ ...form, ...change });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const a = await request('post', '/recruitment/applications', {
        json: {
          competitionId,
          municipalityCode: code,
          kind: form.kind,
          channel: form.channel,
          nationalId: form.nationalId,
          fullName: form.fullName,
          phone: form.phone.trim() || null,
          email: form.email.trim() || null,
          community: form.community,
          languageOfWork: form.languageOfWork,
          paperFileRef: form.channel === 'PAPER' ? form.paperFileRef.trim() || null : null,
          dateOfBirth: form.dateOfBirth || null,
          documents: form.documents
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean),
        },
      });
      setForm(emptyForm(channel));
      return t('rec.paper.entered', { name: a.fullName, at: formatDateTime(a.submittedAt, locale) });
    });
  };
  const text = (name: keyof PaperForm, label: string, opts: { required?: boolean; type?: string; size?: number } = {}) => (
    <div className="field">
      <label htmlFor={`paper-${name}`}>{label}</label>
      <input
        id={`paper-${name}`}
        type={opts.type ?? 'text'}
        required={opts.required}
        size={opts.size}
        value={form[name]}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="paper-title">
      <h2 id="paper-title">{me.role === 'ADMIN' ? t('rec.paper.titleAdmin') : t('rec.paper.title')}</h2>
      {clerks.data && me.role === 'MUNICIPALITY' && (
        <p className={designated ? '' : 'warning'} data-testid="paper-designation">
          {designated ? t('rec.paper.designated', { position: designated.kkrPosition }) : t('rec.paper.notDesignated')}
        </p>
      )}
      <form className="row-form" onSubmit={submit}>
        {me.role === 'ADMIN' && (
          <div className="field">
            <label htmlFor="paper-channel">{t('rec.apps.channel')}</label>
            <select id="paper-channel" value={form.channel} onChange={(e) => set({ channel: e.target.value as PaperForm['channel'] })}>
              <option value="ONLINE">{enumLabel(t, 'channel', 'ONLINE')}</option>
              <option value="PAPER">{enumLabel(t, 'channel', 'PAPER')}</option>
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="paper-kind">{t('mun.kind')}</label>
          <select id="paper-kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as PaperForm['kind'] })}>
            <option value="ENUMERATOR">{enumLabel(t, 'kind', 'ENUMERATOR')}</option>
            <option value="SUPERVISOR">{enumLabel(t, 'kind', 'SUPERVISOR')}</option>
          </select>
        </div>
        {text('nationalId', t('rec.apps.nationalId'), { required: true, size: 14 })}
        {text('fullName', t('mun.fullName'), { required: true })}
        {text('dateOfBirth', t('rec.paper.dateOfBirth'), { type: 'date' })}
        <div className="field">
          <label htmlFor="paper-community">{t('rec.community')}</label>
          <select
            id="paper-community"
            value={form.community}
            onChange={(e) => set({ community: e.target.value as PaperForm['community'] })}
          >
            {COMMUNITIES.map((c) => (
              <option key={c} value={c}>
                {communityLabel(t, c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="paper-language">{t('rec.language')}</label>
          <select
            id="paper-language"
            value={form.languageOfWork}
            onChange={(e) => set({ languageOfWork: e.target.value as PaperForm['languageOfWork'] })}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageLabel(t, l)}
              </option>
            ))}
          </select>
        </div>
        {text('phone', t('mun.phone'), { type: 'tel', size: 14 })}
        {text('email', t('mun.email'), { type: 'email' })}
        {form.channel === 'PAPER' && text('paperFileRef', t('rec.paper.fileRef'), { required: true, size: 14 })}
        {text('documents', t('rec.paper.documents'), { size: 18 })}
        <button type="submit" className="primary" disabled={busy}>
          {t('rec.paper.submit')}
        </button>
      </form>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      <Designation code={code} />
    </section>
  );
}

/** Who enters paper applications: a KKR position and the user account of that member (ADMIN, the municipality). */
function Designation({ code }: { code: string }) {
  const { t } = useI18n();
  const me = useMe();
  const kkr = useApiQuery('/municipalities/{code}/kkr-members', { path: { code } });
  const clerks = useApiQuery('/municipalities/{code}/paper-intake-clerks', { path: { code } });
  const [position, setPosition] = useState('');
  const [userId, setUserId] = useState(me.role === 'MUNICIPALITY' ? me.id : '');
  const { busy, error, notice, run } = useAction();
  const members = kkr.data?.members ?? [];
  const nameAt = (p: number) => members.find((m) => m.position === p)?.fullName ?? String(p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await request('put', '/municipalities/{code}/paper-intake-clerks', {
        path: { code },
        json: { userId, kkrPosition: Number(position) },
      });
      clerks.reload();
      return t('rec.paper.designationSaved');
    });
  };
  return (
    <details className="stack">
      <summary>{t('rec.paper.designation')}</summary>
      <ul>
        {clerks.data?.items.map((c) => (
          <li key={c.userId}>
            {t('rec.paper.clerk', { name: nameAt(c.kkrPosition), position: c.kkrPosition })}
            {c.userId === me.id && ` (${t('rec.paper.you')})`}
          </li>
        ))}
      </ul>
      <form className="row-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="clerk-position">{t('rec.paper.member')}</label>
          <select id="clerk-position" required value={position} onChange={(e) => setPosition(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {members.map((m) => (
              <option key={m.position} value={m.position}>
                {m.position}. {m.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="clerk-user">{t('rec.paper.userId')}</label>
          <input id="clerk-user" required size={36} value={userId} onChange={(e) => setUserId(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {t('rec.paper.designate')}
        </button>
      </form>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </details>
  );
}
