import { useState, type FormEvent } from 'react';
import { api, type Answer, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useLoad } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import { useMe } from '../session';

/** GET /fieldwork/flags item */
type Flag = ItemOf<Answer<'/fieldwork/flags'>>;

/** Reason, then an explicit confirmation naming the EA, then the API call. */
function Accept({ flag, onDone }: { flag: Flag; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useAction();
  function ask(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setAsking(true);
  }
  async function accept() {
    const ok = await run(async () => {
      await api(`/fieldwork/flags/${flag.id}/accept`, { method: 'POST', json: { reason: reason.trim() } });
    });
    setAsking(false);
    if (ok) onDone();
  }
  return (
    <form onSubmit={ask} noValidate className="stack" aria-label={`${t('flags.accept')} ${flag.eaCode}`}>
      <label htmlFor={`reason-${flag.id}`}>
        {t('flags.reason')}
        <input id={`reason-${flag.id}`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={500} />
      </label>
      {missing && (
        <p className="error-message" role="alert">
          {t('flags.reasonRequired')}
        </p>
      )}
      {asking ? (
        <div role="alertdialog" aria-label={t('flags.accept')}>
          <p>{t('flags.confirm', { ea: flag.eaCode })}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
            {t('common.yes')}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            {t('common.no')}
          </button>
        </div>
      ) : (
        <div>
          <button type="submit">{t('flags.accept')}</button>
        </div>
      )}
      {error && <ErrorPanel error={error} />}
    </form>
  );
}

const FLAGS_PAGE = 200;

/** Quality flags of current count versions (a municipality sees its own); FINANCE and ADMIN accept them. */
export function FieldworkFlagsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [openOnly, setOpenOnly] = useState(true);
  const [done, setDone] = useState(false);
  const pages = useCursorPages();
  const flags = useLoad(
    () =>
      api<{ items: Flag[]; total: number; nextCursor: string | null }>('/fieldwork/flags', {
        query: { open: openOnly ? 'true' : undefined, limit: String(FLAGS_PAGE), cursor: pages.cursor },
      }),
    [openOnly, pages.cursor],
  );
  const mayAccept = me.role === 'ADMIN' || me.role === 'FINANCE';
  return (
    <section aria-labelledby="flags-title">
      <h1 id="flags-title">{t('flags.title')}</h1>
      <p className="muted">{t('flags.help')}</p>
      <label className="inline">
        <input
          type="checkbox"
          checked={openOnly}
          onChange={(e) => {
            setOpenOnly(e.target.checked);
            pages.reset();
          }}
        />{' '}
        {t('flags.openOnly')}
      </label>
      {done && <Notice>{t('flags.done')}</Notice>}
      {flags.error && <ErrorPanel error={flags.error} />}
      {flags.loading && !flags.data && <Loading />}
      {flags.data && flags.data.items.length === 0 && <p className="muted">{t('flags.none')}</p>}
      {flags.data && flags.data.items.length > 0 && (
        <table aria-label={t('flags.title')}>
          <thead>
            <tr>
              <th scope="col">{t('flags.ea')}</th>
              <th scope="col">{t('flags.rule')}</th>
              <th scope="col">{t('flags.explanation')}</th>
              <th scope="col">{t('flags.accepted')}</th>
              {mayAccept && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {flags.data.items.map((f) => (
              <tr key={f.id}>
                <td>{f.eaCode}</td>
                <td className="code">{f.rule}</td>
                <td>
                  {/* worded by the API in the reader's language, one line per offending figure */}
                  {f.notices.map((n, i) => (
                    <div key={i}>{n.text ?? n.code}</div>
                  ))}
                </td>
                <td>{f.acceptedAt ? `${formatDateTime(f.acceptedAt, lang)}: ${f.acceptReason ?? ''}` : t('common.no')}</td>
                {mayAccept && (
                  <td>
                    {!f.acceptedAt && (
                      <Accept
                        flag={f}
                        onDone={() => {
                          setDone(true);
                          flags.reload();
                        }}
                      />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {flags.data && (
        <CursorPager
          pages={pages}
          limit={FLAGS_PAGE}
          shown={flags.data.items.length}
          total={flags.data.total}
          nextCursor={flags.data.nextCursor}
        />
      )}
    </section>
  );
}
