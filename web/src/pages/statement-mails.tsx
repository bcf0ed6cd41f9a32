import { api } from '../api';
import { useCursorPages } from '../components/cursor-pager';
import { useLoad } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import { DeliveryTable } from './training-reach';

/** An approved run's statement e-mails and their delivery status (GET /payroll/runs/:id/messages). */
export function StatementMails({ runId }: { runId: string }) {
  const { t, locale } = useI18n();
  const pages = useCursorPages();
  const messages = useLoad(
    () =>
      api<Parameters<typeof DeliveryTable>[0]['page']>(`/payroll/runs/${encodeURIComponent(runId)}/messages`, {
        query: { limit: '50', cursor: pages.cursor },
      }),
    [runId, pages.cursor],
  );
  const people = useLoad(
    () =>
      api<{ items: readonly { staffId: string; name: string }[] }>(`/payroll/runs/${encodeURIComponent(runId)}/people`, {
        query: { limit: '500' },
      }),
    [runId],
  );
  const names = new Map((people.data?.items ?? []).map((p) => [p.staffId, p.name]));
  return (
    <section className="panel" aria-labelledby="statement-mails-title">
      <h2 id="statement-mails-title">{t('run.statementMails')}</h2>
      <div className="actions">
        <button type="button" onClick={() => messages.reload()}>
          {t('reach.refresh')}
        </button>
      </div>
      {messages.error && <ErrorPanel error={messages.error} />}
      {!messages.data && !messages.error && <Loading />}
      {messages.data?.total === 0 && <Notice>{t('run.statementsNone')}</Notice>}
      {messages.data && messages.data.total > 0 && <DeliveryTable page={messages.data} names={names} locale={locale} pages={pages} />}
    </section>
  );
}
