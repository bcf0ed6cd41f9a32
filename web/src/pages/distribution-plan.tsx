import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useLoad } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { DistributionLine, DistributionPlan, DistributionPlanHead, StaffKit } from '../ops-types';
import { NotFoundPage } from './not-found';

const CONDITIONS = ['GOOD', 'DAMAGED', 'LOST'] as const;
type Condition = (typeof CONDITIONS)[number];

/** A municipality's distribution plan versions (newest first) with the missing summary. */
export function DistributionPlanList({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const plans = useLoad(
    // versions of one municipality: a handful, all on one page
    () =>
      api<{ items: DistributionPlanHead[] }>(`/equipment/municipalities/${encodeURIComponent(code)}/distribution-plans`, {
        query: { limit: 500 },
      }),
    [code],
  );
  if (plans.error) return <ErrorPanel error={plans.error} />;
  if (!plans.data) return <Loading />;
  if (plans.data.items.length === 0) return <p className="muted">{t('common.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="distribution-plans">
        <thead>
          <tr>
            <th scope="col">{t('training.version')}</th>
            <th scope="col">{t('plan.created')}</th>
            <th scope="col">{t('equipment.missing')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.data.items.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/app/equipment/plans/${p.id}`}>{t('equipment.planVersion', { version: p.version })}</Link>
              </td>
              <td>{formatDateTime(p.createdAt, locale)}</td>
              <td>{p.missingSummary ?? t('equipment.nothingMissing')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One distribution plan version: a line per person (kit serials, training session), spares,
 * needs and the missing list; handover (whole kit, one signature) and return (a condition per
 * item) per person, checked by the API.
 */
export function DistributionPlanPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const plan = useLoad(() => api<DistributionPlan>(`/equipment/distribution-plans/${encodeURIComponent(id)}`), [id]);
  const [person, setPerson] = useState<DistributionLine | null>(null);

  if (plan.error?.status === 404) return <NotFoundPage />;
  if (plan.error) return <ErrorPanel error={plan.error} />;
  if (!plan.data) return <Loading />;
  const p = plan.data;

  return (
    <section aria-labelledby="dp-title">
      <h1 id="dp-title">{t('equipment.planTitle', { name: p.municipality.name, version: p.version })}</h1>
      <dl className="figures">
        <div>
          <dt>{t('plan.created')}</dt>
          <dd>{formatDateTime(p.createdAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('equipment.people')}</dt>
          <dd>{p.lines.length}</dd>
        </div>
        <div>
          <dt>{t('equipment.sparePercent')}</dt>
          <dd>{p.sparePercent}%</dd>
        </div>
        <div>
          <dt>{t('equipment.storageRoom')}</dt>
          <dd>{p.storageRoom?.name ?? t('common.none')}</dd>
        </div>
      </dl>

      <PdfButton type="distribution-plan" params={{ planId: p.id }} label={t('report.distributionPlan')} />

      <section className="panel warnings" aria-labelledby="missing-title">
        <h2 id="missing-title">{t('equipment.missing')}</h2>
        {p.missing.shortfalls.length === 0 ? (
          <p>{t('equipment.nothingMissing')}</p>
        ) : (
          <p>
            {p.missing.shortfalls.map((s, i) => (
              <span key={i} data-code={s.code}>
                {i > 0 ? '; ' : ''}
                {s.text ?? s.code}
              </span>
            ))}
          </p>
        )}
        {p.missing.items.length > 0 && (
          <ul>
            {p.missing.items.map((m) => (
              <li key={m.typeCode} className="warning">
                {m.typeCode}: {m.count}
              </li>
            ))}
          </ul>
        )}
        {p.missing.incompleteKits.length > 0 && (
          <p>
            {t('equipment.incomplete')}: {p.missing.incompleteKits.map((k) => `${k.fullName} (${k.typeCodes.join(', ')})`).join('; ')}
          </p>
        )}
        {p.missing.sessionsNotPlanned.length > 0 && (
          <p>
            {t('equipment.noSession')}: {p.missing.sessionsNotPlanned.length}
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="needs-title">
        <h2 id="needs-title">{t('equipment.needs')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('equipment.type')}</th>
                <th scope="col" className="num">
                  {t('equipment.need')}
                </th>
                <th scope="col" className="num">
                  {t('equipment.have')}
                </th>
                <th scope="col" className="num">
                  {t('equipment.missing')}
                </th>
                <th scope="col">{t('equipment.spares')}</th>
              </tr>
            </thead>
            <tbody>
              {p.needs.map((n) => (
                <tr key={n.typeCode}>
                  <td>{n.typeName}</td>
                  <td className="num">{n.need}</td>
                  <td className="num">{n.have}</td>
                  <td className="num">{n.missing}</td>
                  <td className="code">{p.spares.find((s) => s.typeCode === n.typeCode)?.serials.join(', ') ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t('equipment.lines')}</h2>
        <div className="table-wrap">
          <table className="distribution-lines">
            <thead>
              <tr>
                <th scope="col">{t('equipment.no')}</th>
                <th scope="col">{t('equipment.fullName')}</th>
                <th scope="col">{t('equipment.role')}</th>
                <th scope="col">{t('equipment.kit')}</th>
                <th scope="col">{t('equipment.session')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.lines.map((l, i) => (
                <tr key={l.staffId}>
                  <td className="num">{i + 1}</td>
                  <td>{l.fullName}</td>
                  <td>{enumLabel(t, 'kind', l.role)}</td>
                  <td className="code">{l.items.map((it) => `${it.typeCode}: ${it.serial ?? t('equipment.missingSerial')}`).join(', ')}</td>
                  <td>
                    {l.session
                      ? `${l.session.startDate} – ${l.session.endDate}, ${l.session.venueName}, ${l.session.roomName}`
                      : (l.sessionNote?.text ?? l.sessionNote?.code ?? t('common.none'))}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setPerson(l)}
                      aria-label={t('equipment.handleFor', { name: l.fullName })}
                    >
                      {t('equipment.handle')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {person && <KitPanel key={person.staffId} line={person} />}
    </section>
  );
}

/** Handover of the whole planned kit with one signature, or a return with a condition per item. */
function KitPanel({ line }: { line: DistributionLine }) {
  const { t } = useI18n();
  const kit = useLoad(() => api<StaffKit>(`/equipment/staff/${encodeURIComponent(line.staffId)}/kit`), [line.staffId]);
  const [serials, setSerials] = useState(line.items.map((i) => i.serial ?? '').join(', '));
  // empty until the person signing writes their name: never pre-filled with the recipient's
  const [signedBy, setSignedBy] = useState('');
  const confirm = useConfirm();
  const [conditions, setConditions] = useState<Record<string, Condition>>({});
  const { busy, error, notice, run, setError } = useAction();
  const [unsigned, setUnsigned] = useState(false);

  const send = (path: string, json: unknown, done: string) =>
    run(async () => {
      await api(`/equipment/staff/${encodeURIComponent(line.staffId)}/kit/${path}`, { method: 'POST', json });
      kit.reload();
      return done;
    });
  const handover = (e: FormEvent) => {
    e.preventDefault();
    const list = serials
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!signedBy.trim()) return setUnsigned(true);
    setError(null);
    void (async () => {
      const ok = await confirm({
        title: t('confirm.handoverTitle'),
        body: t('confirm.handoverBody', { name: line.fullName, count: list.length, serials: list.join(', '), signedBy: signedBy.trim() }),
        confirm: t('equipment.recordHandover'),
      });
      if (ok) await send('handover', { serials: list, signedBy: signedBy.trim() }, t('equipment.handedOver'));
    })();
  };
  const giveBack = (e: FormEvent) => {
    e.preventDefault();
    const items = (kit.data?.holds ?? []).map((h) => ({ serial: h.serial, condition: conditions[h.serial] ?? 'GOOD' }));
    if (!signedBy.trim()) return setUnsigned(true);
    void (async () => {
      const ok = await confirm({
        title: t('confirm.returnTitle'),
        body: t('confirm.returnBody', { name: line.fullName, count: items.length, signedBy: signedBy.trim() }),
        confirm: t('equipment.return'),
      });
      if (ok) await send('return', { items, signedBy: signedBy.trim() }, t('equipment.returned'));
    })();
  };

  return (
    <section className="panel" aria-labelledby="kit-title">
      <h2 id="kit-title">{t('equipment.kitOf', { name: line.fullName })}</h2>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
      <div className="field">
        <label htmlFor="kit-signed">{t('equipment.signedBy')}</label>
        <input
          id="kit-signed"
          required
          value={signedBy}
          aria-invalid={unsigned}
          aria-describedby={unsigned ? 'kit-signed-missing' : undefined}
          onChange={(e) => {
            setSignedBy(e.target.value);
            setUnsigned(false);
          }}
        />
        {unsigned && (
          <p id="kit-signed-missing" className="field-error" role="alert">
            {t('equipment.signatureNeeded')}
          </p>
        )}
      </div>
      <div className="two-col">
        <form className="row-form" onSubmit={handover} aria-labelledby="handover-title">
          <h3 id="handover-title">{t('equipment.handover')}</h3>
          <div className="field">
            <label htmlFor="kit-serials">{t('equipment.serials')}</label>
            <input id="kit-serials" value={serials} onChange={(e) => setSerials(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('equipment.recordHandover')}
          </button>
        </form>
        <form className="row-form" onSubmit={giveBack} aria-labelledby="return-title">
          <h3 id="return-title">{t('equipment.return')}</h3>
          {kit.error && <ErrorPanel error={kit.error} />}
          {kit.data && kit.data.holds.length === 0 && <p className="muted">{t('equipment.holdsNothing')}</p>}
          {kit.data?.holds.map((h) => (
            <div className="field" key={h.serial}>
              <label htmlFor={`cond-${h.serial}`}>
                {h.typeName} <span className="code">{h.serial}</span>
              </label>
              <select
                id={`cond-${h.serial}`}
                value={conditions[h.serial] ?? 'GOOD'}
                onChange={(e) => setConditions({ ...conditions, [h.serial]: e.target.value as Condition })}
              >
                {CONDITIONS.map((c) => (
                  <option key={c} value={c}>
                    {t(`condition.${c}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" disabled={busy || !kit.data || kit.data.holds.length === 0}>
            {t('equipment.recordReturn')}
          </button>
        </form>
      </div>
    </section>
  );
}
