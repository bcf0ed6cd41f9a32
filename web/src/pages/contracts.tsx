import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, download, request, type Answer, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { CursorPager, type ListPage, useListParams } from '../components/cursor-list';
import { useApiQuery, useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n, type MessageKey } from '../i18n';
import { useMe } from '../session';

const STATUSES: readonly ContractStatus[] = ['GENERATED', 'SENT', 'SIGNED', 'ENDED', 'REPLACED'];
const CONTRACTS_PAGE = 500;

/** GET /api/v1/contracts items, as the API description types them. */
type Contract = ItemOf<Answer<'/contracts'>>;
type ContractStatus = Contract['status'];

/**
 * Contracts per person and municipality with their status, and the steps of their life: mark
 * sent, record the signature (scan upload or paper reference), end on the leaving date, replace;
 * each asks for confirmation. ASK (ADMIN, FINANCE) generates, ends and replaces; a municipality
 * user sends and records signatures of its own people. The API decides every rule.
 */
export function ContractsPage() {
  const { t } = useI18n();
  const me = useMe();
  const national = me.role !== 'MUNICIPALITY';
  const [params, setParams] = useSearchParams();
  const municipality = national ? (params.get('municipality') ?? '') : (me.municipality?.code ?? '');
  const staffId = params.get('staffId') ?? '';
  const status = params.get('status') ?? '';
  const action = useAction();
  const pages = useListParams('', '');
  const municipalities = useApiQuery('/geography/municipalities', undefined, { enabled: national });
  const contracts = useLoad(
    () =>
      api<ListPage<Contract>>('/contracts', {
        query: {
          municipality: municipality || undefined,
          staffId: staffId || undefined,
          status: status || undefined,
          limit: CONTRACTS_PAGE,
          cursor: pages.cursor,
        },
      }),
    [municipality, staffId, status, pages.cursor],
  );
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    // Another filter is another list: start on its first page.
    next.delete('cursor');
    setParams(next);
  };

  return (
    <section aria-labelledby="contracts-title">
      <h1 id="contracts-title">{t('contracts.title')}</h1>
      <p className="muted">{t('contracts.intro')}</p>
      <div className="panel row-form">
        {national && (
          <div className="field">
            <label htmlFor="contracts-municipality">{t('common.municipality')}</label>
            <select id="contracts-municipality" value={municipality} onChange={(e) => set('municipality', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {municipalities.data?.items.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.nameSq} / {m.nameSr}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="contracts-status">{t('common.status')}</label>
          <select id="contracts-status" value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`contractStatus.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {staffId && (
          <button type="button" onClick={() => set('staffId', '')}>
            {t('common.clear')}: {t('contracts.forPerson')}
          </button>
        )}
      </div>
      {national && municipality && <Generate municipality={municipality} onDone={contracts.reload} />}
      {action.notice && <Notice>{action.notice}</Notice>}
      {action.error && <ErrorPanel error={action.error} />}
      {contracts.error && <ErrorPanel error={contracts.error} />}
      {contracts.loading && !contracts.data && <Loading />}
      {contracts.data && contracts.data.items.length === 0 && <p>{t('contracts.none')}</p>}
      {contracts.data && contracts.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('contracts.number')}</th>
                <th scope="col">{t('contracts.person')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('contracts.period')}</th>
                <th scope="col">{t('contracts.signature')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {contracts.data.items.map((c) => (
                <ContractRow key={c.id} contract={c} national={national} action={action} onDone={contracts.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {contracts.data && <CursorPager page={contracts.data} limit={CONTRACTS_PAGE} list={pages} />}
    </section>
  );
}

function Generate({ municipality, onDone }: { municipality: string; onDone: () => void }) {
  const { t } = useI18n();
  const staff = useApiQuery('/staff', { query: { municipality, limit: 500 } });
  const [person, setPerson] = useState('');
  const [census, setCensus] = useState('');
  const action = useAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const name = staff.data?.items.find((s) => s.id === person)?.fullName ?? '';
    if (!person || !window.confirm(t('contracts.confirmGenerate', { name }))) return;
    const ok = await action.run(async () => {
      const c = await request('post', '/contracts', { json: { staffId: person, censusCode: census.trim() || undefined } });
      return t('contracts.generated', { number: c.number });
    });
    if (ok) onDone();
  }
  return (
    <form className="panel row-form" onSubmit={(e) => void submit(e)} aria-labelledby="generate-title">
      <h2 id="generate-title">{t('contracts.generateFor')}</h2>
      <div className="field">
        <label htmlFor="generate-person">{t('contracts.person')}</label>
        <select id="generate-person" required value={person} onChange={(e) => setPerson(e.target.value)}>
          <option value="">{t('common.none')}</option>
          {staff.data?.items.map((s) => (
            <option key={s.id} value={s.id}>
              {s.fullName} ({enumLabel(t, 'kind', s.kind)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="generate-census">{t('contracts.census')}</label>
        <input id="generate-census" value={census} placeholder={t('contracts.censusHint')} onChange={(e) => setCensus(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={action.busy}>
        {t('contracts.generate')}
      </button>
      {action.notice && <Notice>{action.notice}</Notice>}
      {action.error && <ErrorPanel error={action.error} />}
    </form>
  );
}

function ContractRow({
  contract: c,
  national,
  action,
  onDone,
}: {
  contract: Contract;
  national: boolean;
  action: ReturnType<typeof useAction>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'sign' | 'end' | null>(null);
  const step = async (confirmText: string, fn: () => Promise<string>) => {
    if (!window.confirm(confirmText)) return;
    if (await action.run(fn)) {
      setOpen(null);
      onDone();
    }
  };
  const live = c.status === 'GENERATED' || c.status === 'SENT' || c.status === 'SIGNED';
  return (
    <>
      <tr>
        <td className="code">{c.number}</td>
        <td>
          {c.staff.name} ({enumLabel(t, 'kind', c.staff.kind)})
        </td>
        <td>{t(`contractStatus.${c.status}` as MessageKey)}</td>
        <td>
          {c.periodFrom} – {c.endedOn ?? c.periodTo}
        </td>
        <td>
          {c.signedOn ? `${c.signedOn}, ${c.signedBy ?? ''}` : t('common.none')}
          {c.paperReference ? ` · ${c.paperReference}` : ''}
        </td>
        <td>
          {national && <PdfButton type="contract" params={{ staffId: c.staff.id, contractId: c.id }} label={t('report.contract')} />}
          {c.status === 'GENERATED' && (
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void step(t('contracts.confirmSent', { number: c.number }), async () => {
                  await api(`/contracts/${c.id}/sent`, { method: 'POST' });
                  return t('contracts.sent', { number: c.number });
                })
              }
            >
              {t('contracts.markSent')}
            </button>
          )}
          {c.status === 'SENT' && (
            <button type="button" aria-expanded={open === 'sign'} onClick={() => setOpen(open === 'sign' ? null : 'sign')}>
              {t('contracts.recordSignature')}
            </button>
          )}
          {c.scan && (
            <button type="button" onClick={() => void action.run(() => download(`/contracts/${c.id}/scan`, `contract-${c.number}`))}>
              {t('contracts.downloadScan')}
            </button>
          )}
          {national && c.status === 'SIGNED' && (
            <button type="button" aria-expanded={open === 'end'} onClick={() => setOpen(open === 'end' ? null : 'end')}>
              {t('contracts.end')}
            </button>
          )}
          {national && live && (
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void step(t('contracts.confirmReplace', { number: c.number }), async () => {
                  const r = await api<{ contract: Contract }>(`/contracts/${c.id}/replace`, { method: 'POST', json: {} });
                  return t('contracts.replaced', { number: c.number, next: r.contract.number });
                })
              }
            >
              {t('contracts.replace')}
            </button>
          )}
        </td>
      </tr>
      {open === 'sign' && (
        <tr>
          <td colSpan={6}>
            <SignForm contract={c} busy={action.busy} step={step} onCancel={() => setOpen(null)} />
          </td>
        </tr>
      )}
      {open === 'end' && (
        <tr>
          <td colSpan={6}>
            <EndForm contract={c} busy={action.busy} step={step} onCancel={() => setOpen(null)} />
          </td>
        </tr>
      )}
    </>
  );
}

type Step = (confirmText: string, fn: () => Promise<string>) => Promise<void>;

function SignForm({ contract: c, busy, step, onCancel }: { contract: Contract; busy: boolean; step: Step; onCancel: () => void }) {
  const { t } = useI18n();
  const [signedOn, setSignedOn] = useState('');
  const [signedBy, setSignedBy] = useState(c.staff.name);
  const [mode, setMode] = useState<'scan' | 'paper'>('scan');
  const [file, setFile] = useState<File | null>(null);
  const [reference, setReference] = useState('');
  const id = `sign-${c.id}`;
  function submit(e: FormEvent) {
    e.preventDefault();
    void step(t('contracts.confirmSign', { number: c.number }), async () => {
      if (mode === 'scan' && file) {
        await api(`/contracts/${c.id}/signature`, {
          method: 'POST',
          query: { signedOn, signedBy },
          raw: { body: file, contentType: file.type || 'application/octet-stream' },
        });
      } else {
        await api(`/contracts/${c.id}/signature`, { method: 'POST', json: { signedOn, signedBy, paperReference: reference } });
      }
      return t('contracts.signed', { number: c.number });
    });
  }
  return (
    <form className="row-form" onSubmit={submit} aria-label={`${t('contracts.recordSignature')} ${c.number}`}>
      <div className="field">
        <label htmlFor={`${id}-on`}>{t('contracts.signedOn')}</label>
        <input id={`${id}-on`} type="date" required value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('contracts.signedBy')}</label>
        <input id={`${id}-by`} required value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>{t('contracts.evidence')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'scan'} onChange={() => setMode('scan')} /> {t('contracts.useScan')}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'paper'} onChange={() => setMode('paper')} /> {t('contracts.usePaper')}
        </label>
      </fieldset>
      {mode === 'scan' ? (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('contracts.scan')}</label>
          <input
            id={`${id}-file`}
            type="file"
            required
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-ref`}>{t('contracts.paperReference')}</label>
          <input id={`${id}-ref`} required value={reference} onChange={(e) => setReference(e.target.value)} />
        </div>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('contracts.recordSignature')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('contracts.cancel')}
      </button>
    </form>
  );
}

function EndForm({ contract: c, busy, step, onCancel }: { contract: Contract; busy: boolean; step: Step; onCancel: () => void }) {
  const { t } = useI18n();
  const [leavingDate, setLeavingDate] = useState('');
  const [reason, setReason] = useState('');
  const id = `end-${c.id}`;
  function submit(e: FormEvent) {
    e.preventDefault();
    void step(t('contracts.confirmEnd', { number: c.number, date: leavingDate }), async () => {
      await api(`/contracts/${c.id}/end`, { method: 'POST', json: { leavingDate, reason: reason.trim() || undefined } });
      return t('contracts.ended', { number: c.number });
    });
  }
  return (
    <form className="row-form" onSubmit={submit} aria-label={`${t('contracts.end')} ${c.number}`}>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('contracts.leavingDate')}</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          min={c.periodFrom}
          max={c.periodTo}
          value={leavingDate}
          onChange={(e) => setLeavingDate(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('contracts.endReason')}</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('contracts.end')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('contracts.cancel')}
      </button>
    </form>
  );
}
