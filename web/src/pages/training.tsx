import { useState, type FormEvent } from 'react';
import { useNavigate, Link } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import type { ListPage } from '../components/cursor-list';
import { asApiError, useApiQuery, useLoad } from '../components/load';
import { placeName } from '../format';
import { CensusFilter } from './censuses';
import { PdfButton } from '../components/report';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { enumLabel, useI18n } from '../i18n';
import type { Municipality, Page } from '../pay-run-types';
import type { PlanHead, TrainingEvent, TrainingPlan, Venue } from '../ops-types';

const VENUE_PAGE = 100;
const PLAN_PAGE = 20;
const VENUE_KINDS = ['MUNICIPAL_BUILDING', 'SCHOOL', 'OTHER'] as const;

/** Logistics: venues and rooms, training events, generating a room plan for an event. */
export function TrainingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  const venuePages = useCursorPages();
  const venues = useLoad(
    () => api<ListPage<Venue>>('/training/venues', { query: { municipality: filter, limit: VENUE_PAGE, cursor: venuePages.cursor } }),
    [filter, venuePages.cursor],
  );
  const [census, setCensus] = useState('');
  const events = useLoad(() => api<Page<TrainingEvent>>('/training/events', { query: { census: census || undefined } }), [census]);
  const planPages = useCursorPages();
  const plans = useLoad(
    () => api<ListPage<PlanHead>>('/training/plans', { query: { limit: PLAN_PAGE, cursor: planPages.cursor } }),
    [planPages.cursor],
  );
  const municipalities = useLoad(() => api<{ items: Municipality[] }>('/geography/municipalities'), []);
  const { busy, error, notice, run: act, setBusy, setError } = useAction();

  // new venue
  const [vMun, setVMun] = useState('');
  const [vName, setVName] = useState('');
  const [vKind, setVKind] = useState<(typeof VENUE_KINDS)[number]>('SCHOOL');
  const [vAddress, setVAddress] = useState('');
  // new room / edit
  const [rVenue, setRVenue] = useState('');
  const [rName, setRName] = useState('');
  const [rSeats, setRSeats] = useState('30');
  const [rProjector, setRProjector] = useState(false);
  // plan
  const [pEvent, setPEvent] = useState('');
  const [pMun, setPMun] = useState('');
  const [pSecond, setPSecond] = useState(true);

  const createVenue = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api('/training/venues', { method: 'POST', json: { municipalityCode: vMun, name: vName, kind: vKind, address: vAddress } });
      venues.reload();
      setVName('');
      setVAddress('');
      return t('training.venueCreated');
    });
  };
  const addRoom = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api(`/training/venues/${encodeURIComponent(rVenue)}/rooms`, {
        method: 'POST',
        json: { name: rName, seats: Number(rSeats), hasProjector: rProjector },
      });
      venues.reload();
      setRName('');
      return t('training.roomCreated');
    });
  };
  const editSeats = (roomId: string, current: number) => {
    const value = window.prompt(t('training.seats'), String(current));
    if (value === null) return;
    void act(async () => {
      await api(`/training/rooms/${encodeURIComponent(roomId)}`, { method: 'PATCH', json: { seats: Number(value) } });
      venues.reload();
      return t('training.roomSaved');
    });
  };
  const renameVenue = (v: Venue) => {
    const value = window.prompt(t('training.venueName'), v.name);
    if (value === null) return;
    void act(async () => {
      await api(`/training/venues/${encodeURIComponent(v.id)}`, { method: 'PATCH', json: { name: value } });
      venues.reload();
      return t('training.venueSaved');
    });
  };
  const defaults = () =>
    void act(async () => {
      await api('/training/events/defaults', { method: 'POST', query: { census: census || undefined } });
      events.reload();
      return t('training.defaultsCreated');
    });
  // Not `act`: it leaves the notice, and stays busy after success until the plan page replaces
  // this one (navigation is a transition), so that the button cannot ask for a second plan.
  const generate = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    api<TrainingPlan>(`/training/events/${encodeURIComponent(pEvent)}/plans`, {
      method: 'POST',
      json: { municipalityCode: pMun || undefined, allowSecondShift: pSecond },
    }).then(
      (plan) => void navigate(`/app/training/plans/${plan.id}`),
      (err: unknown) => {
        setError(asApiError(err));
        setBusy(false);
      },
    );
  };

  const munOptions = municipalities.data?.items.map((m) => (
    <option key={m.code} value={m.code}>
      {m.nameSq} / {m.nameSr}
    </option>
  ));

  return (
    <section aria-labelledby="training-title">
      <h1 id="training-title">{t('training.title')}</h1>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}

      <form className="panel row-form" onSubmit={generate} aria-labelledby="plan-title">
        <h2 id="plan-title">{t('training.generate')}</h2>
        <div className="field">
          <label htmlFor="plan-event">{t('training.event')}</label>
          <select id="plan-event" required value={pEvent} onChange={(e) => setPEvent(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {events.data?.items.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.title} ({ev.startDate} – {ev.endDate})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-mun">{t('common.municipality')}</label>
          <select id="plan-mun" value={pMun} onChange={(e) => setPMun(e.target.value)}>
            <option value="">{t('common.national')}</option>
            {munOptions}
          </select>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" checked={pSecond} onChange={(e) => setPSecond(e.target.checked)} /> {t('training.secondShift')}
          </label>
        </div>
        <button type="submit" disabled={busy || !pEvent}>
          {t('training.generateButton')}
        </button>
      </form>

      <section className="panel" aria-labelledby="events-title">
        <h2 id="events-title">{t('training.events')}</h2>
        <div className="toolbar">
          <CensusFilter id="events-census" value={census} onChange={setCensus} />
        </div>
        <div className="actions">
          <button type="button" disabled={busy} onClick={defaults}>
            {t('training.defaults')}
          </button>
          <PdfButton type="training-schedule" params={{}} label={t('report.schedule')} />
        </div>
        {events.error && <ErrorPanel error={events.error} />}
        {events.data && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('training.event')}</th>
                  <th scope="col">{t('training.dates')}</th>
                  <th scope="col">{t('training.region')}</th>
                  <th scope="col">{t('training.maxClass')}</th>
                  <th scope="col">{t('training.warnings')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((ev) => (
                  <tr key={ev.id}>
                    <td>
                      <Link to={`/app/training/events/${ev.id}`} aria-label={t('ctx.eventLinkLabel', { name: ev.title })}>
                        {ev.title}
                      </Link>
                    </td>
                    <td>
                      {ev.startDate} – {ev.endDate}
                    </td>
                    <td>{ev.region?.nameSq ?? t('common.none')}</td>
                    <td className="num">{ev.maxClassSize}</td>
                    <td>{ev.warnings.join(' ') || t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <NewEvent census={census} onCreated={events.reload} />

      <section className="panel" aria-labelledby="plans-title">
        <h2 id="plans-title">{t('training.plans')}</h2>
        {plans.error && <ErrorPanel error={plans.error} />}
        {plans.data && <PlanList plans={plans.data.items} />}
        {plans.data && (
          <CursorPager
            pages={planPages}
            nextCursor={plans.data.nextCursor}
            shown={plans.data.items.length}
            limit={PLAN_PAGE}
            total={plans.data.total}
          />
        )}
      </section>

      <section className="panel" aria-labelledby="venues-title">
        <h2 id="venues-title">{t('training.venues')}</h2>
        <div className="toolbar">
          <label htmlFor="venue-filter">{t('common.municipality')}</label>
          <select
            id="venue-filter"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              venuePages.reset();
            }}
          >
            <option value="">{t('common.all')}</option>
            {munOptions}
          </select>
        </div>
        {venues.loading && !venues.data && <Loading />}
        {venues.error && <ErrorPanel error={venues.error} />}
        {venues.data && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col">{t('training.venueName')}</th>
                  <th scope="col">{t('training.address')}</th>
                  <th scope="col">{t('training.rooms')}</th>
                  <th scope="col" className="num">
                    {t('training.seats')}
                  </th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {venues.data.items.map((v) => (
                  <tr key={v.id}>
                    <td>{v.municipality.nameSq}</td>
                    <td>
                      <Link to={`/app/training/venues/${v.id}`} aria-label={t('ctx.venueLinkLabel', { name: v.name })}>
                        {v.name}
                      </Link>
                    </td>
                    <td>{v.address}</td>
                    <td>
                      <ul className="plain">
                        {v.rooms.map((r) => (
                          <li key={r.id}>
                            {r.name}: {r.seats}{' '}
                            <button type="button" className="link" onClick={() => editSeats(r.id, r.seats)}>
                              {t('training.editSeats')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{v.seats}</td>
                    <td>
                      <button type="button" className="link" onClick={() => renameVenue(v)}>
                        {t('training.rename')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <CursorPager
              pages={venuePages}
              nextCursor={venues.data.nextCursor}
              shown={venues.data.items.length}
              limit={VENUE_PAGE}
              total={venues.data.total}
            />
          </div>
        )}
        <div className="two-col">
          <form className="row-form" onSubmit={createVenue} aria-labelledby="venue-new-title">
            <h3 id="venue-new-title">{t('training.newVenue')}</h3>
            <div className="field">
              <label htmlFor="venue-mun">{t('common.municipality')}</label>
              <select id="venue-mun" required value={vMun} onChange={(e) => setVMun(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {munOptions}
              </select>
            </div>
            <div className="field">
              <label htmlFor="venue-name">{t('training.venueName')}</label>
              <input id="venue-name" required value={vName} onChange={(e) => setVName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="venue-kind">{t('training.venueKind')}</label>
              <select id="venue-kind" value={vKind} onChange={(e) => setVKind(e.target.value as (typeof VENUE_KINDS)[number])}>
                {VENUE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`venueKind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="venue-address">{t('training.address')}</label>
              <input id="venue-address" required value={vAddress} onChange={(e) => setVAddress(e.target.value)} />
            </div>
            <button type="submit" disabled={busy}>
              {t('common.save')}
            </button>
          </form>
          <form className="row-form" onSubmit={addRoom} aria-labelledby="room-new-title">
            <h3 id="room-new-title">{t('training.newRoom')}</h3>
            <div className="field">
              <label htmlFor="room-venue">{t('training.venueName')}</label>
              <select id="room-venue" required value={rVenue} onChange={(e) => setRVenue(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {venues.data?.items.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.municipality.nameSq}: {v.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="room-name">{t('training.roomName')}</label>
              <input id="room-name" required value={rName} onChange={(e) => setRName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="room-seats">{t('training.seats')}</label>
              <input id="room-seats" type="number" min={1} required value={rSeats} onChange={(e) => setRSeats(e.target.value)} />
            </div>
            <div className="field">
              <label>
                <input type="checkbox" checked={rProjector} onChange={(e) => setRProjector(e.target.checked)} /> {t('training.projector')}
              </label>
            </div>
            <button type="submit" disabled={busy}>
              {t('common.save')}
            </button>
          </form>
        </div>
      </section>
    </section>
  );
}

/** Plan versions with their status and warnings; each opens the plan page. */
export function PlanList({ plans }: { plans: readonly PlanHead[] }) {
  const { t, lang } = useI18n();
  const municipalities = useApiQuery('/geography/municipalities');
  const byId = new Map(municipalities.data?.items.map((m) => [m.id, m]) ?? []);
  if (plans.length === 0) return <p className="muted">{t('common.empty')}</p>;
  // A version is told apart by its event, scope, number and status (not three identical event names).
  const scopeOf = (p: PlanHead) => {
    const m = p.municipalityId ? byId.get(p.municipalityId) : undefined;
    return m ? placeName(m, lang) : p.municipalityId ? t('common.municipality') : t('common.national');
  };
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('training.event')}</th>
            <th scope="col">{t('common.municipality')}</th>
            <th scope="col">{t('training.version')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('training.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/app/training/plans/${p.id}`}>
                  {t('ctx.planName', {
                    event: p.event.title,
                    scope: scopeOf(p),
                    version: p.version,
                    status: enumLabel(t, 'planStatus', p.status),
                  })}
                </Link>
              </td>
              <td>{scopeOf(p)}</td>
              <td className="num">{p.version}</td>
              <td>
                {enumLabel(t, 'planStatus', p.status)}
                {p.pinned ? ` · ${t('training.inForce')}` : ''}
              </td>
              <td>{p.summary.warnings.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const EVENT_KINDS = ['KKR_REGIONAL', 'SUPERVISORS', 'ENUMERATORS'] as const;

/** A new training event of the chosen census (dates default to its calendar when left empty). */
function NewEvent({ census, onCreated }: { census: string; onCreated: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [kind, setKind] = useState<(typeof EVENT_KINDS)[number]>('ENUMERATORS');
  const [name, setName] = useState('');
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const { busy, error, run } = useAction();
  const create = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const ev = await api<TrainingEvent>('/training/events', {
        method: 'POST',
        json: {
          kind,
          name: name.trim() || undefined,
          startDate: startDate || undefined,
          endDate: endDate || undefined,
          census: census || undefined,
        },
      });
      onCreated();
      void navigate(`/app/training/events/${ev.id}`);
    });
  };
  return (
    <form className="panel row-form" onSubmit={create} aria-labelledby="event-new-title">
      <h2 id="event-new-title">{t('ctx.newEvent')}</h2>
      <div className="field">
        <label htmlFor="event-new-kind">{t('ctx.eventKind')}</label>
        <select id="event-new-kind" value={kind} onChange={(e) => setKind(e.target.value as (typeof EVENT_KINDS)[number])}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ctx.eventKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="event-new-name">{t('ctx.name')}</label>
        <input id="event-new-name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="event-new-start">{t('ctx.startDate')}</label>
        <input id="event-new-start" type="date" value={startDate} onChange={(e) => setStart(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="event-new-end">{t('ctx.endDate')}</label>
        <input id="event-new-end" type="date" value={endDate} onChange={(e) => setEnd(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {t('ctx.newEvent')}
      </button>
      {error && <ErrorPanel error={error} />}
    </form>
  );
}
