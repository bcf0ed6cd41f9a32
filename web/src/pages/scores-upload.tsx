import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { useAction } from '../components/action';
import { useLoad } from '../components/load';
import { ErrorPanel } from '../components/ui';
import { useI18n } from '../i18n';
import { COMPETITIONS_QUERY, type Competition, type ListPage } from '../ops-types';
import type { ScoreImportResult } from '../supervisor-types';

const contentTypeOf = (f: File): string =>
  f.name.toLowerCase().endsWith('.json') || f.type === 'application/json' ? 'application/json' : 'text/csv';

/** ASK: upload test scores of a competition (CSV or JSON), see each bad row and column, or the summary. */
export function ScoresUploadPage() {
  const { t } = useI18n();
  const competitions = useLoad(() => api<ListPage<Competition>>('/recruitment/competitions', { query: COMPETITIONS_QUERY }), []);
  const [competitionId, setCompetitionId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<ScoreImportResult | null>(null);
  const { busy, error, run, setError } = useAction();

  async function upload(e: FormEvent) {
    e.preventDefault();
    if (!file || !competitionId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setResult(null);
    await run(async () => {
      const body = await file.text();
      setResult(
        await api<ScoreImportResult>(`/recruitment/competitions/${encodeURIComponent(competitionId)}/scores/import`, {
          method: 'POST',
          query: { dryRun: dryRun ? 'true' : undefined },
          raw: { body, contentType: contentTypeOf(file) },
        }),
      );
    });
  }

  return (
    <section aria-labelledby="scores-title">
      <h1 id="scores-title">{t('scores.title')}</h1>
      <p className="muted">{t('scores.help')}</p>
      {competitions.error && <ErrorPanel error={competitions.error} />}
      <form onSubmit={(e) => void upload(e)} className="stack">
        <label>
          {t('sup.competition')}{' '}
          <select id="scores-competition" value={competitionId} onChange={(e) => setCompetitionId(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {competitions.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('counts.choose')}{' '}
          <input
            id="scores-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
              setError(null);
            }}
          />
        </label>
        {file && <p className="file-name">{t('counts.chosen', { name: file.name })}</p>}
        <label className="inline">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> {t('counts.dryRun')}
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('counts.uploading') : t('counts.upload')}
          </button>
        </div>
      </form>
      {missing && (
        <p className="error-message" role="alert">
          {t('sup.choose')} {t('counts.noFile')}
        </p>
      )}
      {error && <ErrorPanel error={error} />}
      {result && (
        <div className="summary" role="status" aria-labelledby="scores-summary">
          <h2 id="scores-summary">{t('counts.summary')}</h2>
          {result.dryRun && <p>{t('counts.checked')}</p>}
          <dl className="figures">
            <div>
              <dt>{t('counts.rows')}</dt>
              <dd data-testid="rows">{result.rows}</dd>
            </div>
            <div>
              <dt>{t('scores.recorded')}</dt>
              <dd data-testid="recorded">{result.recorded}</dd>
            </div>
            <div>
              <dt>{t('scores.changed')}</dt>
              <dd data-testid="changed">{result.changed}</dd>
            </div>
            <div>
              <dt>{t('scores.unchanged')}</dt>
              <dd data-testid="unchanged">{result.unchanged}</dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
