import { useState, type FormEvent } from 'react';
import { api, type ApiPaths, type ResponseOf } from '../api';
import { useAction } from '../components/action';
import { contentTypeOf, FileDrop } from '../components/file-drop';
import { ErrorPanel } from '../components/ui';
import { useI18n } from '../i18n';

/** POST /payroll/counts/import answer */
type CountImportResult = ResponseOf<ApiPaths['/payroll/counts/import']['post']>;

/** Finance: upload EA counts (drag and drop or choose), see the row/column/reason table or the summary. */
export function CountsUploadPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const { busy, error, run, setError } = useAction();
  const [result, setResult] = useState<CountImportResult | null>(null);
  const [missing, setMissing] = useState(false);

  function choose(f: File | null | undefined) {
    setFile(f ?? null);
    setResult(null);
    setError(null);
    setMissing(false);
  }

  async function upload(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setResult(null);
    await run(async () => {
      const body = await file.text();
      setResult(
        await api<CountImportResult>('/payroll/counts/import', {
          method: 'POST',
          query: { dryRun: dryRun ? 'true' : undefined },
          raw: { body, contentType: contentTypeOf(file) },
        }),
      );
    });
  }

  return (
    <section aria-labelledby="counts-title">
      <h1 id="counts-title">{t('counts.title')}</h1>
      <p className="muted">{t('counts.help')}</p>
      <form onSubmit={(e) => void upload(e)} className="stack">
        <FileDrop id="counts-file" file={file} onFile={choose} />
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
          {t('counts.noFile')}
        </p>
      )}
      {error && <ErrorPanel error={error} />}
      {result && (
        <div className="summary" role="status" aria-labelledby="counts-summary">
          <h2 id="counts-summary">{t('counts.summary')}</h2>
          {result.dryRun && <p>{t('counts.checked')}</p>}
          <dl className="figures">
            <div>
              <dt>{t('counts.rows')}</dt>
              <dd data-testid="rows">{result.rows}</dd>
            </div>
            <div>
              <dt>{t('counts.created')}</dt>
              <dd data-testid="created">{result.created}</dd>
            </div>
            <div>
              <dt>{t('counts.updated')}</dt>
              <dd data-testid="updated">{result.updated}</dd>
            </div>
            <div>
              <dt>{t('counts.unchanged')}</dt>
              <dd data-testid="unchanged">{result.unchanged}</dd>
            </div>
            <div>
              <dt>{t('counts.tariff')}</dt>
              <dd>{result.tariffVersion}</dd>
            </div>
            {result.batchId && (
              <div>
                <dt>{t('counts.batch')}</dt>
                <dd className="code">{result.batchId}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
    </section>
  );
}
