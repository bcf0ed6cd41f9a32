import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Answer, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { useLoad } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatDay } from '../format';
import { enumLabel, useI18n, type MessageKey } from '../i18n';
import { useMe, type Role } from '../session';
import { NotFoundPage } from './not-found';

/** GET /staff/:id */
export type StaffDetail = Answer<'/staff/{id}'>;

/** A version of a person's bank account (GET /staff/:id/bank-accounts, GET /bank-account-changes). */
export type BankAccountVersion = ItemOf<Answer<'/staff/{id}/bank-accounts'>>;

const STATUSES = ['ACTIVE', 'SUSPENDED', 'LEFT'] as const;
const EDIT_ROLES: readonly Role[] = ['ADMIN', 'FINANCE', 'LOGISTICS'];
export const BANK_ROLES: readonly Role[] = ['ADMIN', 'FINANCE'];

/** "XK05 **** **** **** 1234": enough to recognise an account in a question, not to copy it. */
export function maskedIban(iban: string): string {
  const plain = iban.replace(/\s+/g, '');
  const masked = plain.length <= 8 ? '*'.repeat(plain.length) : plain.slice(0, 4) + '*'.repeat(plain.length - 8) + plain.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

export const statusLabel = (t: (k: MessageKey) => string, s: string): string => {
  const key = `staff.status.${s}` as MessageKey;
  const text = t(key);
  return text === key ? s : text;
};

/**
 * One supervisor or enumerator: who they are, their team and current EAs; ADMIN, FINANCE and
 * LOGISTICS edit name, phone, e-mail, engagement and status; ADMIN and FINANCE see every bank
 * account version and request a new IBAN, which a second finance user confirms on the
 * bank-changes page (four eyes).
 */
export function StaffPersonPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const me = useMe();
  const person = useLoad(() => api<StaffDetail>(`/staff/${encodeURIComponent(id)}`), [id]);

  if (person.error?.status === 404) return <NotFoundPage />;
  const p = person.data;
  return (
    <section aria-labelledby="person-title">
      {p && (
        <p>
          <Link to={`/app/municipalities/${encodeURIComponent(p.municipality.code)}`}>← {p.municipality.nameSq}</Link>
        </p>
      )}
      <h1 id="person-title">{p ? p.fullName : t('staff.title')}</h1>
      {person.error && <ErrorPanel error={person.error} />}
      {!p && !person.error && <Loading />}
      {p && (
        <>
          <dl className="figures">
            <dt>{t('mun.kind')}</dt>
            <dd>{enumLabel(t, 'kind', p.kind)}</dd>
            <dt>{t('staff.nationalId')}</dt>
            <dd className="code">{p.nationalId}</dd>
            <dt>{t('common.municipality')}</dt>
            <dd>{p.municipality.nameSq}</dd>
            <dt>{t('mun.team')}</dt>
            <dd className="code">{p.team?.code ?? (p.ledTeams.map((x) => x.code).join(', ') || t('common.none'))}</dd>
            <dt>{t('staff.phone')}</dt>
            <dd>{p.phone ?? t('common.none')}</dd>
            <dt>{t('staff.email')}</dt>
            <dd>{p.email ?? t('common.none')}</dd>
            <dt>{t('staff.engagement')}</dt>
            <dd>
              {formatDay(p.engagementStart, lang)} – {formatDay(p.engagementEnd, lang)}
            </dd>
            <dt>{t('common.status')}</dt>
            <dd data-testid="staff-status">{statusLabel(t, p.status)}</dd>
            <dt>{t('staff.iban')}</dt>
            <dd className="code" data-testid="staff-iban">
              {p.iban ?? t('staff.noIban')}
            </dd>
            {p.ibanPending && (
              <>
                <dt>{t('staff.ibanPending')}</dt>
                <dd className="code">{p.ibanPending.iban}</dd>
              </>
            )}
          </dl>
          {p.currentAssignments.length > 0 && (
            <p>
              {t('staff.assignments')}:{' '}
              {p.currentAssignments
                .map((a) => `${a.eaCode} (${formatDay(a.validFrom, lang)} – ${a.validTo ? formatDay(a.validTo, lang) : '…'})`)
                .join(', ')}
            </p>
          )}
          {EDIT_ROLES.includes(me.role) && <EditForm person={p} onSaved={person.reload} />}
          {BANK_ROLES.includes(me.role) && <BankAccounts staffId={p.id} onChanged={person.reload} />}
        </>
      )}
    </section>
  );
}

