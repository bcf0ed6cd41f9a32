import { useState, type FormEvent } from 'react';
import { nextCursorOf } from '../api';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading } from '../components/ui';
import { useI18n } from '../i18n';

interface Filter {
  readonly entity: string;
  readonly action: string;
  readonly actorId: string;
  readonly entityId: string;
  readonly from: string;
  readonly to: string;
}

const EMPTY: Filter = { entity: '', action: '', actorId: '', entityId: '', from: '', to: '' };
const LIMIT = 50;
/** datetime-local (the browser's local time) → ISO with offset, as the API wants it */
const iso = (local: string): string | undefined => (local ? new Date(local).toISOString() : undefined);

/** Admin: the audit trail, newest first, filtered by the API; older pages by the list's cursor. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [before, setBefore] = useState<string[]>([]);
  const cursor = before.at(-1);
  const events = useApiQuery('/audit', {
    query: {
      entity: filter.entity,
      action: filter.action,
      actorId: filter.actorId,
      entityId: filter.entityId,
      from: iso(filter.from),
      to: iso(filter.to),
      limit: LIMIT,
      cursor,
    },
  });
  const next = nextCursorOf(events.data);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilter(draft);
    setBefore([]);
  }

  const field = (key: keyof Filter, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{label}</label>
      <input id={`audit-${key}`} type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </div>
  );

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <form className="panel row-form" onSubmit={apply} role="search">
        {field('entity', t('audit.entity'))}
        {field('action', t('audit.action'))}
        {field('entityId', t('audit.entityId'))}
        {field('actorId', t('audit.actorId'))}
        {field('from', t('audit.from'), 'datetime-local')}
        {field('to', t('audit.to'), 'datetime-local')}
        <button type="submit" className="primary">
          {t('common.filter')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(EMPTY);
            setFilter(EMPTY);
            setBefore([]);
          }}
        >
          {t('common.clear')}
        </button>
      </form>
      {events.error && <ErrorPanel error={events.error} />}
      {events.loading && !events.data && <Loading />}
      {events.data && (
        <>
          {/* A region keyboard users can scroll: the table is wider than a tablet and holds no links. */}
          <div className="table-wrap" role="region" aria-labelledby="audit-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.entityId')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at, locale)}</td>
                    <td>{e.actorEmail ?? t('common.none')}</td>
                    <td className="code">{e.action}</td>
                    <td className="code">{e.entity}</td>
                    <td className="code small">{e.entityIds.join(', ')}</td>
                    <td className="code small details">{e.details === null || e.details === undefined ? '' : JSON.stringify(e.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {events.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
          <div className="pager">
            <button type="button" disabled={before.length === 0} onClick={() => setBefore(before.slice(0, -1))}>
              {t('common.previous')}
            </button>
            <button type="button" disabled={!next} onClick={() => next && setBefore([...before, next])}>
              {t('common.older')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
