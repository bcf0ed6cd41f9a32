import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useLoad } from '../components/load';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import { useMe } from '../session';
import { maskedIban, type BankAccountVersion } from './staff-person';

const LIMIT = 50;

/**
 * Bank-account changes awaiting a second pair of eyes (ADMIN, FINANCE): confirm or reject each
 * after a confirmation naming the person and the masked IBAN. The requester cannot confirm
 * their own request (the API answers 403 IBAN_FOUR_EYES): the row says so; they may withdraw it.
 */
export function BankChangesPage() {
  const { t } = useI18n();
  const pages = useCursorPages();
  const [decided, setDecided] = useState<string | null>(null);
  const changes = useLoad(
    () =>
      api<{ items: BankAccountVersion[]; total: number; nextCursor: string | null }>('/bank-account-changes', {
        query: { status: 'PENDING', limit: LIMIT, cursor: pages.cursor },
      }),
    [pages.cursor],
  );
  return (
    <section aria-labelledby="bank-changes-title">
      <h1 id="bank-changes-title">{t('bank.title')}</h1>
      <p className="muted">{t('bank.intro')}</p>
      {decided && <Notice>{decided}</Notice>}
      {changes.error && <ErrorPanel error={changes.error} />}
      {!changes.data && !changes.error && <Loading />}
      {changes.data && changes.data.items.length === 0 && <p>{t('bank.none')}</p>}
      {changes.data && changes.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('run.person')}</th>
                  <th scope="col">{t('staff.inForce')}</th>
                  <th scope="col">{t('staff.newIban')}</th>
                  <th scope="col">{t('staff.requested')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.data.items.map((c) => (
                  <ChangeRow
                    key={c.id}
                    change={c}
                    onDecided={(text) => {
                      setDecided(text);
                      changes.reload();
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager
            pages={pages}
            limit={LIMIT}
            shown={changes.data.items.length}
            total={changes.data.total}
            nextCursor={changes.data.nextCursor}
          />
        </>
      )}
    </section>
  );
}

function ChangeRow({ change, onDecided }: { change: BankAccountVersion; onDecided: (notice: string) => void }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const ask = useConfirm();
  const { busy, error, run } = useAction();
  const own = change.requestedBy?.id === me.id;
  const masked = change.iban ? maskedIban(change.iban) : '';

  async function decide(decision: 'confirm' | 'reject') {
    const values = { name: change.fullName, iban: masked };
    const ok = await ask({
      title: t(decision === 'confirm' ? 'bank.confirmTitle' : 'bank.rejectTitle', values),
      body: t(decision === 'confirm' ? 'bank.confirmBody' : 'bank.rejectBody', values),
      confirm: t(decision === 'confirm' ? 'bank.confirm' : 'bank.reject'),
      danger: decision === 'reject',
    });
    if (!ok) return;
    const done = await run(async () => {
      await api(`/bank-account-changes/${encodeURIComponent(change.id)}/${decision}`, { method: 'POST' });
    });
    if (done) onDecided(t(decision === 'confirm' ? 'bank.confirmed' : 'bank.rejected', values));
  }

  return (
    <tr>
      <td>
        <Link to={`/app/staff/${encodeURIComponent(change.staffId)}`}>{change.fullName}</Link>{' '}
        <span className="muted code">{change.nationalId}</span>
      </td>
      <td className="code">{change.inForce.iban ?? t('staff.noIban')}</td>
      <td className="code">{change.iban}</td>
      <td>
        {change.requestedBy?.email ?? change.source} · {formatDateTime(change.requestedAt, locale)}
      </td>
      <td>
        <button
          type="button"
          className="primary"
          disabled={busy || own}
          aria-describedby={own ? `own-${change.id}` : undefined}
          onClick={() => void decide('confirm')}
        >
          {t('bank.confirm')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void decide('reject')}>
          {own ? t('bank.withdraw') : t('bank.reject')}
        </button>
        {own && (
          <p className="muted" id={`own-${change.id}`}>
            {t('bank.ownRequest')}
          </p>
        )}
        {error && <ErrorPanel error={error} />}
      </td>
    </tr>
  );
}
