import { Fragment, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { request, type Answer, type ApiError, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { CursorPager, useListParams } from '../components/cursor-list';
import { asApiError, useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatDay, placeName } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

type Assignment = ItemOf<Answer<'/assignments'>>;
type Person = ItemOf<Answer<'/staff'>>;

/** Rows per page of the assignment list; the EA and enumerator choices read up to the API's maximum. */
const PAGE = 50;
const CHOICES = 500;
const SORTS: Record<string, MessageKey> = {
  '-validFrom': 'asg.sort.newest',
  validFrom: 'asg.sort.oldest',
  '-createdAt': 'asg.sort.recent',
};

/** Today as YYYY-MM-DD in the reader's time zone. */
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The day before a YYYY-MM-DD day. */
const dayBefore = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

/**
 * The EA assignments of a municipality: keyset pages with order and filters (enumerator, active
 * on a day) in the address; a new assignment (EA and enumerator); hand-over of an EA to another
 * enumerator from a cut-over day and deletion of a period entered by mistake, each after a
 * confirmation naming who loses and who gets the EA. The API scopes: another municipality
 * answers "not found".
 */
export function AssignmentsPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const me = useMe();
  const list = useListParams('a', '-validFrom');
  const [params, setParams] = useSearchParams();
  const enumerator = params.get('enumerator') ?? '';
  const activeOn = params.get('activeOn') ?? '';
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code } });
  const rows = useApiQuery('/assignments', {
    query: {
      municipality: code,
      enumeratorId: enumerator || undefined,
      activeOn: activeOn || undefined,
      sort: list.sort as '-validFrom',
      limit: PAGE,
      cursor: list.cursor,
    },
  });
  const eas = useApiQuery('/eas', { query: { municipality: code, limit: CHOICES } });
  const people = useApiQuery('/staff', { query: { municipality: code, kind: 'ENUMERATOR', sort: 'fullName', limit: CHOICES } });
  const writes = me.role === 'ADMIN' || me.role === 'LOGISTICS' || me.role === 'MUNICIPALITY';

  const setFilter = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('acursor');
        return next;
      },
      { replace: true },
    );

  if (rows.error?.status === 404 || names.error?.status === 404) return <NotFoundPage />;
  const title = t('asg.title', { name: names.data ? placeName(names.data, lang) : code });
  const enumerators = people.data?.items ?? [];
  return (
    <section aria-labelledby="asg-title">
      <h1 id="asg-title">{title}</h1>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/teams`}>{t('team.link')}</Link>
      </p>
      {writes && <CreateForm eas={eas.data?.items ?? []} enumerators={enumerators} />}
      <div className="panel">
        <h2>{t('asg.list')}</h2>
        <div className="row-form">
          <div className="field">
            <label htmlFor="asg-enumerator">{t('asg.enumerator')}</label>
            <select id="asg-enumerator" value={enumerator} onChange={(e) => setFilter('enumerator', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {enumerators.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.fullName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="asg-active">{t('asg.activeOn')}</label>
            <input id="asg-active" type="date" value={activeOn} onChange={(e) => setFilter('activeOn', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="asg-sort">{t('list.sort')}</label>
            <select id="asg-sort" value={list.sort} onChange={(e) => list.setSort(e.target.value)}>
              {Object.entries(SORTS).map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {rows.error && <ErrorPanel error={rows.error} />}
        {!rows.data && !rows.error && <Loading />}
        {rows.data && (
          <AssignmentTable
            items={rows.data.items}
            enumerators={enumerators}
            canDelete={me.role === 'ADMIN' || me.role === 'LOGISTICS'}
            writes={writes}
          />
        )}
        {rows.data && rows.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
        {rows.data && <CursorPager page={rows.data} limit={PAGE} list={list} />}
      </div>
    </section>
  );
}

function CreateForm({ eas, enumerators }: { eas: readonly ItemOf<Answer<'/eas'>>[]; enumerators: readonly Person[] }) {
  const { t } = useI18n();
  const [eaId, setEaId] = useState('');
  const [enumeratorId, setEnumeratorId] = useState('');
  const [validFrom, setValidFrom] = useState(today());
  const [validTo, setValidTo] = useState('');
  const create = useAction();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void create.run(async () => {
      const a = await request('post', '/assignments', { json: { eaId, enumeratorId, validFrom, validTo: validTo || null } });
      return t('asg.created', { code: a.eaCode, name: a.enumeratorName });
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="asg-new-title">
      <h2 id="asg-new-title">{t('asg.new')}</h2>
      <div className="row-form">
        <div className="field">
          <label htmlFor="asg-new-ea">{t('asg.ea')}</label>
          <select id="asg-new-ea" required value={eaId} onChange={(e) => setEaId(e.target.value)}>
            <option value="">{t('asg.choose')}</option>
            {eas.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name ? `${e.code} · ${e.name}` : e.code}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="asg-new-person">{t('asg.enumerator')}</label>
          <select id="asg-new-person" required value={enumeratorId} onChange={(e) => setEnumeratorId(e.target.value)}>
            <option value="">{t('asg.choose')}</option>
            {enumerators.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="asg-new-from">{t('asg.from')}</label>
          <input id="asg-new-from" type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="asg-new-to">{t('asg.to')}</label>
          <input id="asg-new-to" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={create.busy}>
          {t('asg.create')}
        </button>
      </div>
      {create.error && <ErrorPanel error={create.error} />}
      {create.notice && <Notice>{create.notice}</Notice>}
    </form>
  );
}

function AssignmentTable({
  items,
  enumerators,
  canDelete,
  writes,
}: {
  items: readonly Assignment[];
  enumerators: readonly Person[];
  canDelete: boolean;
  writes: boolean;
}) {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const [handing, setHanding] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ id: string; error: ApiError } | null>(null);
  const [busy, setBusy] = useState(false);
  const period = (a: Assignment) =>
    t('asg.period', { from: formatDay(a.validFrom, lang), to: a.validTo ? formatDay(a.validTo, lang) : t('asg.open') });

  const remove = async (a: Assignment) => {
    const ok = await confirm({
      title: t('asg.deleteTitle', { code: a.eaCode }),
      body: t('asg.deleteBody', { code: a.eaCode, name: a.enumeratorName, period: period(a) }),
      confirm: t('asg.delete'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    setFailed(null);
    try {
      await request('delete', '/assignments/{id}', { path: { id: a.id } });
    } catch (err) {
      setFailed({ id: a.id, error: asApiError(err) });
    } finally {
      setBusy(false);
    }
  };

  const cols = writes ? 5 : 4;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('asg.ea')}</th>
            <th scope="col">{t('asg.enumerator')}</th>
            <th scope="col">{t('asg.from')}</th>
            <th scope="col">{t('asg.to')}</th>
            {writes && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <Fragment key={a.id}>
              <tr>
                <td className="code">
                  <Link to={`/app/municipalities/${encodeURIComponent(a.municipalityCode)}/eas/${encodeURIComponent(a.eaId)}`}>
                    {a.eaCode}
                  </Link>
                </td>
                <td>
                  <Link to={`/app/staff/${encodeURIComponent(a.enumeratorId)}`}>{a.enumeratorName}</Link>
                </td>
                <td>{formatDay(a.validFrom, lang)}</td>
                <td>{a.validTo ? formatDay(a.validTo, lang) : t('asg.open')}</td>
                {writes && (
                  <td>
                    <div className="actions">
                      <button
                        type="button"
                        aria-expanded={handing === a.id}
                        aria-label={t('asg.handOverLabel', { code: a.eaCode, name: a.enumeratorName })}
                        onClick={() => setHanding(handing === a.id ? null : a.id)}
                      >
                        {t('asg.handOver')}
                      </button>
                      {canDelete && (
                        <button
                          type="button"
                          className="danger"
                          disabled={busy}
                          aria-label={t('asg.deleteLabel', { code: a.eaCode, name: a.enumeratorName })}
                          onClick={() => void remove(a)}
                        >
                          {t('asg.delete')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
              {failed?.id === a.id && (
                <tr>
                  <td colSpan={cols}>
                    <ErrorPanel error={failed.error} />
                  </td>
                </tr>
              )}
              {handing === a.id && (
                <tr>
                  <td colSpan={cols}>
                    <HandOver
                      assignment={a}
                      enumerators={enumerators.filter((p) => p.id !== a.enumeratorId)}
                      onDone={() => setHanding(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Hand the EA over: the new enumerator and the first day that is theirs, then a confirmation naming both people. */
function HandOver({ assignment: a, enumerators, onDone }: { assignment: Assignment; enumerators: readonly Person[]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const [to, setTo] = useState('');
  const [cutover, setCutover] = useState(today() > a.validFrom ? today() : a.validFrom);
  const action = useAction();
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const person = enumerators.find((p) => p.id === to);
    if (!person) return;
    const ok = await confirm({
      title: t('asg.handOverTitle', { code: a.eaCode }),
      body: t('asg.handOverBody', {
        code: a.eaCode,
        from: a.enumeratorName,
        to: person.fullName,
        day: formatDay(cutover, lang),
        last: formatDay(dayBefore(cutover), lang),
      }),
      confirm: t('asg.handOverConfirm', { name: person.fullName }),
    });
    if (!ok) return;
    const done = await action.run(async () => {
      await request('post', '/assignments/{id}/transfer', { path: { id: a.id }, json: { toEnumeratorId: to, cutoverDate: cutover } });
    });
    if (done) onDone();
  };
  const id = `handover-${a.id}`;
  return (
    <form onSubmit={(ev) => void submit(ev)} aria-label={t('asg.handOverTitle', { code: a.eaCode })}>
      <div className="row-form">
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('asg.handOverTo')}</label>
          <select id={`${id}-to`} required value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('asg.choose')}</option>
            {enumerators.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('asg.cutover')}</label>
          <input id={`${id}-day`} type="date" required value={cutover} onChange={(e) => setCutover(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('asg.handOver')}
        </button>
      </div>
      {action.error && <ErrorPanel error={action.error} />}
    </form>
  );
}
