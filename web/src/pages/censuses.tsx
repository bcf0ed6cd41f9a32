import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { useAction } from '../components/action';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import { useMe } from '../session';

/** The census selector of the lists: every census by code, or all. */
export function CensusFilter({ value, onChange, id }: { value: string; onChange: (code: string) => void; id: string }) {
  const { t } = useI18n();
  const censuses = useApiQuery('/censuses');
  return (
    <>
      <label htmlFor={id}>{t('census.filter')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {censuses.data?.items.map((c) => (
          <option key={c.id} value={c.code}>
            {c.code} — {c.name}
          </option>
        ))}
      </select>
    </>
  );
}

const stageText = (v: string | readonly { from: string; to: string }[]): string =>
  typeof v === 'string' ? v : v.map((m) => `${m.from} – ${m.to}`).join('; ');

/**
 * Censuses: every role reads the list, a census's calendar and its versions (who, when, why,
 * what changed). ADMIN changes a date (a new version with a reason), closes or reopens a
 * census, and copies it with every date shifted to a new start of field work.
 */
export function CensusesPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const admin = me.role === 'ADMIN';
  const list = useApiQuery('/censuses');
  const [selected, setSelected] = useState<string | null>(null);
  const current = list.data?.items.find((c) => c.id === selected) ?? list.data?.items[0];
  const versions = useApiQuery('/censuses/{id}/calendars', { path: { id: current?.id ?? '' } }, { enabled: current !== undefined });
  const { busy, error, notice, run } = useAction();
  const [stage, setStage] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [copyCode, setCopyCode] = useState('');
  const [copyName, setCopyName] = useState('');
  const [copyFrom, setCopyFrom] = useState('');

  const stages = current?.calendar ? Object.keys(current.calendar.stages).filter((k) => k !== 'payMonths') : [];

  async function change(e: FormEvent) {
    e.preventDefault();
    if (!current) return;
    await run(async () => {
      await request('post', '/censuses/{id}/calendars', { path: { id: current.id }, json: { stages: { [stage]: date }, reason } });
      list.reload();
      versions.reload();
    });
  }

  async function toggle() {
    if (!current) return;
    await run(async () => {
      await request('patch', '/censuses/{id}', { path: { id: current.id }, json: { closed: current.closedAt === null } });
      list.reload();
    });
  }

  async function copy(e: FormEvent) {
    e.preventDefault();
    if (!current) return;
    await run(async () => {
      const res = await request('post', '/censuses/{id}/copy', {
        path: { id: current.id },
        json: { code: copyCode, name: copyName, fieldworkFrom: copyFrom },
      });
      list.reload();
      setSelected(res.census.id);
      return t('census.copied', { tariffs: res.copied.tariffs, events: res.copied.trainingEvents, competitions: res.copied.competitions });
    });
  }

  return (
    <section aria-labelledby="census-title">
      <h1 id="census-title">{t('census.title')}</h1>
      {list.error && <ErrorPanel error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('census.code')}</th>
                <th scope="col">{t('census.name')}</th>
                <th scope="col">{t('census.country')}</th>
                <th scope="col">{t('census.referenceDate')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id} aria-current={c.id === current?.id ? 'true' : undefined}>
                  <td>{c.code}</td>
                  <td>{c.name}</td>
                  <td>{c.country}</td>
                  <td>{c.referenceDate}</td>
                  <td>{c.closedAt ? t('census.closed') : t('census.active')}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(c.id)}>
                      {t('census.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      {current?.calendar && (
        <>
          <h2>
            {current.code} · {t('census.calendar', { version: current.calendar.version })}
          </h2>
          <p className="muted">
            {t('census.timeZone')}: {current.timeZone}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('census.stage')}</th>
                  <th scope="col">{t('census.date')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(current.calendar.stages).map(([k, v]) => (
                  <tr key={k}>
                    <td>{k}</td>
                    <td>{stageText(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('census.versions')}</h2>
          {versions.error && <ErrorPanel error={versions.error} />}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('census.version')}</th>
                  <th scope="col">{t('census.when')}</th>
                  <th scope="col">{t('census.changed')}</th>
                  <th scope="col">{t('census.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.data?.items.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{formatDateTime(v.createdAt, locale)}</td>
                    <td>{v.changed.join(', ') || t('common.none')}</td>
                    <td>{v.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {admin && (
            <>
              <form className="panel row-form" onSubmit={(e) => void change(e)} aria-labelledby="census-change-title">
                <h2 id="census-change-title">{t('census.change')}</h2>
                <div className="field">
                  <label htmlFor="census-stage">{t('census.stage')}</label>
                  <select id="census-stage" value={stage} onChange={(e) => setStage(e.target.value)} required>
                    <option value="" />
                    {stages.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="census-date">{t('census.date')}</label>
                  <input id="census-date" value={date} onChange={(e) => setDate(e.target.value)} required />
                </div>
                <div className="field">
                  <label htmlFor="census-reason">{t('census.reason')}</label>
                  <input id="census-reason" value={reason} onChange={(e) => setReason(e.target.value)} required />
                </div>
                <button type="submit" className="primary" disabled={busy}>
                  {t('census.save')}
                </button>
              </form>
              <p>
                <button type="button" onClick={() => void toggle()} disabled={busy}>
                  {current.closedAt ? t('census.reopen') : t('census.close')}
                </button>
              </p>
              <form className="panel row-form" onSubmit={(e) => void copy(e)} aria-labelledby="census-copy-title">
                <h2 id="census-copy-title">{t('census.copy')}</h2>
                <div className="field">
                  <label htmlFor="copy-code">{t('census.newCode')}</label>
                  <input id="copy-code" value={copyCode} onChange={(e) => setCopyCode(e.target.value)} required />
                </div>
                <div className="field">
                  <label htmlFor="copy-name">{t('census.newName')}</label>
                  <input id="copy-name" value={copyName} onChange={(e) => setCopyName(e.target.value)} required />
                </div>
                <div className="field">
                  <label htmlFor="copy-from">{t('census.fieldworkFrom')}</label>
                  <input id="copy-from" type="date" value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)} required />
                </div>
                <button type="submit" className="primary" disabled={busy}>
                  {t('census.copy')}
                </button>
              </form>
            </>
          )}
        </>
      )}
    </section>
  );
}
