import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useCrumbTitle } from '../components/breadcrumbs';
import { useConfirm } from '../components/confirm';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import type { Venue } from '../ops-types';
import { useMe } from '../session';
import { NotFoundPage } from './not-found';

const VENUE_KINDS = ['MUNICIPAL_BUILDING', 'SCHOOL', 'OTHER'] as const;
type Room = Venue['rooms'][number];

/**
 * One training venue: its name, kind and address, its rooms (seats, projector, TV, floor and
 * directions for the invitations), a new room; deleting the venue or a room asks first (the
 * API refuses while a published plan uses a room). Logistics and the venue's municipality.
 */
export function TrainingVenuePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const venue = useApiQuery('/training/venues/{id}', { path: { id } });
  const action = useAction();
  const v = venue.data;
  useCrumbTitle(v ? `${v.municipality.nameSq}: ${v.name}` : null);

  if (venue.error?.status === 404) return <NotFoundPage />;
  if (!v) return venue.error ? <ErrorPanel error={venue.error} /> : <Loading />;
  const back =
    me.role === 'MUNICIPALITY' && me.municipality
      ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}/operations`
      : '/app/logistics/training';

  const remove = async () => {
    const ok = await confirm({
      title: t('ctx.venueDeleteTitle', { name: v.name }),
      body: t('ctx.venueDeleteBody', { rooms: v.rooms.length }),
      confirm: t('ctx.venueDelete'),
      danger: true,
    });
    if (!ok) return;
    if (await action.run(() => api(`/training/venues/${encodeURIComponent(v.id)}`, { method: 'DELETE' }).then(() => undefined)))
      void navigate(back);
  };

  return (
    <section aria-labelledby="venue-title">
      <h1 id="venue-title">
        {v.municipality.nameSq}: {v.name}
      </h1>
      {action.error && <ErrorPanel error={action.error} />}
      {action.notice && <Notice>{action.notice}</Notice>}
      <VenueForm key={v.id} venue={v} onSaved={venue.reload} />
      <section className="panel" aria-labelledby="rooms-title">
        <h2 id="rooms-title">{t('training.rooms')}</h2>
        {v.rooms.map((r) => (
          <RoomForm key={r.id} room={r} onSaved={venue.reload} />
        ))}
        <NewRoom venueId={v.id} onSaved={venue.reload} />
      </section>
      <div className="panel actions">
        <button type="button" className="danger" disabled={action.busy} onClick={() => void remove()}>
          {t('ctx.venueDelete')}
        </button>
      </div>
    </section>
  );
}

function VenueForm({ venue, onSaved }: { venue: Venue; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(venue.name);
  const [kind, setKind] = useState<Venue['kind']>(venue.kind);
  const [address, setAddress] = useState(venue.address);
  const { busy, error, notice, run } = useAction();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api(`/training/venues/${encodeURIComponent(venue.id)}`, { method: 'PATCH', json: { name, kind, address } });
      onSaved();
      return t('training.venueSaved');
    });
  };
  return (
    <form className="panel row-form" onSubmit={save} aria-labelledby="venue-details-title">
      <h2 id="venue-details-title">{t('ctx.venueDetails')}</h2>
      <div className="field">
        <label htmlFor="venue-name">{t('training.venueName')}</label>
        <input id="venue-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="venue-kind">{t('training.venueKind')}</label>
        <select id="venue-kind" value={kind} onChange={(e) => setKind(e.target.value as Venue['kind'])}>
          {VENUE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`venueKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="venue-address">{t('training.address')}</label>
        <input id="venue-address" required maxLength={300} value={address} onChange={(e) => setAddress(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('common.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

function RoomForm({ room, onSaved }: { room: Room; onSaved: () => void }) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const [name, setName] = useState(room.name);
  const [seats, setSeats] = useState(String(room.seats));
  const [projector, setProjector] = useState(room.hasProjector);
  const [tv, setTv] = useState(room.hasTv);
  const [floor, setFloor] = useState('');
  const [directions, setDirections] = useState('');
  const { busy, error, notice, run } = useAction();
  const base = `/training/rooms/${encodeURIComponent(room.id)}`;
  const f = (field: string) => `room-${room.id}-${field}`;
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api(base, { method: 'PATCH', json: { name, seats: Number(seats), hasProjector: projector, hasTv: tv } });
      // The address is only written when given: the API does not read it back (the invitations print it).
      if (floor.trim() || directions.trim())
        await api(`${base}/address`, { method: 'PUT', json: { floor: floor.trim() || null, directions: directions.trim() || null } });
      onSaved();
      return t('training.roomSaved');
    });
  };
  const remove = async () => {
    const ok = await confirm({
      title: t('ctx.roomDeleteTitle', { name: room.name }),
      body: t('ctx.roomDeleteBody'),
      confirm: t('ctx.roomDelete'),
      danger: true,
    });
    if (!ok) return;
    await run(async () => {
      await api(base, { method: 'DELETE' });
      onSaved();
      return t('ctx.roomDeleted');
    });
  };
  return (
    <form className="row-form room-form" onSubmit={save} aria-label={t('ctx.roomOf', { name: room.name })}>
      <div className="field">
        <label htmlFor={f('name')}>{t('training.roomName')}</label>
        <input id={f('name')} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={f('seats')}>{t('training.seats')}</label>
        <input id={f('seats')} type="number" min={1} max={1000} required value={seats} onChange={(e) => setSeats(e.target.value)} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={projector} onChange={(e) => setProjector(e.target.checked)} /> {t('training.projector')}
        </label>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={tv} onChange={(e) => setTv(e.target.checked)} /> {t('ctx.tv')}
        </label>
      </div>
      <div className="field">
        <label htmlFor={f('floor')}>{t('ctx.floor')}</label>
        <input id={f('floor')} maxLength={50} value={floor} onChange={(e) => setFloor(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={f('directions')}>{t('ctx.directions')}</label>
        <input id={f('directions')} maxLength={500} value={directions} onChange={(e) => setDirections(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {t('common.save')}
      </button>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        {t('ctx.roomDelete')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

function NewRoom({ venueId, onSaved }: { venueId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [seats, setSeats] = useState('30');
  const [projector, setProjector] = useState(false);
  const [tv, setTv] = useState(false);
  const { busy, error, notice, run } = useAction();
  const add = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api(`/training/venues/${encodeURIComponent(venueId)}/rooms`, {
        method: 'POST',
        json: { name, seats: Number(seats), hasProjector: projector, hasTv: tv },
      });
      setName('');
      onSaved();
      return t('training.roomCreated');
    });
  };
  return (
    <form className="row-form" onSubmit={add} aria-labelledby="room-new-title">
      <h3 id="room-new-title">{t('training.newRoom')}</h3>
      <div className="field">
        <label htmlFor="room-new-name">{t('training.roomName')}</label>
        <input id="room-new-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="room-new-seats">{t('training.seats')}</label>
        <input id="room-new-seats" type="number" min={1} max={1000} required value={seats} onChange={(e) => setSeats(e.target.value)} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={projector} onChange={(e) => setProjector(e.target.checked)} /> {t('training.projector')}
        </label>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={tv} onChange={(e) => setTv(e.target.checked)} /> {t('ctx.tv')}
        </label>
      </div>
      <button type="submit" disabled={busy}>
        {t('common.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}
