import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { request } from '../api';
import { useAction } from '../components/action';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatDay, placeName } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { COMPETITIONS_QUERY } from '../ops-types';
import { COMMUNITIES, communityLabel, type Competition } from './recruitment-shared';

/** The timeline's date-only fields, in the order of the competition (the deadline is an instant, apart). */
const DATE_FIELDS = [
  'vacancyAnnounced',
  'kkrConfirmationDue',
  'shortlistSentBy',
  'finalListDue',
  'publicationBy',
  'kkrTraining',
  'supervisorTrainingFrom',
  'supervisorTrainingTo',
  'enumeratorTrainingFrom',
  'enumeratorTrainingTo',
  'listingFrom',
  'listingTo',
  'fieldworkFrom',
  'fieldworkTo',
  'engagementStart',
  'engagementEnd',
] as const;
type Timeline = Competition['timeline'];

/**
 * ASK's competition set-up (ADMIN, LOGISTICS): the competitions, a new one (its dates come from
 * the census calendar unless given), a competition's name and timeline, and the staffing targets
 * of a municipality by community. The chosen competition is kept in the address.
 */
export function CompetitionsPage() {
  const { t, lang, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const list = useApiQuery('/recruitment/competitions', { query: COMPETITIONS_QUERY });
  const id = params.get('competition') ?? '';
  const chosen = list.data?.items.find((c) => c.id === id);
  const choose = (value: string) => setParams(value ? { competition: value } : {}, { replace: true });

  return (
    <section aria-labelledby="comp-title">
      <h1 id="comp-title">{t('rec.comp.title')}</h1>
      <p className="muted">{t('rec.comp.intro')}</p>
      <section className="panel" aria-labelledby="comp-list-title">
        <h2 id="comp-list-title">{t('rec.comp.list')}</h2>
        {list.error && <ErrorPanel error={list.error} />}
        {!list.data && !list.error && <Loading />}
        {list.data && list.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
        {list.data && list.data.items.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('rec.comp.code')}</th>
                  <th scope="col">{t('rec.comp.name')}</th>
                  <th scope="col">{t('rec.comp.deadline')}</th>
                  <th scope="col">{t('rec.comp.publicationBy')}</th>
                  <th scope="col">{t('rec.comp.open')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((c) => (
                  <tr key={c.id} aria-current={c.id === id ? 'true' : undefined}>
                    <td className="code">{c.code}</td>
                    <td>{c.name}</td>
                    <td>{formatDateTime(c.timeline.applicationDeadline, locale)}</td>
                    <td>{formatDay(c.timeline.publicationBy, lang)}</td>
                    <td>
                      <button type="button" className="link" onClick={() => choose(c.id)}>
                        {t('rec.comp.edit', { code: c.code })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateCompetition onCreated={(c) => choose(c)} />
      {chosen && <EditCompetition key={chosen.id + chosen.updatedAt} competition={chosen} />}
      {chosen && <Targets key={`targets-${chosen.id}`} competition={chosen} />}
    </section>
  );
}

function CreateCompetition({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const censuses = useApiQuery('/censuses');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [census, setCensus] = useState('');
  const [deadline, setDeadline] = useState('');
  const { busy, error, notice, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const c = await request('post', '/recruitment/competitions', {
        json: {
          code,
          name,
          ...(census ? { census } : {}),
          ...(deadline.trim() ? { timeline: { applicationDeadline: deadline.trim() } } : {}),
        },
      });
      setCode('');
      setName('');
      onCreated(c.id);
      return t('rec.comp.created', { code: c.code });
    });
  };
  return (
    <form className="panel row-form" onSubmit={submit} aria-labelledby="comp-new-title">
      <h2 id="comp-new-title">{t('rec.comp.new')}</h2>
      <div className="field">
        <label htmlFor="comp-code">{t('rec.comp.code')}</label>
        <input id="comp-code" required size={16} value={code} onChange={(e) => setCode(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="comp-name">{t('rec.comp.name')}</label>
        <input id="comp-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="comp-census">{t('rec.comp.census')}</label>
        <select id="comp-census" value={census} onChange={(e) => setCensus(e.target.value)}>
          <option value="">{t('rec.comp.openCensus')}</option>
          {censuses.data?.items.map((c) => (
            <option key={c.id} value={c.code}>
              {c.code} — {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="comp-deadline">{t('rec.comp.deadlineOptional')}</label>
        <input
          id="comp-deadline"
          size={26}
          placeholder="2030-03-01T23:59:59+01:00"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('rec.comp.create')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

function EditCompetition({ competition }: { competition: Competition }) {
  const { t } = useI18n();
  const [name, setName] = useState(competition.name);
  const [timeline, setTimeline] = useState<Timeline>(competition.timeline);
  const { busy, error, notice, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only what changed is sent: a date not sent keeps its value.
    const changed = Object.fromEntries(
      (Object.keys(timeline) as (keyof Timeline)[]).filter((k) => timeline[k] !== competition.timeline[k]).map((k) => [k, timeline[k]]),
    );
    void run(async () => {
      await request('patch', '/recruitment/competitions/{id}', {
        path: { id: competition.id },
        json: { ...(name !== competition.name ? { name } : {}), ...(Object.keys(changed).length > 0 ? { timeline: changed } : {}) },
      });
      return t('rec.comp.saved');
    });
  };
  return (
    <form className="panel row-form" onSubmit={submit} aria-labelledby="comp-edit-title">
      <h2 id="comp-edit-title">{t('rec.comp.editTitle', { code: competition.code })}</h2>
      <div className="field">
        <label htmlFor="comp-edit-name">{t('rec.comp.name')}</label>
        <input id="comp-edit-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="tl-applicationDeadline">{t('rec.tl.applicationDeadline')}</label>
        <input
          id="tl-applicationDeadline"
          size={26}
          value={timeline.applicationDeadline}
          onChange={(e) => setTimeline({ ...timeline, applicationDeadline: e.target.value })}
        />
      </div>
      {DATE_FIELDS.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`tl-${f}`}>{t(`rec.tl.${f}` as MessageKey)}</label>
          <input
            id={`tl-${f}`}
            type="date"
            required
            value={timeline[f]}
            onChange={(e) => setTimeline({ ...timeline, [f]: e.target.value })}
          />
        </div>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        {t('rec.comp.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

type Counts = Record<string, { supervisors: number; enumerators: number }>;

/** The targets of one municipality by community; saving replaces that municipality's targets. */
function Targets({ competition }: { competition: Competition }) {
  const { t, lang } = useI18n();
  const municipalities = useApiQuery('/geography/municipalities');
  const [code, setCode] = useState('');
  return (
    <section className="panel" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('rec.targets.title')}</h2>
      <div className="toolbar">
        <label htmlFor="targets-municipality">{t('rec.municipality')}</label>
        <select id="targets-municipality" value={code} onChange={(e) => setCode(e.target.value)}>
          <option value="">{t('common.none')}</option>
          {municipalities.data?.items.map((m) => (
            <option key={m.code} value={m.code}>
              {placeName(m, lang)}
            </option>
          ))}
        </select>
        {code && (
          <>
            <Link
              to={`/app/municipalities/${encodeURIComponent(code)}/recruitment/applications?competition=${encodeURIComponent(competition.id)}`}
            >
              {t('rec.apps.link')}
            </Link>
            <Link
              to={`/app/municipalities/${encodeURIComponent(code)}/recruitment/selection?competition=${encodeURIComponent(competition.id)}`}
            >
              {t('rec.sel.link')}
            </Link>
          </>
        )}
      </div>
      {code && <TargetsForm key={code} competition={competition} code={code} />}
    </section>
  );
}

function TargetsForm({ competition, code }: { competition: Competition; code: string }) {
  const { t } = useI18n();
  const stored = useApiQuery('/recruitment/competitions/{id}/municipalities/{code}/targets', { path: { id: competition.id, code } });
  const [counts, setCounts] = useState<Counts | null>(null);
  const { busy, error, notice, run } = useAction();
  if (stored.error) return <ErrorPanel error={stored.error} />;
  if (!stored.data) return <Loading />;
  const current: Counts =
    counts ?? Object.fromEntries(stored.data.items.map((i) => [i.community, { supervisors: i.supervisors, enumerators: i.enumerators }]));
  const value = (c: string) => current[c] ?? { supervisors: 0, enumerators: 0 };
  const set = (c: string, change: Partial<{ supervisors: number; enumerators: number }>) =>
    setCounts({ ...current, [c]: { ...value(c), ...change } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const all = COMMUNITIES.map((community) => ({ municipalityCode: code, community, ...value(community) }));
    const some = all.filter((r) => r.supervisors > 0 || r.enumerators > 0);
    void run(async () => {
      await request('put', '/recruitment/competitions/{id}/targets', {
        path: { id: competition.id },
        json: { targets: some.length > 0 ? some : all },
      });
      setCounts(null);
      stored.reload();
      return t('rec.targets.saved');
    });
  };
  const num = (n: string) => Math.max(0, Math.trunc(Number(n) || 0));
  return (
    <form onSubmit={submit}>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rec.community')}</th>
              <th scope="col" className="num">
                {t('rec.targets.supervisors')}
              </th>
              <th scope="col" className="num">
                {t('rec.targets.enumerators')}
              </th>
            </tr>
          </thead>
          <tbody>
            {COMMUNITIES.map((c) => (
              <tr key={c}>
                <th scope="row">{communityLabel(t, c)}</th>
                <td className="num">
                  <input
                    type="number"
                    min={0}
                    max={10000}
                    size={6}
                    aria-label={t('rec.targets.supervisorsOf', { community: communityLabel(t, c) })}
                    value={value(c).supervisors}
                    onChange={(e) => set(c, { supervisors: num(e.target.value) })}
                  />
                </td>
                <td className="num">
                  <input
                    type="number"
                    min={0}
                    max={10000}
                    size={6}
                    aria-label={t('rec.targets.enumeratorsOf', { community: communityLabel(t, c) })}
                    value={value(c).enumerators}
                    onChange={(e) => set(c, { enumerators: num(e.target.value) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('rec.targets.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}
