import { useState } from 'react';
import { api, type Answer, type ApiPaths, type ItemOf, type ResponseOf } from '../api';
import { useAction } from '../components/action';
import { contentTypeOf, FileDrop } from '../components/file-drop';
import { useLoad } from '../components/load';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { ErrorPanel, formatDateTime, Loading } from '../components/ui';
import { useI18n, type MessageKey } from '../i18n';
import { useMe } from '../session';

type Kind = 'eas' | 'staff' | 'assignments';

/** POST /imports/:kind answer */
type ImportResult = ResponseOf<ApiPaths['/imports/{kind}']['post']>;

/** GET /imports item */
type ImportBatch = ItemOf<Answer<'/imports'>>;

/** The file's columns as docs/imports.md lists them (required first). */
const COLUMNS: Record<Kind, { readonly required: readonly string[]; readonly optional: readonly string[] }> = {
  eas: { required: ['ea_code', 'municipality_code'], optional: ['name'] },
  staff: {
    required: ['national_id', 'kind', 'full_name', 'community', 'language', 'municipality_code'],
    optional: ['phone', 'email', 'iban', 'engagement_start', 'engagement_end', 'status', 'team_code'],
  },
  assignments: { required: ['ea_code', 'enumerator_national_id', 'valid_from'], optional: ['valid_to'] },
};

const LIMIT = 20;

/**
 * Bulk imports of EAs, staff and assignments (all or nothing): choose the kind and the file,
 * "check only" (a dry run: what would be created, changed, left alone), then import. A refused
 * file shows every problem by row and column (paged, all of them as a CSV download) and nothing
 * is written. FINANCE imports staff only. Below, the past batches.
 */
export function ImportsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const kinds: readonly Kind[] = me.role === 'FINANCE' ? ['staff'] : ['eas', 'staff', 'assignments'];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'staff');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const { busy, error, run, setError } = useAction();
  const pages = useCursorPages();
  const batches = useLoad(
    () =>
      api<{ items: ImportBatch[]; total: number; nextCursor: string | null }>('/imports', {
        query: { limit: LIMIT, cursor: pages.cursor },
      }),
    [pages.cursor],
  );

  function choose(f: File | null) {
    setFile(f);
    setResult(null);
    setError(null);
    setMissing(false);
  }

  async function send(dryRun: boolean) {
    if (!file) {
      setMissing(true);
      return;
    }
    setResult(null);
    const ok = await run(async () => {
      const body = await file.text();
      setResult(
        await api<ImportResult>(`/imports/${kind}`, {
          method: 'POST',
          query: { dryRun: dryRun ? 'true' : undefined },
          raw: { body, contentType: contentTypeOf(file) },
        }),
      );
    });
    if (ok && !dryRun) batches.reload();
  }

  return (
    <section aria-labelledby="imports-title">
      <h1 id="imports-title">{t('imports.title')}</h1>
      <p className="muted">{t('imports.help')}</p>
      <form onSubmit={(e) => e.preventDefault()} className="stack">
        <div className="field">
          <label htmlFor="import-kind">{t('imports.kind')}</label>
          <select
            id="import-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setResult(null);
              setError(null);
            }}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`imports.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted">
          {t('imports.columns')}: <span className="code">{COLUMNS[kind].required.join(', ')}</span>
          {' · '}
          {t('imports.optional')}: <span className="code">{COLUMNS[kind].optional.join(', ')}</span>
        </p>
        <FileDrop id="import-file" file={file} onFile={choose} />
        <div>
          <button type="button" disabled={busy} onClick={() => void send(true)}>
            {t('imports.check')}
          </button>{' '}
          <button type="button" className="primary" disabled={busy} onClick={() => void send(false)}>
            {busy ? t('counts.uploading') : t('imports.import')}
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
        <div className="summary" role="status" aria-labelledby="import-summary">
          <h2 id="import-summary">{result.dryRun ? t('imports.preview') : t('imports.done')}</h2>
          <p>{result.dryRun ? t('imports.checked') : result.batchId ? t('imports.saved') : t('imports.nothing')}</p>
          <dl className="figures">
            <div>
              <dt>{t('counts.rows')}</dt>
              <dd data-testid="rows">{result.rows}</dd>
            </div>
            <div>
              <dt>{t('imports.created')}</dt>
              <dd data-testid="created">{result.created}</dd>
            </div>
            <div>
              <dt>{t('imports.updated')}</dt>
              <dd data-testid="updated">{result.updated}</dd>
            </div>
            <div>
              <dt>{t('counts.unchanged')}</dt>
              <dd data-testid="unchanged">{result.unchanged}</dd>
            </div>
            {result.ibanChangesRequested !== undefined && result.ibanChangesRequested > 0 && (
              <div>
                <dt>{t('imports.ibanChanges')}</dt>
                <dd>{result.ibanChangesRequested}</dd>
              </div>
            )}
          </dl>
        </div>
      )}
      <div className="panel">
        <h2>{t('imports.history')}</h2>
        {batches.error && <ErrorPanel error={batches.error} />}
        {!batches.data && !batches.error && <Loading />}
        {batches.data && batches.data.items.length === 0 && <p>{t('imports.noHistory')}</p>}
        {batches.data && batches.data.items.length > 0 && (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('imports.when')}</th>
                    <th scope="col">{t('imports.kind')}</th>
                    <th scope="col">{t('imports.format')}</th>
                    <th scope="col" className="num">
                      {t('counts.rows')}
                    </th>
                    <th scope="col" className="num">
                      {t('imports.created')}
                    </th>
                    <th scope="col" className="num">
                      {t('imports.updated')}
                    </th>
                    <th scope="col" className="num">
                      {t('counts.unchanged')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {batches.data.items.map((b) => {
                    const key = `imports.kind.${b.kind}` as MessageKey;
                    const label = t(key);
                    return (
                      <tr key={b.id}>
                        <td>{formatDateTime(b.createdAt, locale)}</td>
                        <td>{label === key ? b.kind : label}</td>
                        <td>{b.format}</td>
                        <td className="num">{b.rowCount}</td>
                        <td className="num">{b.created}</td>
                        <td className="num">{b.updated}</td>
                        <td className="num">{b.unchanged}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <CursorPager
              pages={pages}
              limit={LIMIT}
              shown={batches.data.items.length}
              total={batches.data.total}
              nextCursor={batches.data.nextCursor}
            />
          </>
        )}
      </div>
    </section>
  );
}
