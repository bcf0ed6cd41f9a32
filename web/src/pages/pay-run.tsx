import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, download, type ApiError } from '../api';
import { asApiError, useApiQuery, useLoad } from '../components/load';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { formatCount, formatMoney, placeName } from '../format';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { BarChart, ErrorPanel, formatDateTime, Loading, Notice, ProgressBar } from '../components/ui';
import { PdfButton } from '../components/report';
import { enumLabel, useI18n } from '../i18n';
import { isBusy, type Page, type PayLine, type PayPerson, type PayRun } from '../pay-run-types';
import { useMe, type Role } from '../session';
import { NotFoundPage } from './not-found';
import { runFileStem, runName } from '../run-name';
import { useCrumbTitle } from '../components/breadcrumbs';
import { StatementMails } from './statement-mails';

const POLL_MS = 700;
const LIMIT = 50;

/** The contract gate's block reason (src/payroll/domain/contract-gate.ts): the row links to the person's contracts. */
const NO_CONTRACT = 'NO_CONTRACT';

// Who may ask for which PDF: the roles of the report types in src/reports/types (the API refuses others anyway).
const STATEMENT_ROLES: readonly Role[] = ['ADMIN', 'FINANCE', 'MUNICIPALITY'];
const CONTRACT_ROLES: readonly Role[] = ['ADMIN', 'FINANCE'];
/** approve, recompute, bank file and XLSX summary */
const FINANCE_ROLES: readonly Role[] = ['ADMIN', 'FINANCE'];

/**
 * Finance: one pay run. While it is queued or computing the page polls it and shows a live
 * progress bar; then totals per municipality (bar chart) and per person with each line's
 * provenance; approve (four eyes: explained and disabled for the creator; whatever the API
 * refuses is shown as it said it), recompute, and downloads fetched with the token. Payment
 * statements per person and statement packs per municipality as PDFs; a municipality user
 * reads its own municipality's run (the API scopes it) without the finance actions.
 */
