import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { request, type Answer } from '../api';
import { useAction } from '../components/action';
import { useCrumbTitle } from '../components/breadcrumbs';
import { useConfirm } from '../components/confirm';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatDay, placeName } from '../format';
import { useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

type Ea = Answer<'/eas/{id}'>;

/**
 * One enumeration area of a municipality: its code, name and who works it now; ADMIN and
 * LOGISTICS rename it or delete it (after a confirmation naming the consequence; the API
 * refuses with `EA_IN_USE` once it was ever assigned). An EA of another municipality than the
 * address names is "not found", as one outside the caller's scope is for the API.
 */
export function EaPage() {
  const { code = '', id = '' } = useParams();
  const { t, locale, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const ea = useApiQuery('/eas/{id}', { path: { id } });
  const current = useApiQuery('/assignments', { query: { eaId: id, sort: '-validFrom', limit: 20 } }, { enabled: !!ea.data });
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code } });
  const remove = useAction();
  const e = ea.data;
  useCrumbTitle(e ? e.code : null);

  if (ea.error?.status === 404 || ea.error?.status === 400 || (e && e.municipality.code !== code)) return <NotFoundPage />;
  if (!e) return ea.error ? <ErrorPanel error={ea.error} /> : <Loading />;
  const edits = me.role === 'ADMIN' || me.role === 'LOGISTICS';
  const back = `/app/municipalities/${encodeURIComponent(code)}`;

  const onDelete = async () => {
    const ok = await confirm({
      title: t('ea.deleteTitle', { code: e.code }),
      body: t('ea.deleteBody', { code: e.code }),
      confirm: t('ea.delete'),
      danger: true,
    });
    if (!ok) return;
    if (await remove.run(() => request('delete', '/eas/{id}', { path: { id: e.id } }).then(() => undefined))) void navigate(back);
  };

  return (
    <section aria-labelledby="ea-title">
      <h1 id="ea-title">{t('ea.title', { code: e.code })}</h1>
      <div className="panel">
        <dl className="figures">
          <div>
            <dt>{t('mun.eaCode')}</dt>
            <dd className="code">{e.code}</dd>
          </div>
          <div>
            <dt>{t('mun.eaName')}</dt>
            <dd>{e.name ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('common.municipality')}</dt>
            <dd>{names.data ? placeName(names.data, lang) : e.municipality.nameSq}</dd>
          </div>
          <div>
            <dt>{t('ea.updatedAt')}</dt>
            <dd>{formatDateTime(e.updatedAt, locale)}</dd>
          </div>
        </dl>
      </div>
      {edits && <EaForm key={e.id} ea={e} onSaved={ea.reload} />}
      <div className="panel">
        <h2>{t('ea.assignments')}</h2>
        {current.error && <ErrorPanel error={current.error} />}
        {current.data && current.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
        {current.data && current.data.items.length > 0 && (
          <ul>
            {current.data.items.map((a) => (
              <li key={a.id}>
                <Link to={`/app/staff/${encodeURIComponent(a.enumeratorId)}`}>{a.enumeratorName}</Link> ·{' '}
                {t('asg.period', { from: formatDay(a.validFrom, lang), to: a.validTo ? formatDay(a.validTo, lang) : t('asg.open') })}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/app/municipalities/${encodeURIComponent(code)}/assignments`}>{t('asg.link')}</Link>
        </p>
      </div>
      {edits && (
        <div className="panel">
          <h2>{t('ea.delete')}</h2>
          <p className="muted">{t('ea.deleteHint')}</p>
          <button type="button" className="danger" disabled={remove.busy} onClick={() => void onDelete()}>
            {t('ea.delete')}
          </button>
          {remove.error && <ErrorPanel error={remove.error} />}
        </div>
      )}
    </section>
  );
}

function EaForm({ ea, onSaved }: { ea: Ea; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(ea.name ?? '');
  const save = useAction();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void save.run(async () => {
      await request('patch', '/eas/{id}', { path: { id: ea.id }, json: { name: name.trim() || null } });
      onSaved();
      return t('ea.saved');
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="ea-edit-title">
      <h2 id="ea-edit-title">{t('ea.edit')}</h2>
      <div className="row-form">
        <div className="field">
          <label htmlFor="ea-name">{t('mun.eaName')}</label>
          <input id="ea-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={save.busy}>
          {t('common.save')}
        </button>
      </div>
      {save.error && <ErrorPanel error={save.error} />}
      {save.notice && <Notice>{save.notice}</Notice>}
    </form>
  );
}
