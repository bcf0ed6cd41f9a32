import { useEffect, useRef, useState } from 'react';
import { api, download, type Answer } from '../api';
import { useI18n, type Language } from '../i18n';
import { useAction } from './action';
import { ErrorPanel, ProgressBar } from './ui';

/** GET /api/v1/reports/:id as far as the console reads it. */
export type ReportRequest = Answer<'/reports/{id}'>;

const POLL_MS = 700;

/**
 * "Download PDF": POST /reports {type, params, language} (202 with the request), poll the
 * request for its percent and pages while a worker renders it, then fetch the file with the
 * token and hand it to the browser. A refusal or a failed rendering is shown as the API said.
 */
/** Documents are printed in the console's language: sq, sr (Latin), sr-Cyrl or en. */
const reportLanguage = (lang: Language): string => lang;

export function PdfButton({ type, params, label }: { type: string; params: Record<string, string>; label?: string }) {
  const { t, lang } = useI18n();
  const [req, setReq] = useState<ReportRequest | null>(null);
  // the notice is the saved file's name
  const { busy, error, notice: saved, run } = useAction();
  const live = useRef(true);
  useEffect(() => {
    // (set again on every mount: React's StrictMode mounts, unmounts and mounts once more)
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // (after unmounting, run's state updates are dropped by React)
  const request = () =>
    run(async () => {
      let r = await api<ReportRequest>('/reports', { method: 'POST', json: { type, params, language: reportLanguage(lang) } });
      setReq(r);
      while (live.current && (r.status === 'QUEUED' || r.status === 'RUNNING')) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        r = await api<ReportRequest>(`/reports/${encodeURIComponent(r.id)}`);
        setReq(r);
      }
      if (!live.current) return;
      if (r.status === 'COMPLETED') return download(`/reports/${encodeURIComponent(r.id)}/file`, `${type}.pdf`);
    });

  const pct = req?.status === 'COMPLETED' ? 100 : (req?.progress ?? 0);
  return (
    <div className="pdf-report" data-report-type={type}>
      <button type="button" disabled={busy} onClick={() => void request()}>
        {label ?? t('report.download')}
      </button>
      {req && (
        <div className="report-progress">
          <ProgressBar value={pct} label={t('report.progress')} />
          <p className="small" role="status">
            {t(`report.status.${req.status}`)}
            {req.pages !== null && req.pages > 0 ? ` · ${t('report.pages', { pages: req.pages })}` : ''}
          </p>
        </div>
      )}
      {req?.status === 'FAILED' && (
        <p className="error-panel" role="alert">
          {t('report.failed')} {req.error ?? ''}
        </p>
      )}
      {req?.status === 'EXPIRED' && (
        <p className="error-panel" role="alert">
          {t('report.expired')}
        </p>
      )}
      {saved && <p className="notice">{t('report.saved', { name: saved })}</p>}
      {error && <ErrorPanel error={error} />}
    </div>
  );
}
