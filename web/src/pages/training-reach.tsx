import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, type Answer, type ApiPaths, type ResponseOf } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { TrainingPlan } from '../ops-types';
import { NotFoundPage } from './not-found';

/** GET /training/plans/:id/attendance */
type AttendanceView = Answer<'/training/plans/{id}/attendance'>;

type InvitationOutcome = ResponseOf<ApiPaths['/training/plans/{id}/invitations']['post']>;

type MessagePage = Answer<'/training/plans/{id}/messages'>;

type ApplyResult = ResponseOf<ApiPaths['/training/plans/{id}/attendance']['put']>;

const PAGE = 50;

/**
 * A published plan's reach: send invitations (KKR for its municipality, ASK nationally) after a
 * confirmation naming how many people; delivery status per plan and per person; attendance
 * per session and day, by hand or by CSV; for a KKR training, the half-attendance flag.
 */
export function TrainingReachPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const planPath = `/training/plans/${encodeURIComponent(id)}`;
  const plan = useLoad(() => api<TrainingPlan>(planPath), [id]);
  const attendance = useLoad(() => api<AttendanceView>(`${planPath}/attendance`), [id]);
  const municipalities = useLoad(() => api<{ items: readonly { id: string; nameSq: string }[] }>('/geography/municipalities'), []);

  if (plan.error?.status === 404 || attendance.error?.status === 404) return <NotFoundPage />;
  const p = plan.data;
  const a = attendance.data;
  if (!p || !a)
    return plan.error ? <ErrorPanel error={plan.error} /> : attendance.error ? <ErrorPanel error={attendance.error} /> : <Loading />;
  const names = new Map(a.items.map((i) => [i.traineeId, i.fullName]));
  const munNames = new Map((municipalities.data?.items ?? []).map((m) => [m.id, m.nameSq]));

  return (
    <section aria-labelledby="reach-title">
      <h1 id="reach-title">{t('reach.title', { event: p.event.title, version: p.version })}</h1>
      <p>
        <Link to={`/app/training/plans/${encodeURIComponent(p.id)}`}>{t('reach.back')}</Link>
      </p>
      <Invitations planId={p.id} published={p.status === 'PUBLISHED' && p.pinned} people={a.items.length} names={names} />
      <Attendance planId={p.id} view={a} reload={attendance.reload} />
      {a.kkrHalfAttendance && (
        <section className="panel" aria-labelledby="kkr-title">
          <h2 id="kkr-title">{t('reach.kkr')}</h2>
          <div className="table-wrap">
            <table data-testid="kkr-half">
              <thead>
                <tr>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col" className="num">
                    {t('reach.members')}
                  </th>
                  <th scope="col" className="num">
                    {t('reach.attended')}
                  </th>
                  <th scope="col" className="num">
                    {t('reach.required')}
                  </th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {a.kkrHalfAttendance.map((k) => (
                  <tr key={k.municipalityId} className={k.meetsHalf ? '' : 'warning'}>
                    <td>{munNames.get(k.municipalityId) ?? k.municipalityId}</td>
                    <td className="num">{k.members}</td>
                    <td className="num">{k.attended}</td>
                    <td className="num">{k.required}</td>
                    <td>{k.meetsHalf ? t('reach.meetsHalf') : t('reach.belowHalf')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </section>
  );
}

function Invitations({
  planId,
  published,
  people,
  names,
}: {
  planId: string;
  published: boolean;
  people: number;
  names: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const pages = useCursorPages();
  const { busy, error, notice, run } = useAction();
  const messages = useLoad(
    () =>
      api<MessagePage>(`/training/plans/${encodeURIComponent(planId)}/messages`, {
        query: { limit: String(PAGE), cursor: pages.cursor },
      }),
    [planId, pages.cursor],
  );

  async function send() {
    setConfirming(false);
    await run(async () => {
      const r = await api<InvitationOutcome>(`/training/plans/${encodeURIComponent(planId)}/invitations`, { method: 'POST', json: {} });
      messages.reload();
      return t('reach.sent', { ...r });
    });
  }

  return (
    <section className="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('reach.invitations')}</h2>
      <p className="muted">{t('reach.invitationsHelp')}</p>
      {!published && <Notice>{t('reach.notPublished')}</Notice>}
      <div className="actions">
        <button type="button" disabled={busy || !published || confirming} onClick={() => setConfirming(true)}>
          {t('reach.send')}
        </button>
        <button type="button" onClick={() => messages.reload()}>
          {t('reach.refresh')}
        </button>
      </div>
      {confirming && (
        <div className="panel" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('reach.confirm', { count: people })}</p>
          <div className="actions">
            <button type="button" onClick={() => void send()}>
              {t('reach.confirmSend')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('reach.cancel')}
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p role="status" data-testid="invitations-result">
          {notice}
        </p>
      )}
      {error && <ErrorPanel error={error} />}

      <h3>{t('reach.delivery')}</h3>
      {messages.error && <ErrorPanel error={messages.error} />}
      {messages.data && <DeliveryTable page={messages.data} names={names} locale={locale} pages={pages} />}
    </section>
  );
}

/** Counts per channel and status, then one row per message (person, channel, status, reason). */
export function DeliveryTable({
  page,
  names,
  locale,
  pages,
}: {
  page: MessagePage;
  names: ReadonlyMap<string, string>;
  locale: string;
  pages: ReturnType<typeof useCursorPages>;
}) {
  const { t } = useI18n();
  if (page.total === 0) return <Notice>{t('common.empty')}</Notice>;
  return (
    <>
      <ul className="inline" data-testid="delivery-counts">
        {Object.entries(page.counts).flatMap(([channel, byStatus]) =>
          Object.entries(byStatus).map(([status, n]) => (
            <li key={`${channel}-${status}`}>
              {enumLabel(t, 'channel', channel)} · {enumLabel(t, 'msgStatus', status)}: {n}
            </li>
          )),
        )}
      </ul>
      <div className="table-wrap">
        <table data-testid="delivery">
          <thead>
            <tr>
              <th scope="col">{t('reach.person')}</th>
              <th scope="col">{t('reach.kind')}</th>
              <th scope="col">{t('reach.channel')}</th>
              <th scope="col">{t('reach.address')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col" className="num">
                {t('reach.attempts')}
              </th>
              <th scope="col">{t('reach.reason')}</th>
              <th scope="col">{t('reach.sentAt')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((m) => (
              <tr key={m.id}>
                <td>{names.get(m.recipientId) ?? m.recipientId}</td>
                <td>{enumLabel(t, 'msgKind', m.kind)}</td>
                <td>{enumLabel(t, 'channel', m.channel)}</td>
                <td>{m.address}</td>
                <td>{enumLabel(t, 'msgStatus', m.status)}</td>
                <td className="num">{m.attempts}</td>
                <td className="small">{m.reason ?? t('common.none')}</td>
                <td>{m.sentAt ? formatDateTime(m.sentAt, locale) : t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CursorPager pages={pages} nextCursor={page.nextCursor} shown={page.items.length} limit={PAGE} total={page.total} />
    </>
  );
}

function Attendance({ planId, view, reload }: { planId: string; view: AttendanceView; reload: () => void }) {
  const { t } = useI18n();
  const sessions = useMemo(() => [...new Set(view.items.map((i) => i.classKey))], [view]);
  const [session, setSession] = useState<string>(sessions[0] ?? '');
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const [file, setFile] = useState<File | null>(null);
  const save = useAction();
  const upload = useAction();
  const people = view.items.filter((i) => i.classKey === session);
  const groupOf = (key: string) => {
    const parts = key.split('|');
    return parts.length > 1 ? parts.slice(1).join('-') : key;
  };
  const key = (traineeId: string, day: string) => `${traineeId}|${day}`;
  const present = (traineeId: string, day: string, recorded: boolean | undefined) => marks[key(traineeId, day)] ?? recorded ?? false;

  async function onSave() {
    const records = Object.entries(marks).map(([k, v]) => {
      const [traineeId = '', day = ''] = k.split('|');
      return { traineeId, day, present: v };
    });
    await save.run(async () => {
      const r = await api<ApplyResult>(`/training/plans/${encodeURIComponent(planId)}/attendance`, { method: 'PUT', json: { records } });
      setMarks({});
      reload();
      return t('reach.saved', { ...r });
    });
  }

  async function onUpload(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    await upload.run(async () => {
      const r = await api<ApplyResult>(`/training/plans/${encodeURIComponent(planId)}/attendance/import`, {
        method: 'POST',
        raw: { body: await file.text(), contentType: 'text/csv' },
      });
      reload();
      return t('reach.saved', { ...r });
    });
  }

  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('reach.attendance')}</h2>
      {sessions.length === 0 ? (
        <Notice>{t('common.empty')}</Notice>
      ) : (
        <>
          <label>
            {t('reach.session')}{' '}
            <select value={session} onChange={(e) => setSession(e.target.value)}>
              {sessions.map((s) => (
                <option key={s} value={s}>
                  {t('reach.sessionLabel', { group: groupOf(s), count: view.items.filter((i) => i.classKey === s).length })}
                </option>
              ))}
            </select>
          </label>{' '}
          <PdfButton type="attendance-sheet" params={{ planId, classKey: session }} />
          <div className="table-wrap">
            <table data-testid="attendance">
              <thead>
                <tr>
                  <th scope="col">{t('reach.person')}</th>
                  {view.days.map((d) => (
                    <th key={d} scope="col">
                      {d}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('reach.daysPresent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.traineeId}>
                    <td>{p.fullName}</td>
                    {view.days.map((d) => (
                      <td key={d}>
                        <input
                          type="checkbox"
                          aria-label={t('reach.presentOn', { name: p.fullName, day: d })}
                          checked={present(p.traineeId, d, p.days[d])}
                          onChange={(e) => setMarks((m) => ({ ...m, [key(p.traineeId, d)]: e.target.checked }))}
                        />
                      </td>
                    ))}
                    <td className="num">{p.daysPresent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" disabled={save.busy || Object.keys(marks).length === 0} onClick={() => void onSave()}>
              {t('reach.save')}
            </button>
          </div>
          {save.notice && (
            <p role="status" data-testid="attendance-saved">
              {save.notice}
            </p>
          )}
          {save.error && <ErrorPanel error={save.error} />}
        </>
      )}

      <h3>{t('reach.upload')}</h3>
      <p className="muted">{t('reach.uploadHelp')}</p>
      <form className="stack" onSubmit={(e) => void onUpload(e)}>
        <label>
          {t('reach.file')} <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <div className="actions">
          <button type="submit" disabled={upload.busy || !file}>
            {t('reach.uploadButton')}
          </button>
        </div>
      </form>
      {upload.notice && (
        <p role="status" data-testid="attendance-imported">
          {upload.notice}
        </p>
      )}
      {upload.error && <ErrorPanel error={upload.error} />}
    </section>
  );
}
