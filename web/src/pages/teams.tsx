import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { request, type Answer, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { CursorPager, useListParams } from '../components/cursor-list';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatCount, placeName } from '../format';
import { enumLabel, useI18n } from '../i18n';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

type Person = ItemOf<Answer<'/staff'>>;

const PAGE = 50;
const CHOICES = 500;

/**
 * The supervisor teams of a municipality: a new team (code, optional supervisor); a team's
 * supervisor and its enumerators changed (the API keeps a team's code: there is no rename); a
 * team without members deleted after a confirmation. Everyone reads; ADMIN, LOGISTICS and the
 * municipality change (the API's roles).
 */
export function TeamsPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const me = useMe();
  const list = useListParams('t', 'code');
  const names = useApiQuery('/geography/municipalities/{code}', { path: { code } });
  const teams = useApiQuery('/teams', { query: { municipality: code, limit: PAGE, cursor: list.cursor } });
  const staff = useApiQuery('/staff', { query: { municipality: code, sort: 'fullName', limit: CHOICES } });
  const [open, setOpen] = useState<string | null>(null);
  const writes = me.role === 'ADMIN' || me.role === 'LOGISTICS' || me.role === 'MUNICIPALITY';

  if (teams.error?.status === 404 || names.error?.status === 404) return <NotFoundPage />;
  const people = staff.data?.items ?? [];
  const supervisors = people.filter((p) => p.kind === 'SUPERVISOR');
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{t('team.title', { name: names.data ? placeName(names.data, lang) : code })}</h1>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/assignments`}>{t('asg.link')}</Link>
      </p>
      {writes && <CreateTeam code={code} supervisors={supervisors} onCreated={setOpen} />}
      <div className="panel">
        <h2>{t('team.list')}</h2>
        {teams.error && <ErrorPanel error={teams.error} />}
        {!teams.data && !teams.error && <Loading />}
        {teams.data && teams.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
        {teams.data && teams.data.items.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('team.code')}</th>
                  <th scope="col">{t('team.supervisor')}</th>
                  <th scope="col" className="num">
                    {t('team.members')}
                  </th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {teams.data.items.map((team) => (
                  <tr key={team.id}>
                    <td className="code">{team.code}</td>
                    <td>{team.supervisor?.fullName ?? t('common.none')}</td>
                    <td className="num">{formatCount(team.memberCount, lang)}</td>
                    <td>
                      <button
                        type="button"
                        aria-expanded={open === team.id}
                        aria-label={t('team.openLabel', { code: team.code })}
                        onClick={() => setOpen(open === team.id ? null : team.id)}
                      >
                        {writes ? t('team.edit') : t('team.show')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {teams.data && <CursorPager page={teams.data} limit={PAGE} list={list} />}
      </div>
      {open && (
        <TeamEditor key={open} id={open} people={people} supervisors={supervisors} writes={writes} onDeleted={() => setOpen(null)} />
      )}
    </section>
  );
}

function CreateTeam({ code, supervisors, onCreated }: { code: string; supervisors: readonly Person[]; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const [teamCode, setTeamCode] = useState('');
  const [supervisorId, setSupervisorId] = useState('');
  const create = useAction();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void create.run(async () => {
      const team = await request('post', '/teams', {
        json: { code: teamCode.trim(), municipalityCode: code, supervisorId: supervisorId || null },
      });
      setTeamCode('');
      setSupervisorId('');
      onCreated(team.id);
      return t('team.created', { code: team.code });
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="team-new-title">
      <h2 id="team-new-title">{t('team.new')}</h2>
      <div className="row-form">
        <div className="field">
          <label htmlFor="team-new-code">{t('team.code')}</label>
          <input id="team-new-code" required maxLength={32} size={12} value={teamCode} onChange={(e) => setTeamCode(e.target.value)} />
        </div>
        <SupervisorSelect id="team-new-supervisor" supervisors={supervisors} value={supervisorId} onChange={setSupervisorId} />
        <button type="submit" className="primary" disabled={create.busy}>
          {t('team.create')}
        </button>
      </div>
      {create.error && <ErrorPanel error={create.error} />}
      {create.notice && <Notice>{create.notice}</Notice>}
    </form>
  );
}

function SupervisorSelect({
  id,
  supervisors,
  value,
  onChange,
  disabled,
}: {
  id: string;
  supervisors: readonly Person[];
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('team.supervisor')}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.none')}</option>
        {supervisors.map((p) => (
          <option key={p.id} value={p.id}>
            {p.fullName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One team: its supervisor and enumerators, changed one step at a time; delete when empty. */
function TeamEditor({
  id,
  people,
  supervisors,
  writes,
  onDeleted,
}: {
  id: string;
  people: readonly Person[];
  supervisors: readonly Person[];
  writes: boolean;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const team = useApiQuery('/teams/{id}', { path: { id } });
  const [supervisorId, setSupervisorId] = useState<string | null>(null);
  const [add, setAdd] = useState('');
  const supervisorAction = useAction();
  const memberAction = useAction();
  const deleteAction = useAction();
  const d = team.data;
  if (team.error) return <ErrorPanel error={team.error} />;
  if (!d) return <Loading />;
  const chosenSupervisor = supervisorId ?? d.supervisorId ?? '';
  const members = new Set(d.members.map((m) => m.id));
  const candidates = people.filter((p) => p.kind === 'ENUMERATOR' && !members.has(p.id));

  const saveSupervisor = (ev: FormEvent) => {
    ev.preventDefault();
    void supervisorAction.run(async () => {
      await request('patch', '/teams/{id}', { path: { id }, json: { supervisorId: chosenSupervisor || null } });
      setSupervisorId(null);
      return t('team.saved');
    });
  };
  const addMember = (ev: FormEvent) => {
    ev.preventDefault();
    if (!add) return;
    void memberAction.run(async () => {
      await request('patch', '/teams/{id}', { path: { id }, json: { addMemberIds: [add] } });
      setAdd('');
    });
  };
  const removeMember = async (m: { readonly id: string; readonly fullName: string }) => {
    const ok = await confirm({
      title: t('team.removeTitle', { name: m.fullName, code: d.code }),
      body: t('team.removeBody', { name: m.fullName, code: d.code }),
      confirm: t('team.remove'),
      danger: true,
    });
    if (ok)
      await memberAction.run(() =>
        request('patch', '/teams/{id}', { path: { id }, json: { removeMemberIds: [m.id] } }).then(() => undefined),
      );
  };
  const remove = async () => {
    const ok = await confirm({
      title: t('team.deleteTitle', { code: d.code }),
      body: t('team.deleteBody', { code: d.code, members: d.members.length }),
      confirm: t('team.delete'),
      danger: true,
    });
    if (ok && (await deleteAction.run(() => request('delete', '/teams/{id}', { path: { id } }).then(() => undefined)))) onDeleted();
  };

  return (
    <section className="panel" aria-labelledby="team-edit-title">
      <h2 id="team-edit-title">{t('team.one', { code: d.code })}</h2>
      <form onSubmit={saveSupervisor}>
        <div className="row-form">
          <SupervisorSelect
            id="team-supervisor"
            supervisors={supervisors}
            value={chosenSupervisor}
            onChange={setSupervisorId}
            disabled={!writes}
          />
          {writes && (
            <button type="submit" disabled={supervisorAction.busy}>
              {t('common.save')}
            </button>
          )}
        </div>
        {supervisorAction.error && <ErrorPanel error={supervisorAction.error} />}
        {supervisorAction.notice && <Notice>{supervisorAction.notice}</Notice>}
      </form>
      <h3>{t('team.members')}</h3>
      {d.members.length === 0 ? (
        <p className="muted">{t('common.empty')}</p>
      ) : (
        <ul>
          {d.members.map((m) => (
            <li key={m.id}>
              <Link to={`/app/staff/${encodeURIComponent(m.id)}`}>{m.fullName}</Link> · {enumLabel(t, 'kind', m.kind)}
              {writes && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={t('team.removeLabel', { name: m.fullName })}
                    onClick={() => void removeMember(m)}
                  >
                    {t('team.remove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {writes && (
        <form onSubmit={addMember}>
          <div className="row-form">
            <div className="field">
              <label htmlFor="team-add">{t('team.addMember')}</label>
              <select id="team-add" value={add} onChange={(e) => setAdd(e.target.value)}>
                <option value="">{t('asg.choose')}</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.team ? `${p.fullName} (${p.team.code})` : p.fullName}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={memberAction.busy || !add}>
              {t('team.add')}
            </button>
          </div>
        </form>
      )}
      {memberAction.error && <ErrorPanel error={memberAction.error} />}
      {writes && (
        <div>
          <button type="button" className="danger" disabled={deleteAction.busy} onClick={() => void remove()}>
            {t('team.delete')}
          </button>
          {deleteAction.error && <ErrorPanel error={deleteAction.error} />}
        </div>
      )}
    </section>
  );
}
