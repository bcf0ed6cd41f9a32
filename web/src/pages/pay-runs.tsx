import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useLoad } from '../components/load';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { ErrorPanel, formatDateTime, Loading } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { Municipality, Page, PayRun, PayRunStatus } from '../pay-run-types';
import { CensusFilter } from './censuses';
import { runName } from '../run-name';

const STATUSES: readonly PayRunStatus[] = ['QUEUED', 'COMPUTING', 'COMPUTED', 'FAILED', 'APPROVED'];
const LIMIT = 25;

/** Finance: pay runs newest first, filter by status, create a run (national or one municipality). */
export function PayRunsPage() {
  const { t, lang, locale } = useI18n();
  const navigate = useNavigate();
  const [status, setStatus] = useState<PayRunStatus | ''>('');
  const [census, setCensus] = useState('');
  const pages = useCursorPages();
  const runs = useLoad(
    () => api<Page<PayRun>>('/payroll/runs', { query: { status, census: census || undefined, limit: LIMIT, cursor: pages.cursor } }),
    [status, census, pages.cursor],
  );
  const municipalities = useLoad(() => api<{ items: Municipality[] }>('/geography/municipalities'), []);
  const [scope, setScope] = useState('');
  const [tariff, setTariff] = useState('');
  const { busy, error: createError, run: act } = useAction();

  async function create(e: FormEvent) {
    e.preventDefault();
    await act(async () => {
      const run = await api<PayRun>('/payroll/runs', {
        method: 'POST',
        json: { municipalityCode: scope || undefined, tariffVersion: tariff ? Number(tariff) : undefined, census: census || undefined },
      });
      void navigate(`/app/finance/runs/${run.id}`);
    });
  }

  return (
    <section aria-labelledby="runs-title">
      <h1 id="runs-title">{t('runs.title')}</h1>
      <form className="panel row-form" onSubmit={(e) => void create(e)} aria-labelledby="create-run-title">
        <h2 id="create-run-title">{t('runs.create')}</h2>
        <div className="field">
          <label htmlFor="run-scope">{t('runs.scope')}</label>
          <select id="run-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">{t('common.national')}</option>
            {municipalities.data?.items.map((m) => (
              <option key={m.code} value={m.code}>
                {m.nameSq} / {m.nameSr}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="run-tariff">{t('runs.tariff')}</label>
          <input id="run-tariff" type="number" min={1} step={1} value={tariff} onChange={(e) => setTariff(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('runs.create')}
        </button>
      </form>
      {createError && <ErrorPanel error={createError} />}

      <div className="toolbar">
        <CensusFilter
          id="run-census"
          value={census}
          onChange={(c) => {
            setCensus(c);
            pages.reset();
          }}
        />
        <label htmlFor="run-status">{t('common.status')}</label>
        <select
          id="run-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as PayRunStatus | '');
            pages.reset();
          }}
        >
          <option value="">{t('runs.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {runs.error && <ErrorPanel error={runs.error} />}
      {runs.loading && !runs.data && <Loading />}
      {runs.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('ctx.runColumn')}</th>
                  <th scope="col">{t('runs.created')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col" className="num">
                    {t('runs.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('runs.net')}
                  </th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/app/finance/runs/${r.id}`}>{runName(t, lang, locale, r)}</Link>
                    </td>
                    <td>
                      {formatDateTime(r.createdAt, locale)} · {r.createdBy?.email ?? t('ctx.unknownUser')}
                    </td>
                    <td>
                      <span className={`badge status-${r.status.toLowerCase()}`} data-status={r.status}>
                        {enumLabel(t, 'runStatus', r.status)}
                      </span>
                    </td>
                    <td className="num">{r.peopleCount}</td>
                    <td className="num">{r.totals.net}</td>
                    <td>
                      <Link to={`/app/finance/runs/${r.id}`} aria-label={`${t('runs.open')} ${runName(t, lang, locale, r)}`}>
                        {t('runs.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {runs.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
          <CursorPager
            pages={pages}
            limit={LIMIT}
            shown={runs.data.items.length}
            total={runs.data.total}
            nextCursor={runs.data.nextCursor}
          />
        </>
      )}
    </section>
  );
}
