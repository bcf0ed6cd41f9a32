import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { request, type Answer } from '../api';
import { useAction } from '../components/action';
import { useApiQuery } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import { useMe } from '../session';
import { placeName } from '../format';
import { NotFoundPage } from './not-found';

type Kkr = Answer<'/municipalities/{code}/kkr-members'>;
type Member = Omit<Kkr['members'][number], 'position'>;

const KKR_ROLES = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'] as const;
/** The letter's Table 1 has room for up to 11 members. */
const MAX_MEMBERS = 11;

const emptyMember = (): Member => ({
  fullName: '',
  currentJob: '',
  kkrRole: 'MEMBER',
  isMunicipalStaff: false,
  phone: null,
  email: null,
  isContactPerson: false,
});

/**
 * The commission's member list (Table 1 of the letter): ADMIN and the municipality add, change
 * and remove members, save the list (the API checks the letter's rules and names every problem)
 * and confirm it (a new confirmation version). Others read it.
 */
export function KkrMembersPage() {
  const { code = '' } = useParams();
  const { t, locale, lang } = useI18n();
  const me = useMe();
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code } });
  const edits = me.role === 'ADMIN' || me.role === 'MUNICIPALITY';
  const kkr = useApiQuery('/municipalities/{code}/kkr-members', { path: { code } });
  const confirmations = useApiQuery('/municipalities/{code}/kkr-confirmations', { path: { code }, query: { limit: 5 } });
  const [draft, setDraft] = useState<Member[] | null>(null);
  const save = useAction();
  const confirm = useAction();

  if (kkr.error?.status === 404) return <NotFoundPage />;
  if (kkr.error) return <ErrorPanel error={kkr.error} />;
  if (!kkr.data) return <Loading />;
  const stored: Member[] = kkr.data.members.map(({ position: _p, ...m }) => m);
  const rows = draft ?? stored;
  const changed = draft !== null;
  const set = (i: number, change: Partial<Member>) => setDraft(rows.map((m, j) => (j === i ? { ...m, ...change } : m)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [m] = next.splice(i, 1);
    next.splice(i + by, 0, m as Member);
    setDraft(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(async () => {
      await request('put', '/municipalities/{code}/kkr-members', { path: { code }, json: { members: rows } });
      setDraft(null);
      kkr.reload();
      return t('rec.kkr.saved');
    });
  };
  const doConfirm = () =>
    void confirm.run(async () => {
      const c = await request('post', '/municipalities/{code}/kkr-members/confirm', { path: { code } });
      confirmations.reload();
      return t('rec.kkr.confirmedVersion', { version: c.version });
    });

  return (
    <section aria-labelledby="kkr-title">
      <h1 id="kkr-title">{t('rec.kkr.title', { name: names.data ? placeName(names.data, lang) : kkr.data.municipality.nameSq })}</h1>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}`}>{t('rec.backToMunicipality')}</Link>
      </p>
      <p className="muted">{t('rec.kkr.rules')}</p>
      <form onSubmit={submit} className="panel" aria-labelledby="kkr-list-title">
        <h2 id="kkr-list-title">{t('mun.kkr')}</h2>
        {rows.length === 0 && <p className="muted">{t('common.empty')}</p>}
        {rows.map((m, i) => (
          <fieldset key={i} className="community" data-testid="kkr-member">
            <legend>{t('rec.kkr.member', { n: i + 1 })}</legend>
            <div className="row-form">
              <div className="field">
                <label htmlFor={`kkr-name-${i}`}>{t('mun.fullName')}</label>
                <input id={`kkr-name-${i}`} value={m.fullName} disabled={!edits} onChange={(e) => set(i, { fullName: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`kkr-job-${i}`}>{t('mun.job')}</label>
                <input
                  id={`kkr-job-${i}`}
                  value={m.currentJob}
                  disabled={!edits}
                  onChange={(e) => set(i, { currentJob: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`kkr-role-${i}`}>{t('mun.kkrRole')}</label>
                <select
                  id={`kkr-role-${i}`}
                  value={m.kkrRole}
                  disabled={!edits}
                  onChange={(e) => set(i, { kkrRole: e.target.value as Member['kkrRole'] })}
                >
                  {KKR_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {enumLabel(t, 'kkr', r)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`kkr-phone-${i}`}>{t('mun.phone')}</label>
                <input
                  id={`kkr-phone-${i}`}
                  type="tel"
                  size={14}
                  value={m.phone ?? ''}
                  disabled={!edits}
                  onChange={(e) => set(i, { phone: e.target.value || null })}
                />
              </div>
              <div className="field">
                <label htmlFor={`kkr-email-${i}`}>{t('mun.email')}</label>
                <input
                  id={`kkr-email-${i}`}
                  type="email"
                  value={m.email ?? ''}
                  disabled={!edits}
                  onChange={(e) => set(i, { email: e.target.value || null })}
                />
              </div>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={m.isMunicipalStaff}
                  disabled={!edits}
                  onChange={(e) => set(i, { isMunicipalStaff: e.target.checked })}
                />{' '}
                {t('mun.staff')}
              </label>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={m.isContactPerson}
                  disabled={!edits}
                  onChange={(e) => set(i, { isContactPerson: e.target.checked })}
                />{' '}
                {t('mun.contact')}
              </label>
              {edits && (
                <div className="actions">
                  <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                    {t('rec.kkr.up')}
                  </button>
                  <button type="button" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    {t('rec.kkr.down')}
                  </button>
                  <button type="button" onClick={() => setDraft(rows.filter((_, j) => j !== i))}>
                    {t('rec.kkr.remove', { name: m.fullName || String(i + 1) })}
                  </button>
                </div>
              )}
            </div>
          </fieldset>
        ))}
        {edits && (
          <div className="actions">
            <button type="button" disabled={rows.length >= MAX_MEMBERS} onClick={() => setDraft([...rows, emptyMember()])}>
              {t('rec.kkr.add')}
            </button>
            <button type="submit" className="primary" disabled={save.busy || !changed}>
              {t('rec.kkr.save')}
            </button>
            {changed && (
              <button type="button" onClick={() => setDraft(null)}>
                {t('rec.kkr.discard')}
              </button>
            )}
          </div>
        )}
        {save.error && <ErrorPanel error={save.error} />}
        {save.notice && <Notice>{save.notice}</Notice>}
        <p className="muted">{t('mun.updatedAt', { at: formatDateTime(kkr.data.updatedAt, locale) })}</p>
      </form>

      <section className="panel" aria-labelledby="kkr-conf-title">
        <h2 id="kkr-conf-title">{t('rec.kkr.confirmations')}</h2>
        {edits && (
          <>
            <p className="muted">{changed ? t('rec.kkr.saveFirst') : t('rec.kkr.confirmHint')}</p>
            <button type="button" disabled={confirm.busy || changed || rows.length === 0} onClick={doConfirm}>
              {t('mun.confirm')}
            </button>
          </>
        )}
        {confirm.error && <ErrorPanel error={confirm.error} />}
        {confirm.notice && <Notice>{confirm.notice}</Notice>}
        {confirmations.error && <ErrorPanel error={confirmations.error} />}
        {confirmations.data && confirmations.data.items.length === 0 && <p className="muted">{t('rec.kkr.neverConfirmed')}</p>}
        <ul>
          {confirmations.data?.items.map((c) => (
            <li key={c.version}>
              {t('rec.kkr.confirmation', {
                version: c.version,
                by: c.confirmedByEmail,
                at: formatDateTime(c.confirmedAt, locale),
                n: c.members.length,
              })}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
