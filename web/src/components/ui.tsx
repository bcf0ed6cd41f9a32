import { useState, type ReactNode } from 'react';
import type { ApiError, ErrorDetail } from '../api';
import { formatInstant } from '../format';
import { type Language, type MessageKey, type Translate, useI18n } from '../i18n';

/**
 * The words of a known error code in the reader's language: the console's wording with the
 * API's details (a stage gate names its stage and the instant of it in the first detail's
 * params, STAGE_DATE or STAGE_NOT_YET) where there is one, else the catalogue's; null for a
 * code without words: the API's message is shown.
 */
function worded(t: Translate, lang: Language, error: ApiError): string | null {
  const params = error.details[0]?.params ?? {};
  const date = typeof params.date === 'string' ? formatInstant(params.date, lang) : '';
  const values = { stage: String(params.stage ?? ''), date };
  for (const key of [`errorDetail.${error.code}`, `error.${error.code}`] as MessageKey[]) {
    const text = t(key, values);
    if (text !== key) return text;
  }
  return null;
}

/** The kind of failure in words (the title), from the status the API answered, or none at all. */
function errorTitle(error: ApiError): MessageKey {
  if (error.status === 0) return 'error.offline';
  if (error.status === 401) return 'error.unauthenticated';
  if (error.status === 403) return 'error.forbidden';
  if (error.status === 404) return 'error.notFound';
  if (error.status === 409 || error.status === 410) return 'error.conflict';
  if (error.status === 413) return 'error.tooLarge';
  if (error.status === 429) return 'error.rateLimited';
  if (error.status >= 500) return 'error.server';
  return 'error.invalid';
}

const DETAILS_PAGE = 50;

/** Every problem of a refused file as CSV (row, column, reason, headed in the reader's language), for the person fixing the file. */
function detailsCsv(t: Translate, details: readonly ErrorDetail[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = [t('error.row'), t('error.column'), t('error.reason')].map(cell).join(',');
  return [header, ...details.map((d) => [cell(d.row), cell(d.field), cell(d.reason)].join(','))].join('\r\n') + '\r\n';
}

/**
 * What went wrong, next to the action that failed: the kind of failure in words, what the API
 * said, its code and request id for support, and each refused row (paged, with all of them as a
 * CSV download).
 */
export function ErrorPanel({ error }: { error: ApiError }) {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(0);
  const shown = error.details.slice(offset, offset + DETAILS_PAGE);
  const downloadAll = () => {
    const url = URL.createObjectURL(new Blob([detailsCsv(t, error.details)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `errors-${error.code.toLowerCase()}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="error-panel" role="alert">
      <p>
        <strong>{t(errorTitle(error))}</strong>
      </p>
      {error.status !== 0 && <p className="error-message">{worded(t, lang, error) ?? error.message}</p>}
      <p className="muted error-support">
        {t('error.code')}: <span className="code">{error.code}</span>
        {error.requestId && (
          <>
            {' · '}
            {t('error.requestId')}: <span className="code">{error.requestId}</span>
          </>
        )}
      </p>
      {error.details.length > 0 && (
        <>
          <p>
            {t('error.problems', { n: error.details.length })}{' '}
            {error.details.length > DETAILS_PAGE && (
              <button type="button" onClick={downloadAll}>
                {t('error.downloadAll')}
              </button>
            )}
          </p>
          <table className="error-details">
            <thead>
              <tr>
                <th scope="col">{t('error.row')}</th>
                <th scope="col">{t('error.column')}</th>
                <th scope="col">{t('error.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d, i) => (
                <tr key={offset + i}>
                  <td>{d.row ?? t('common.none')}</td>
                  <td>{d.field ?? t('common.none')}</td>
                  <td>{d.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={DETAILS_PAGE} total={error.details.length} onChange={setOffset} />
        </>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** A determinate progress bar, announced to screen readers; the figure sits beside the bar (contrast). */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="progress-wrap">
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-text">{pct}%</span>
    </div>
  );
}

export interface Bar {
  readonly label: string;
  /** decimal string from the API ("1234.50"): drawn to scale, shown as is */
  readonly value: string;
}

/** Horizontal bars as inline SVG (no chart library). Values are only scaled for drawing. */
export function BarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const rowH = 28;
  const labelW = 170;
  const valueW = 110;
  const width = 720;
  const max = Math.max(0, ...bars.map((b) => Number(b.value)));
  const plotW = width - labelW - valueW;
  const height = Math.max(rowH, bars.length * rowH);
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const w = max > 0 ? Math.max(1, (Number(b.value) / max) * plotW) : 1;
        const y = i * rowH;
        return (
          <g key={b.label + i}>
            <text x={labelW - 8} y={y + rowH / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">
              {b.label}
            </text>
            <rect x={labelW} y={y + 5} width={w} height={rowH - 10} className="bar" rx="2" />
            <text x={labelW + w + 6} y={y + rowH / 2} dominantBaseline="middle" className="bar-value">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange: (o: number) => void }) {
  if (total <= limit) return null;
  return (
    <PagerBar
      from={offset + 1}
      to={Math.min(total, offset + limit)}
      total={total}
      onPrevious={offset === 0 ? null : () => onChange(Math.max(0, offset - limit))}
      onNext={offset + limit >= total ? null : () => onChange(offset + limit)}
    />
  );
}

/** The one pager bar of the console: "previous", the rows shown, "next" (null: that way is closed). */
export function PagerBar({
  from,
  to,
  total,
  onPrevious,
  onNext,
}: {
  from: number;
  to: number;
  total: number;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}) {
  const { t } = useI18n();
  return (
    <div className="pager">
      <button type="button" disabled={!onPrevious} onClick={() => onPrevious?.()}>
        {t('common.previous')}
      </button>
      <span>{t('common.page', { from, to, total })}</span>
      <button type="button" disabled={!onNext} onClick={() => onNext?.()}>
        {t('common.next')}
      </button>
    </div>
  );
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
