import { useState } from 'react';
import { api, type ApiError } from '../api';
import { asApiError } from '../components/load';
import { ErrorPanel } from '../components/ui';
import { useI18n } from '../i18n';

const BOARD = '/api/v1/admin/queues/';

/**
 * Admin: the job queue dashboard (bull-board). A page load cannot carry the bearer token, so
 * the API first sets a short-lived dashboard cookie (POST /admin/queue-board/session), then the
 * dashboard opens in a new tab.
 */
export function QueuesPage() {
  const { t } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  async function open() {
    setError(null);
    try {
      await api('/admin/queue-board/session', { method: 'POST' });
      window.open(BOARD, '_blank', 'noopener');
    } catch (err) {
      setError(asApiError(err));
    }
  }
  return (
    <section aria-labelledby="queues-title">
      <h1 id="queues-title">{t('queues.title')}</h1>
      <p>{t('queues.explain')}</p>
      <button type="button" onClick={() => void open()}>
        {t('queues.open')}
      </button>
      {error && <ErrorPanel error={error} />}
    </section>
  );
}
