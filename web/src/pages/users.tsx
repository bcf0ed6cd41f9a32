import { useState, type FormEvent } from 'react';
import { itemsOf, request, type ApiError, type Schema } from '../api';
import { asApiError, useApiQuery } from '../components/load';
import { useConfirm } from '../components/confirm';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { Role } from '../session';

type User = Schema<'User'>;

const ROLES: readonly Role[] = ['ADMIN', 'FINANCE', 'LOGISTICS', 'MUNICIPALITY'];

/** Admin: users and roles; create a user, (de)activate one. The API checks every rule. */
export function UsersPage() {
  const { t } = useI18n();
  const confirm = useConfirm();
  const users = useApiQuery('/users', { query: { limit: 500 } });
  const municipalities = useApiQuery('/geography/municipalities');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('FINANCE');
  const [municipality, setMunicipality] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const nameOf = (id: string | null) => itemsOf(municipalities.data).find((m) => m.id === id)?.nameSq ?? t('common.none');

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage(null);
    try {
      const u = await request('post', '/users', {
        json: { email, password, role, municipalityCode: role === 'MUNICIPALITY' ? municipality || undefined : undefined },
      });
      setMessage(t('users.created', { email: u.email }));
      setEmail('');
      setPassword('');
      users.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  }

  async function setActive(u: User, active: boolean) {
    if (
      !active &&
      !(await confirm({
        title: t('confirm.deactivateTitle'),
        body: t('confirm.deactivateBody', { email: u.email }),
        confirm: t('users.deactivate'),
        danger: true,
      }))
    )
      return;
    setError(null);
    setMessage(null);
    try {
      await request('patch', '/users/{id}', { path: { id: u.id }, json: { active } });
      users.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      <form className="panel row-form" onSubmit={(e) => void create(e)} aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t('users.create')}</h2>
        <div className="field">
          <label htmlFor="user-email">{t('users.email')}</label>
          <input id="user-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-password">{t('users.password')}</label>
          <input
            id="user-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="user-role">{t('users.role')}</label>
          <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {enumLabel(t, 'role', r)}
              </option>
            ))}
          </select>
        </div>
        {role === 'MUNICIPALITY' && (
          <div className="field">
            <label htmlFor="user-municipality">{t('common.municipality')}</label>
            <select id="user-municipality" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {municipalities.data?.items.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.nameSq} / {m.nameSr}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="primary">
          {t('users.create')}
        </button>
      </form>
      {message && <Notice>{message}</Notice>}
      {error && <ErrorPanel error={error} />}
      {users.error && <ErrorPanel error={users.error} />}
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('common.municipality')}</th>
                <th scope="col">{t('users.active')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}</td>
                  <td>{enumLabel(t, 'role', u.role)}</td>
                  <td>{nameOf(u.municipalityId)}</td>
                  <td>{u.active ? t('common.yes') : t('common.no')}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void setActive(u, !u.active)}
                      aria-label={`${u.active ? t('users.deactivate') : t('users.activate')} ${u.email}`}
                    >
                      {u.active ? t('users.deactivate') : t('users.activate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