export function PayRunPage() {
  const { id = '' } = useParams();
  const { t, lang, locale } = useI18n();
  const confirm = useConfirm();
  const me = useMe();
  const [run, setRun] = useState<PayRun | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { busy, error: actionError, notice: message, run: runAction, setError: setActionError, setNotice: setMessage } = useAction();

  const fetchRun = useCallback(() => api<PayRun>(`/payroll/runs/${encodeURIComponent(id)}`), [id]);

  useEffect(() => {
    let live = true;
    setRun(null);
    setLoadError(null);
    fetchRun().then(
      (r) => live && setRun(r),
      (err: unknown) => live && setLoadError(asApiError(err)),
    );
    return () => {
      live = false;
    };
  }, [fetchRun]);

  // Poll while the worker computes: no reload needed to see it finish.
  const status = run?.status;
  useEffect(() => {
    if (!status || !isBusy(status)) return;
    let live = true;
    const timer = setTimeout(() => {
      fetchRun().then(
        (r) => live && setRun(r),
        (err: unknown) => live && setLoadError(asApiError(err)),
      );
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [run, status, fetchRun]);

  const act = (path: 'approve' | 'recompute', done: string) =>
    runAction(async () => {
      setRun(await api<PayRun>(`/payroll/runs/${encodeURIComponent(id)}/${path}`, { method: 'POST' }));
      return done;
    });

  // Not `runAction`: a download does not make approve and recompute busy.
  async function fetchFile(path: string, fallback: string, query?: Record<string, string>) {
    setActionError(null);
    setMessage(null);
    try {
      const name = await download(`/payroll/runs/${encodeURIComponent(id)}/${path}`, fallback, query, fallback);
      setMessage(t('run.downloaded', { name }));
    } catch (err) {
      setActionError(asApiError(err));
    }
  }

  const title = run ? runName(t, lang, locale, run) : null;
  useCrumbTitle(title);

  if (loadError?.status === 404) return <NotFoundPage />;
  if (loadError) return <ErrorPanel error={loadError} />;
  if (!run || !title) return <Loading />;
  const stem = runFileStem(run);
  const person = (u: PayRun['createdBy']) => (u ? u.email : t('ctx.unknownUser'));

  const own = run.createdById === me.id;
  const finance = FINANCE_ROLES.includes(me.role);
  const statements = STATEMENT_ROLES.includes(me.role);
  const done = run.status === 'COMPUTED' || run.status === 'APPROVED';
  const approveBlocked = own ? t('run.approveOwn') : run.status !== 'COMPUTED' ? t('run.approveNotComputed') : null;
  const nameOf = (m: { nameSq: string; nameSr: string }) => placeName(m, lang);

  return (
    <section aria-labelledby="run-title">
      <p>
        {finance ? (
          <Link to="/app/finance/runs">← {t('run.back')}</Link>
        ) : (
          me.municipality && (
            <Link to={`/app/municipalities/${encodeURIComponent(me.municipality.code)}/operations`}>← {t('ops.title')}</Link>
          )
        )}
      </p>
      <h1 id="run-title">{title}</h1>
      <p>
        <span className={`badge status-${run.status.toLowerCase()}`} data-testid="run-status" data-status={run.status}>
          {enumLabel(t, 'runStatus', run.status)}
        </span>{' '}
        {enumLabel(t, 'runKind', run.kind)} · {run.municipality ? run.municipality.nameSq : t('common.national')} · {t('counts.tariff')}{' '}
        {run.tariffVersion}
      </p>

      {isBusy(run.status) && (
        <div className="panel" aria-live="polite">
          <h2>{t('run.progress')}</h2>
          <ProgressBar value={run.progress} label={t('run.progress')} />
          <p className="muted">{t('run.computing', { pct: Math.round(run.progress) })}</p>
        </div>
      )}
      {run.status === 'FAILED' && (
        <div className="error-panel" role="alert">
          {t('run.failed', { reason: run.failedReason ?? '' })}
        </div>
      )}
      {done && <ProgressBar value={100} label={t('run.progress')} />}

      <dl className="figures">
        <div>
          <dt>{t('run.gross')}</dt>
          <dd>{run.totals.gross}</dd>
        </div>
        <div>
          <dt>{t('run.deductions')}</dt>
          <dd>{run.totals.deductions}</dd>
        </div>
        <div>
          <dt>{t('run.net')}</dt>
          <dd data-testid="run-net">
            {run.totals.net} {run.totals.currency}
          </dd>
        </div>
        <div>
          <dt>{t('runs.people')}</dt>
          <dd>{run.peopleCount}</dd>
        </div>
        <div>
          <dt>{t('run.blocked')}</dt>
          <dd>{run.blockedCount}</dd>
        </div>
        <div>
          <dt>{t('run.createdBy')}</dt>
          <dd data-testid="run-created-by">
            {person(run.createdBy)}
            {own ? ` (${t('run.you')})` : ''} · {formatDateTime(run.createdAt, locale)}
          </dd>
        </div>
        {run.approvedAt && (
          <div>
            <dt>{t('run.approvedBy')}</dt>
            <dd data-testid="run-approved-by">
              {person(run.approvedBy)}
              {run.approvedById === me.id ? ` (${t('run.you')})` : ''} · {formatDateTime(run.approvedAt, locale)}
            </dd>
          </div>
        )}
      </dl>

      {finance && (
        <div className="panel actions">
          <div>
            <button
              type="button"
              className="primary"
              disabled={busy || approveBlocked !== null}
              aria-describedby={approveBlocked ? 'approve-why' : undefined}
              onClick={() =>
                void (async () => {
                  const ok = await confirm({
                    title: t('confirm.approveTitle'),
                    body: t('confirm.approveBody', {
                      people: formatCount(run.peopleCount - run.blockedCount, lang),
                      net: formatMoney(run.totals.net, lang, run.totals.currency),
                      blocked: formatCount(run.blockedCount, lang),
                    }),
                    confirm: t('run.approve'),
                  });
                  if (ok) await act('approve', t('run.approved'));
                })()
              }
            >
              {t('run.approve')}
            </button>
            {approveBlocked && run.status !== 'APPROVED' && (
              <p id="approve-why" className="explain">
                {approveBlocked}
              </p>
            )}
          </div>
          {(run.status === 'COMPUTED' || run.status === 'FAILED') && (
            <button type="button" disabled={busy} onClick={() => void act('recompute', t('run.recomputeQueued'))}>
              {t('run.recompute')}
            </button>
          )}
        </div>
      )}

      {done && (
        <div className="panel" aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t('run.downloads')}</h2>
          <div className="actions">
            {finance && (
              <>
                <button
                  type="button"
                  disabled={run.status !== 'APPROVED'}
                  onClick={() => void fetchFile('exports/bank.csv', `terren-bank-${stem}.csv`)}
                >
                  {t('run.bank')}
                </button>
                <button type="button" onClick={() => void fetchFile('exports/summary.xlsx', `terren-summary-${stem}.xlsx`)}>
                  {t('run.summary')}
                </button>
              </>
            )}
            <button type="button" onClick={() => void fetchFile('lines', `terren-lines-${stem}.csv`, { format: 'csv' })}>
              {t('run.lines')}
            </button>
          </div>
          {finance && run.status !== 'APPROVED' && <p className="muted">{t('run.bankHelp')}</p>}
          <PdfButton type="payroll-summary" params={{ runId: run.id }} label={t('report.payrollSummary')} />
        </div>
      )}
      {message && <Notice>{message}</Notice>}
      {actionError && <ErrorPanel error={actionError} />}

      {done && run.municipalities && run.municipalities.length > 0 && (
        <div className="panel">
          <h2>{t('run.byMunicipality')}</h2>
          <BarChart title={t('run.chart')} bars={run.municipalities.map((m) => ({ label: nameOf(m), value: m.net }))} />
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col" className="num">
                    {t('runs.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.blocked')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.gross')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.deductions')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.net')}
                  </th>
                  {statements && <th scope="col">{t('run.statements')}</th>}
                </tr>
              </thead>
              <tbody>
                {run.municipalities.map((m) => (
                  <tr key={m.code}>
                    <td>{nameOf(m)}</td>
                    <td className="num">{m.payable}</td>
                    <td className="num">{m.blocked}</td>
                    <td className="num">{m.gross}</td>
                    <td className="num">{m.deductions}</td>
                    <td className="num">{m.net}</td>
                    {statements && (
                      <td>
                        <PdfButton
                          type="payment-statement-pack"
                          params={{ runId: run.id, municipalityCode: m.code }}
                          label={t('report.statementPack')}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {done && HELD_ROLES.includes(me.role) && <HeldLines runId={run.id} />}
      {done && <People runId={run.id} statements={statements} contracts={CONTRACT_ROLES.includes(me.role)} />}
      {run.status === 'APPROVED' && <StatementMails runId={run.id} />}
    </section>
  );
}

/** A line's label, with its note where the label does not already say it (a charge-back's label is its note). */
function lineWords(l: { lineType: string; label: string | null; description: { text?: string | undefined } | null }): string {
  const note = l.description?.text;
  if (!l.label) return note ?? '';
  return note && l.lineType !== 'CHARGEBACK' ? `${l.label}: ${note}` : l.label;
}

/** The roles the API shows a run's held lines to. */
const HELD_ROLES: readonly Role[] = ['ADMIN', 'FINANCE', 'MUNICIPALITY'];

/**
 * What the run held back (count lines with open quality flags), each person's name leading to
 * their page, where their details (the IBAN among them) are put right.
 */
function HeldLines({ runId }: { runId: string }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const held = useApiQuery('/payroll/runs/{id}/held', { path: { id: runId }, query: { limit: LIMIT, cursor: pages.cursor } });
  return (
    <div className="panel">
      <h2 id="held-title">{t('run.held')}</h2>
      {held.error && <ErrorPanel error={held.error} />}
      {!held.data && !held.error && <Loading />}
      {held.data && held.data.items.length === 0 && <p className="muted">{t('run.heldNone')}</p>}
      {held.data && held.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table aria-labelledby="held-title">
              <thead>
                <tr>
                  <th scope="col">{t('run.person')}</th>
                  <th scope="col">{t('run.heldNationalId')}</th>
                  <th scope="col">{t('mun.eaCode')}</th>
                  <th scope="col" className="num">
                    {t('run.heldQuantity')}
                  </th>
                  <th scope="col">{t('run.heldWhy')}</th>
                </tr>
              </thead>
              <tbody>
                {held.data.items.map((h) => (
                  <tr key={`${h.countId}-${h.unit}`}>
                    <td>
                      <Link to={`/app/staff/${encodeURIComponent(h.staffId)}`}>{h.fullName}</Link>
                    </td>
                    <td className="code">{h.nationalId}</td>
                    <td className="code">{h.eaCode ?? ''}</td>
                    <td className="num">
                      {h.quantity} {h.unit}
                    </td>
                    <td>{h.description.text ?? h.description.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager
            pages={pages}
            limit={LIMIT}
            shown={held.data.items.length}
            total={held.data.total}
            nextCursor={held.data.nextCursor}
          />
        </>
      )}
    </div>
  );
}

function People({ runId, statements, contracts }: { runId: string; statements: boolean; contracts: boolean }) {
  const { t } = useI18n();
  const pages = useCursorPages();
  const [open, setOpen] = useState<string | null>(null);
  const people = useLoad(
    () => api<Page<PayPerson>>(`/payroll/runs/${encodeURIComponent(runId)}/people`, { query: { limit: LIMIT, cursor: pages.cursor } }),
    [runId, pages.cursor],
  );
  return (
    <div className="panel">
      <h2>{t('run.byPerson')}</h2>
      {people.error && <ErrorPanel error={people.error} />}
      {people.data && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('run.person')}</th>
                  <th scope="col">{t('mun.kind')}</th>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col" className="num">
                    {t('run.gross')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.deductions')}
                  </th>
                  <th scope="col" className="num">
                    {t('run.net')}
                  </th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((p) => (
                  <PersonRow
                    key={p.staffId}
                    runId={runId}
                    person={p}
                    statements={statements}
                    contracts={contracts}
                    open={open === p.staffId}
                    toggle={() => setOpen(open === p.staffId ? null : p.staffId)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager
            pages={pages}
            limit={LIMIT}
            shown={people.data.items.length}
            total={people.data.total}
            nextCursor={people.data.nextCursor}
          />
        </>
      )}
    </div>
  );
}

function PersonRow({
  runId,
  person,
  statements,
  contracts,
  open,
  toggle,
}: {
  runId: string;
  person: PayPerson;
  statements: boolean;
  contracts: boolean;
  open: boolean;
  toggle: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <tr>
        <td>
          <Link to={`/app/staff/${encodeURIComponent(person.staffId)}`}>{person.name}</Link>
        </td>
        <td>{enumLabel(t, 'kind', person.kind)}</td>
        <td>{person.municipality?.nameSq ?? t('common.none')}</td>
        <td>
          <span data-status={person.status}>{enumLabel(t, 'personStatus', person.status)}</span>
          {person.blockReasons.map((r, i) => (
            <span key={i} data-code={r.code}>
              {i === 0 ? ': ' : '; '}
              {r.text ?? r.code}
            </span>
          ))}
          {person.blockReasons.some((r) => r.code === NO_CONTRACT) && (
            <>
              {' '}
              <Link to={`/app/contracts?staffId=${encodeURIComponent(person.staffId)}`}>{t('run.contracts')}</Link>
            </>
          )}
        </td>
        <td className="num">{person.gross}</td>
        <td className="num">{person.deductions}</td>
        <td className="num">{person.net}</td>
        <td>
          <button type="button" aria-expanded={open} onClick={toggle}>
            {open ? t('run.hideLines') : t('run.showLines')}
          </button>
          {statements && <PdfButton type="payment-statement" params={{ runId, staffId: person.staffId }} label={t('report.statement')} />}
          {contracts && <PdfButton type="contract" params={{ staffId: person.staffId }} label={t('report.contract')} />}
        </td>
      </tr>
      {open && (
        <tr className="lines-row">
          <td colSpan={8}>
            <Lines runId={runId} staffId={person.staffId} name={person.name} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Each line with its provenance: type, EA, unit, quantity × rate = amount, tariff version, period. */
function Lines({ runId, staffId, name }: { runId: string; staffId: string; name: string }) {
  const { t } = useI18n();
  const lines = useLoad(
    () => api<Page<PayLine>>(`/payroll/runs/${encodeURIComponent(runId)}/lines`, { query: { staffId, limit: 500 } }),
    [runId, staffId],
  );
  if (lines.error) return <ErrorPanel error={lines.error} />;
  if (!lines.data) return <Loading />;
  return (
    <table className="lines" aria-label={t('run.linesOf', { name })}>
      <thead>
        <tr>
          <th scope="col">{t('line.type')}</th>
          <th scope="col">{t('line.ea')}</th>
          <th scope="col">{t('line.unit')}</th>
          <th scope="col" className="num">
            {t('line.quantity')}
          </th>
          <th scope="col" className="num">
            {t('line.rate')}
          </th>
          <th scope="col" className="num">
            {t('line.amount')}
          </th>
          <th scope="col">{t('counts.tariff')}</th>
          <th scope="col">{t('line.period')}</th>
          <th scope="col">{t('line.description')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.data.items.map((l) => (
          <tr key={l.id}>
            <td>{l.lineType}</td>
            <td>{l.eaCode ?? t('common.none')}</td>
            <td>{l.unit ?? t('common.none')}</td>
            <td className="num">
              {l.quantity}
              {l.basis !== null ? ` / ${l.basis}` : ''}
            </td>
            <td className="num">{l.rate}</td>
            <td className="num">{l.amount}</td>
            <td>{l.tariffVersion}</td>
            <td>{l.periodFrom ? `${l.periodFrom} – ${l.periodTo ?? ''}` : t('common.none')}</td>
            <td>{lineWords(l)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
