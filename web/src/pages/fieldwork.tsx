import { useState, type FormEvent } from 'react';
import { api, request, type Answer, type ApiPaths, type ItemOf, type ResponseOf } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useApiQuery, useLoad } from '../components/load';
import { useMe } from '../session';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { useI18n, type MessageKey } from '../i18n';

/** GET /fieldwork/mappings item (definition as docs/fieldwork.md describes it) */
type Mapping = Answer<'/fieldwork/mappings/{id}'>;

/** POST /fieldwork/mappings/:id/imports and …/csv-imports answer */
type ImportResult = ResponseOf<ApiPaths['/fieldwork/mappings/{id}/imports']['post']>;

/** GET /fieldwork/mappings/:id/imports item */
type ImportRecord = ItemOf<Answer<'/fieldwork/mappings/{id}/imports'>>;

const CSV_COLUMNS = [
  'eaCode',
  'login',
  'status',
  'interviewKey',
  'buildings',
  'dwellings',
  'households',
  'individuals',
  'diasporaPersons',
  'diasporaListComplete',
] as const;

/** The form's fields, all text; a definition is built from them on save. */
type Form = Record<string, string>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function toForm(m: Mapping | null): Form {
  if (!m) return { source: 'SURVEY_SOLUTIONS', diaspora: 'none', dwellings: 'main', statuses: 'ApprovedByHeadquarters' };
  // The two mapping kinds share one form: read the definition as plain fields.
  const d = m.definition as Record<string, unknown>;
  if (m.source === 'CSV') {
    const cols = (d.columns ?? {}) as Record<string, string>;
    return {
      name: m.name,
      operation: m.operation ?? '',
      source: 'CSV',
      statuses: ((d.countedStatuses as string[] | undefined) ?? []).join(', '),
      ...Object.fromEntries(CSV_COLUMNS.map((c) => [`col.${c}`, cols[c] ?? ''])),
    };
  }
  const dia = (d.diaspora ?? { source: 'none' }) as Record<string, unknown>;
  const dw = (d.dwellings ?? { source: 'main' }) as Record<string, unknown>;
  return {
    name: m.name,
    operation: m.operation ?? '',
    source: 'SURVEY_SOLUTIONS',
    mainFile: str(d.mainFile),
    eaVariable: str(d.eaVariable),
    personsRoster: str(d.personsRoster),
    diaspora: str(dia.source),
    diasporaVariable: str(dia.variable ?? dia.roster),
    diasporaComplete: str(d.diasporaCompleteVariable),
    dwellings: str(dw.source),
    buildingVariable: str(dw.buildingVariable),
    dwellingVariable: str(dw.dwellingVariable),
    listingFile: str(dw.file),
    listingEa: str(dw.eaVariable),
    statuses: ((d.countedStatuses as string[] | undefined) ?? []).join(', '),
  };
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

function toBody(f: Form) {
  const statuses = list(f.statuses);
  const common = { name: f.name ?? '', operation: opt(f.operation) };
  if (f.source === 'CSV')
    return {
      ...common,
      source: 'CSV',
      definition: {
        columns: Object.fromEntries(CSV_COLUMNS.flatMap((c) => (opt(f[`col.${c}`]) ? [[c, opt(f[`col.${c}`])]] : []))),
        ...(statuses.length ? { countedStatuses: statuses } : {}),
      },
    };
  return {
    ...common,
    source: 'SURVEY_SOLUTIONS',
    definition: {
      mainFile: f.mainFile ?? '',
      eaVariable: f.eaVariable ?? '',
      personsRoster: f.personsRoster ?? '',
      diaspora:
        f.diaspora === 'personVariable'
          ? { source: 'personVariable', variable: f.diasporaVariable ?? '' }
          : f.diaspora === 'roster'
            ? { source: 'roster', roster: f.diasporaVariable ?? '' }
            : { source: 'none' },
      diasporaCompleteVariable: opt(f.diasporaComplete),
      dwellings:
        f.dwellings === 'listing'
          ? { source: 'listing', file: f.listingFile ?? '', eaVariable: f.listingEa ?? '', buildingVariable: f.buildingVariable ?? '' }
          : { source: 'main', buildingVariable: f.buildingVariable ?? '', dwellingVariable: f.dwellingVariable ?? '' },
      ...(statuses.length ? { countedStatuses: statuses } : {}),
    },
  };
}

function Field({ id, label, form, set }: { id: string; label: MessageKey; form: Form; set: (k: string, v: string) => void }) {
  const { t } = useI18n();
  return (
    <label htmlFor={`fm-${id}`}>
      {t(label)}
      <input id={`fm-${id}`} value={form[id] ?? ''} onChange={(e) => set(id, e.target.value)} />
    </label>
  );
}

function MappingForm({ mapping, onSaved }: { mapping: Mapping | null; onSaved: (m: Mapping) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(() => toForm(mapping));
  // after the first save of a new mapping, later saves replace it
  const [id, setId] = useState<string | null>(mapping?.id ?? null);
  const { busy, error, notice, run } = useAction();
  const set = (k: string, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const props = { form, set };
  async function save(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const saved = await api<Mapping>(id ? `/fieldwork/mappings/${id}` : '/fieldwork/mappings', {
        method: id ? 'PUT' : 'POST',
        json: toBody(form),
      });
      setId(saved.id);
      onSaved(saved);
      return t('field.saved');
    });
  }
  return (
    <form className="stack" onSubmit={(e) => void save(e)} aria-label={mapping ? `${t('field.edit')} ${mapping.name}` : t('field.new')}>
      <Field id="name" label="field.name" {...props} />
      <Field id="operation" label="field.operation" {...props} />
      <label htmlFor="fm-source">
        {t('field.source')}
        <select id="fm-source" value={form.source} onChange={(e) => set('source', e.target.value)} disabled={id !== null}>
          <option value="SURVEY_SOLUTIONS">{t('field.source.SURVEY_SOLUTIONS')}</option>
          <option value="CSV">{t('field.source.CSV')}</option>
        </select>
      </label>
      {form.source === 'CSV' ? (
        <fieldset>
          <legend>{t('field.columns')}</legend>
          {CSV_COLUMNS.map((c) => (
            <Field key={c} id={`col.${c}`} label={`field.column.${c}` as MessageKey} {...props} />
          ))}
        </fieldset>
      ) : (
        <>
          <Field id="mainFile" label="field.mainFile" {...props} />
          <Field id="eaVariable" label="field.eaVariable" {...props} />
          <Field id="personsRoster" label="field.personsRoster" {...props} />
          <label htmlFor="fm-diaspora">
            {t('field.diaspora')}
            <select id="fm-diaspora" value={form.diaspora} onChange={(e) => set('diaspora', e.target.value)}>
              <option value="none">{t('field.diaspora.none')}</option>
              <option value="personVariable">{t('field.diaspora.personVariable')}</option>
              <option value="roster">{t('field.diaspora.roster')}</option>
            </select>
          </label>
          {form.diaspora !== 'none' && <Field id="diasporaVariable" label="field.diasporaVariable" {...props} />}
          <Field id="diasporaComplete" label="field.diasporaComplete" {...props} />
          <label htmlFor="fm-dwellings">
            {t('field.dwellings')}
            <select id="fm-dwellings" value={form.dwellings} onChange={(e) => set('dwellings', e.target.value)}>
              <option value="main">{t('field.dwellings.main')}</option>
              <option value="listing">{t('field.dwellings.listing')}</option>
            </select>
          </label>
          {form.dwellings === 'listing' && <Field id="listingFile" label="field.listingFile" {...props} />}
          {form.dwellings === 'listing' && <Field id="listingEa" label="field.listingEa" {...props} />}
          <Field id="buildingVariable" label="field.buildingVariable" {...props} />
          {form.dwellings !== 'listing' && <Field id="dwellingVariable" label="field.dwellingVariable" {...props} />}
        </>
      )}
      <Field id="statuses" label="field.statuses" {...props} />
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorPanel error={error} />}
    </form>
  );
}