function EditForm({ person, onSaved }: { person: StaffDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const { busy, error, notice, run } = useAction();
  const [form, setForm] = useState({ fullName: '', phone: '', email: '', engagementStart: '', engagementEnd: '', status: 'ACTIVE' });
  useEffect(() => {
    setForm({
      fullName: person.fullName,
      phone: person.phone ?? '',
      email: person.email ?? '',
      engagementStart: person.engagementStart ?? '',
      engagementEnd: person.engagementEnd ?? '',
      status: person.status,
    });
  }, [person]);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

  async function save(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api(`/staff/${encodeURIComponent(person.id)}`, {
        method: 'PATCH',
        json: {
          fullName: form.fullName,
          phone: orNull(form.phone),
          email: orNull(form.email),
          engagementStart: orNull(form.engagementStart),
          engagementEnd: orNull(form.engagementEnd),
          status: form.status,
        },
      });
      onSaved();
      return t('staff.saved');
    });
  }

  return (
    <form className="panel row-form" onSubmit={(e) => void save(e)} aria-labelledby="staff-edit-title">
      <h2 id="staff-edit-title">{t('staff.edit')}</h2>
      <div className="field">
        <label htmlFor="staff-name">{t('mun.fullName')}</label>
        <input id="staff-name" value={form.fullName} onChange={set('fullName')} required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="staff-phone">{t('staff.phone')}</label>
        <input id="staff-phone" type="tel" value={form.phone} onChange={set('phone')} maxLength={30} />
      </div>
      <div className="field">
        <label htmlFor="staff-email">{t('staff.email')}</label>
        <input id="staff-email" type="email" value={form.email} onChange={set('email')} maxLength={254} />
      </div>
      <div className="field">
        <label htmlFor="staff-start">{t('staff.engagementStart')}</label>
        <input id="staff-start" type="date" value={form.engagementStart} onChange={set('engagementStart')} />
      </div>
      <div className="field">
        <label htmlFor="staff-end">{t('staff.engagementEnd')}</label>
        <input id="staff-end" type="date" value={form.engagementEnd} onChange={set('engagementEnd')} />
      </div>
      <div className="field">
        <label htmlFor="staff-status">{t('common.status')}</label>
        <select id="staff-status" value={form.status} onChange={set('status')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('staff.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

function BankAccounts({ staffId, onChanged }: { staffId: string; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const versions = useLoad(
    () =>
      api<{ items: BankAccountVersion[]; total: number }>(`/staff/${encodeURIComponent(staffId)}/bank-accounts`, { query: { limit: 100 } }),
    [staffId],
  );
  const { busy, error, notice, run } = useAction();
  const [iban, setIban] = useState('');

  async function request(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const res = await api<{ requested: boolean }>(`/staff/${encodeURIComponent(staffId)}/bank-accounts`, {
        method: 'POST',
        json: { iban },
      });
      versions.reload();
      onChanged();
      if (res.requested) setIban('');
      return res.requested ? t('staff.ibanRequested') : t('staff.ibanSame');
    });
  }

  return (
    <div className="panel">
      <h2>{t('staff.bank')}</h2>
      {versions.error && <ErrorPanel error={versions.error} />}
      {versions.data && versions.data.items.length === 0 && <p>{t('staff.noVersions')}</p>}
      {versions.data && versions.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('tariffs.version')}</th>
                <th scope="col">{t('staff.iban')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('staff.requested')}</th>
                <th scope="col">{t('staff.decided')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.items.map((v) => (
                <tr key={v.id}>
                  <td>{v.version}</td>
                  <td className="code">{v.iban}</td>
                  <td>{t(`bank.status.${v.status}` as MessageKey)}</td>
                  <td>
                    {v.requestedBy?.email ?? v.source} · {formatDateTime(v.requestedAt, locale)}
                  </td>
                  <td>{v.decidedAt ? `${v.decidedBy?.email ?? ''} · ${formatDateTime(v.decidedAt, locale)}` : t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="row-form" onSubmit={(e) => void request(e)} aria-labelledby="iban-request-title">
        <h3 id="iban-request-title">{t('staff.requestIban')}</h3>
        <p className="muted">{t('staff.requestHint')}</p>
        <div className="field">
          <label htmlFor="staff-new-iban">{t('staff.newIban')}</label>
          <input id="staff-new-iban" value={iban} onChange={(e) => setIban(e.target.value)} required maxLength={64} autoComplete="off" />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('staff.requestIban')}
        </button>
        {error && <ErrorPanel error={error} />}
        {notice && (
          <Notice>
            {notice} <Link to="/app/finance/bank-changes">{t('nav.bankChanges')}</Link>
          </Notice>
        )}
      </form>
    </div>
  );
}
