import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { TrainingPlan } from '../ops-types';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

/**
 * One room plan version: classes (municipality, language, trainees, room, dates, shift and
 * the planner's explanation), shortfall warnings, who moved (re-plans); logistics publishes
 * and re-plans. A municipality sees the part that concerns it (the API scopes it).
 */
export function TrainingPlanPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const confirm = useConfirm();
  const me = useMe();
  const plan = useLoad(() => api<TrainingPlan>(`/training/plans/${encodeURIComponent(id)}`), [id]);
  const [planId, setPlanId] = useState<string | null>(null);
  const shown = useLoad(
    () => (planId && planId !== id ? api<TrainingPlan>(`/training/plans/${encodeURIComponent(planId)}`) : Promise.resolve(null)),
    [planId, id],
  );
  const { busy, error, run } = useAction();
  const manager = me.role === 'ADMIN' || me.role === 'LOGISTICS';

  if (plan.error?.status === 404) return <NotFoundPage />;
  const p = shown.data ?? plan.data;
  if (!p) return plan.error ? <ErrorPanel error={plan.error} /> : <Loading />;

  // Class keys are internal (municipality id, language, number): show the class's number in this plan.
  const classNo = new Map(p.classes.map((c, i) => [c.key, String(i + 1)]));
  const classLabel = (key: string | null) => (key === null ? t('common.none') : (classNo.get(key) ?? key));

  async function act(path: string) {
    if (!p) return;
    await run(async () => {
      const next = await api<TrainingPlan>(`/training/plans/${encodeURIComponent(p.id)}/${path}`, { method: 'POST' });
      setPlanId(next.id);
      if (next.id === id) plan.reload();
      else shown.reload();
    });
  }

  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title">{t('plan.title', { event: p.event.title, version: p.version })}</h1>
      <dl className="figures">
        <div>
          <dt>{t('common.status')}</dt>
          <dd data-testid="plan-status" data-status={p.status}>
            {enumLabel(t, 'planStatus', p.status)}
            {p.pinned ? ` · ${t('training.inForce')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('common.municipality')}</dt>
          <dd>{p.municipality?.nameSq ?? t('common.national')}</dd>
        </div>
        <div>
          <dt>{t('plan.classes')}</dt>
          <dd>{p.classes.length}</dd>
        </div>
        <div>
          <dt>{t('training.maxClass')}</dt>
          <dd>{p.maxClassSize}</dd>
        </div>
        <div>
          <dt>{t('plan.created')}</dt>
          <dd>{formatDateTime(p.createdAt, locale)}</dd>
        </div>
      </dl>
      <PdfButton type="room-plan" params={{ planId: p.id }} label={t('report.roomPlan')} />
      {me.role !== 'FINANCE' && (
        <p>
          <Link to={`/app/training/plans/${encodeURIComponent(p.id)}/reach`}>{t('plan.reachLink')}</Link>
        </p>
      )}
      {manager && (
        <div className="actions">
          <button
            type="button"
            disabled={busy || p.status === 'PUBLISHED'}
            onClick={() =>
              void (async () => {
                const ok = await confirm({
                  title: t('confirm.planPublishTitle'),
                  body: t('confirm.planPublishBody', { classes: p.classes.length }),
                  confirm: t('plan.publish'),
                });
                if (ok) await act('publish');
              })()
            }
          >
            {t('plan.publish')}
          </button>
          <button type="button" disabled={busy || !p.pinned} onClick={() => void act('replan')}>
            {t('plan.replan')}
          </button>
          {!p.pinned && <span className="explain">{t('plan.replanExplain')}</span>}
        </div>
      )}
      {error && <ErrorPanel error={error} />}

      {(p.shortfalls.length > 0 || p.summary.warnings.length > 0) && (
        <section className="panel warnings" aria-labelledby="shortfalls-title">
          <h2 id="shortfalls-title">{t('plan.shortfalls')}</h2>
          <ul>
            {p.shortfalls.map((s, i) => (
              <li key={`s${i}`} className="warning">
                <strong>{s.municipality?.nameSq ?? t('common.none')}</strong> ({s.language}):{' '}
                <span data-code={s.notice.code}>{s.message}</span>
              </li>
            ))}
            {p.summary.warnings.map((w, i) => (
              <li key={`w${i}`} className="warning">
                {w}
              </li>
            ))}
          </ul>
        </section>
      )}

      {p.moves.length > 0 && (
        <section className="panel" aria-labelledby="moves-title">
          <h2 id="moves-title">{t('plan.moves')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('plan.trainee')}</th>
                  <th scope="col">{t('plan.from')}</th>
                  <th scope="col">{t('plan.to')}</th>
                  <th scope="col">{t('error.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {p.moves.map((m) => (
                  <tr key={m.traineeId}>
                    <td>{m.fullName ?? m.traineeId}</td>
                    <td>{classLabel(m.fromClassKey)}</td>
                    <td>{classLabel(m.toClassKey)}</td>
                    <td>{m.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section className="panel" aria-labelledby="classes-title">
        <h2 id="classes-title">{t('plan.classes')}</h2>
        {p.classes.length === 0 && <Notice>{t('common.empty')}</Notice>}
        <div className="table-wrap">
          <table className="plan-classes">
            <thead>
              <tr>
                <th scope="col">{t('plan.class')}</th>
                <th scope="col">{t('common.municipality')}</th>
                <th scope="col">{t('plan.language')}</th>
                <th scope="col" className="num">
                  {t('plan.size')}
                </th>
                <th scope="col">{t('plan.room')}</th>
                <th scope="col">{t('training.dates')}</th>
                <th scope="col">{t('plan.shift')}</th>
                <th scope="col">{t('plan.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {p.classes.map((c, i) => (
                <tr key={c.key} className="plan-class">
                  <td>{i + 1}</td>
                  <td>{c.municipality?.nameSq ?? t('common.none')}</td>
                  <td>{c.language}</td>
                  <td className="num">{c.size}</td>
                  <td>{c.room ? `${c.room.venue.name}, ${c.room.name} (${c.room.seats})` : t('plan.noRoom')}</td>
                  <td>{c.startDate ? `${c.startDate} – ${c.endDate ?? ''}` : t('common.none')}</td>
                  <td>{c.shift ? t(`shift.${c.shift === 'AFTERNOON' ? 'AFTERNOON' : 'MORNING'}`) : t('common.none')}</td>
                  <td className="small">{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