function Logins() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { busy, error, notice, run } = useAction();
  async function save(e: FormEvent) {
    e.preventDefault();
    const body = text
      .split(/\r?\n/)
      .map((l) => l.split(/[,;\t]/).map((x) => x.trim()))
      .filter((c) => c[0])
      .map(([login, enumeratorId]) => ({ login, enumeratorId: enumeratorId ?? '' }));
    await run(async () => {
      const r = await api<{ saved: number }>('/fieldwork/logins', { method: 'PUT', json: body });
      return t('field.loginsSaved', { count: r.saved });
    });
  }
  return (
    <form className="stack" onSubmit={(e) => void save(e)}>
      <label htmlFor="field-logins">
        {t('field.loginsHelp')}
        <textarea id="field-logins" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div>
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorPanel error={error} />}
    </form>
  );
}

function Upload({ mapping, onDone }: { mapping: Mapping; onDone: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const { busy, error, run } = useAction();
  async function send(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setResult(null);
    await run(async () => {
      const csv = mapping.source === 'CSV';
      setResult(
        await api<ImportResult>(`/fieldwork/mappings/${mapping.id}/${csv ? 'csv-imports' : 'imports'}`, {
          method: 'POST',
          query: { fileName: file.name },
          raw: csv ? { body: await file.text(), contentType: 'text/csv' } : { body: file, contentType: 'application/zip' },
        }),
      );
      onDone();
    });
  }
  return (
    <form className="stack" onSubmit={(e) => void send(e)}>
      <p className="muted">{t('field.uploadHelp')}</p>
      <label htmlFor="field-file">
        {t('field.file')}
        <input
          id="field-file"
          type="file"
          accept={mapping.source === 'CSV' ? '.csv,text/csv' : '.zip,application/zip'}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setResult(null);
          }}
        />
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {t('field.send')}
        </button>
      </div>
      {error && <ErrorPanel error={error} />}
      {result && (
        <div className="summary" role="status" aria-labelledby="field-result">
          <h3 id="field-result">{t('field.result')}</h3>
          {result.unchanged && <p>{t('field.unchanged')}</p>}
          <dl className="figures">
            {(
              [
                ['field.interviews', result.interviews, 'interviews'],
                ['field.counted', result.counted, 'counted'],
                ['field.rows', result.rows, 'rows'],
                ['field.created', result.created, 'created'],
                ['field.updated', result.updated, 'updated'],
              ] as const
            ).map(([label, value, id]) => (
              <div key={id}>
                <dt>{t(label)}</dt>
                <dd data-testid={`field-${id}`}>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </form>
  );
}

const HISTORY_PAGE = 50;

function History({ mapping, tick }: { mapping: Mapping; tick: number }) {
  const { t, lang } = useI18n();
  const pages = useCursorPages();
  const h = useLoad(
    () =>
      api<{ items: ImportRecord[]; total: number; nextCursor: string | null }>(`/fieldwork/mappings/${mapping.id}/imports`, {
        query: { limit: HISTORY_PAGE, cursor: pages.cursor },
      }),
    [mapping.id, tick, pages.cursor],
  );
  if (h.loading && !h.data) return <Loading />;
  if (h.error) return <ErrorPanel error={h.error} />;
  if (!h.data?.items.length) return <p className="muted">{t('common.empty')}</p>;
  return (
    <>
      <table aria-label={t('field.history')}>
        <thead>
          <tr>
            <th scope="col">{t('field.when')}</th>
            <th scope="col">{t('field.file')}</th>
            <th scope="col">{t('field.interviews')}</th>
            <th scope="col">{t('field.counted')}</th>
            <th scope="col">{t('field.hash')}</th>
            <th scope="col">{t('field.batch')}</th>
          </tr>
        </thead>
        <tbody>
          {h.data.items.map((r) => (
            <tr key={r.id}>
              <td>{formatDateTime(r.createdAt, lang)}</td>
              <td>{r.fileName}</td>
              <td>{r.interviews}</td>
              <td>{r.counted}</td>
              <td className="code" title={r.fileHash}>
                {r.fileHash.slice(0, 12)}
              </td>
              <td className="code">{r.importBatchId ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CursorPager pages={pages} limit={HISTORY_PAGE} shown={h.data.items.length} total={h.data.total} nextCursor={h.data.nextCursor} />
    </>
  );
}

/** ADMIN, FINANCE: field mappings, CAPI logins, export upload with its result, import history. */
/** The thresholds of the quality rules, in the order docs/fieldwork.md explains them. */
const THRESHOLDS = [
  'individualsPerHouseholdMin',
  'individualsPerHouseholdMax',
  'aboveExpectedPercent',
  'jumpPercent',
  'jumpMinimum',
  'noApprovalDays',
] as const;
type Thresholds = Answer<'/fieldwork/quality-settings'>;

/** The quality rules' thresholds: FINANCE reads them, ADMIN changes them (audited). */
function QualitySettings() {
  const { t } = useI18n();
  const me = useMe();
  const admin = me.role === 'ADMIN';
  const settings = useApiQuery('/fieldwork/quality-settings');
  const [form, setForm] = useState<Record<string, string> | null>(null);
  const { busy, error, notice, run } = useAction();
  if (settings.error) return <ErrorPanel error={settings.error} />;
  if (!settings.data) return <Loading />;
  const loaded = settings.data;
  const values: Record<string, string> = form ?? Object.fromEntries(THRESHOLDS.map((k) => [k, String(loaded[k])]));
  async function save(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const body = Object.fromEntries(THRESHOLDS.map((k) => [k, Number(values[k])])) as Thresholds;
      const saved = await request('put', '/fieldwork/quality-settings', { json: body });
      setForm(Object.fromEntries(THRESHOLDS.map((k) => [k, String(saved[k])])));
      settings.reload();
      return t('quality.saved');
    });
  }
  return (
    <form className="row-form" onSubmit={(e) => void save(e)} aria-labelledby="quality-title">
      {THRESHOLDS.map((k) => (
        <div className="field" key={k}>
          <label htmlFor={`q-${k}`}>{t(`quality.threshold.${k}`)}</label>
          <input
            id={`q-${k}`}
            type="number"
            min={0}
            step={1}
            size={6}
            required
            readOnly={!admin}
            value={values[k]}
            onChange={(e) => setForm({ ...values, [k]: e.target.value })}
          />
        </div>
      ))}
      {admin && (
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {t('quality.save')}
          </button>
        </div>
      )}
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorPanel error={error} />}
    </form>
  );
}

export function FieldworkPage() {
  const { t } = useI18n();
  // A handful of mappings: the first page of the largest size holds them all.
  const mappings = useLoad(() => api<{ items: Mapping[] }>('/fieldwork/mappings', { query: { limit: 500 } }), []);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [tick, setTick] = useState(0);
  const current = mappings.data?.items.find((m) => m.id === selected) ?? null;
  return (
    <section aria-labelledby="field-title">
      <h1 id="field-title">{t('field.title')}</h1>
      <p className="muted">{t('field.help')}</p>
      <h2>{t('field.mappings')}</h2>
      {mappings.error && <ErrorPanel error={mappings.error} />}
      {mappings.loading && !mappings.data && <Loading />}
      {mappings.data && (
        <table aria-label={t('field.mappings')}>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.operation')}</th>
              <th scope="col">{t('field.source')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {mappings.data.items.map((m) => (
              <tr key={m.id} aria-selected={m.id === selected}>
                <td>{m.name}</td>
                <td>{m.operation ?? t('common.none')}</td>
                <td>{t(`field.source.${m.source}`)}</td>
                <td>
                  <button type="button" onClick={() => setSelected(m.id)}>
                    {t('field.select')}
                  </button>{' '}
                  <button type="button" onClick={() => setEditing(m.id)}>
                    {t('field.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={() => setEditing('new')}>
          {t('field.new')}
        </button>
      </p>
      {editing !== null && (
        <MappingForm
          key={editing}
          mapping={editing === 'new' ? null : (mappings.data?.items.find((m) => m.id === editing) ?? null)}
          onSaved={(m) => {
            setSelected(m.id);
            mappings.reload();
          }}
        />
      )}
      <h2 id="quality-title">{t('quality.title')}</h2>
      <p className="muted">{t('quality.help')}</p>
      <QualitySettings />
      <h2>{t('field.logins')}</h2>
      <Logins />
      <h2>{t('field.upload')}</h2>
      {current ? (
        <>
          <p>
            <strong>{current.name}</strong> · {t(`field.source.${current.source}`)}
          </p>
          <Upload key={current.id} mapping={current} onDone={() => setTick((n) => n + 1)} />
          <h2>{t('field.history')}</h2>
          <History mapping={current} tick={tick} />
        </>
      ) : (
        <p className="muted">{t('field.chooseMapping')}</p>
      )}
    </section>
  );
}
