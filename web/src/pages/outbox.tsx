import { api, type Answer } from '../api';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useLoad } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';

/** GET /messaging/outbox */
type Outbox = Answer<'/messaging/outbox'>;

const PAGE = 200;

/** Administrators: what was written to the local outbox instead of being sent (no SMTP / SMS configured). */
export function OutboxPage() {
  const { t, locale } = useI18n();
  const pages = useCursorPages();
  const box = useLoad(() => api<Outbox>('/messaging/outbox', { query: { limit: String(PAGE), cursor: pages.cursor } }), [pages.cursor]);
  if (!box.data) return box.error ? <ErrorPanel error={box.error} /> : <Loading />;
  const o = box.data;
  return (
    <section aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t('outbox.title')}</h1>
      <p className="muted">{t('outbox.help')}</p>
      <dl className="figures">
        <div>
          <dt>{t('reach.channel')}</dt>
          <dd data-testid="outbox-transports">{t('outbox.transports', { email: o.transports.EMAIL, sms: o.transports.SMS })}</dd>
        </div>
        <div>
          <dt>{t('outbox.dir')}</dt>
          <dd>{o.dir}</dd>
        </div>
        <div>
          <dt>{t('common.status')}</dt>
          <dd>{t('outbox.total', { total: o.total })}</dd>
        </div>
      </dl>
      {o.items.length === 0 && <Notice>{t('common.empty')}</Notice>}
      {o.items.map((m) => (
        <article key={m.file} className="panel outbox-entry">
          <h2>
            {enumLabel(t, 'channel', m.channel)} · {m.subject ?? m.to}
          </h2>
          <dl className="figures">
            <div>
              <dt>{t('outbox.to')}</dt>
              <dd>{m.to}</dd>
            </div>
            <div>
              <dt>{t('outbox.written')}</dt>
              <dd>{formatDateTime(m.writtenAt, locale)}</dd>
            </div>
            {m.attachments.length > 0 && (
              <div>
                <dt>{t('outbox.attachments')}</dt>
                <dd>{m.attachments.join(', ')}</dd>
              </div>
            )}
          </dl>
          <pre className="outbox-text">{m.text}</pre>
        </article>
      ))}
      <CursorPager pages={pages} nextCursor={o.nextCursor} shown={o.items.length} limit={PAGE} total={o.total} />
    </section>
  );
}
