import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api } from '../api';
import { useAction } from '../components/action';
import { useCrumbTitle } from '../components/breadcrumbs';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { useI18n } from '../i18n';
import type { TrainingEvent } from '../ops-types';
import { NotFoundPage } from './not-found';

/**
 * One training event (logistics): its name, dates, host room, room notice date and class size,
 * and the clock times of its two shifts with the note of what to bring, as invitations print them.
 */
export function TrainingEventPage() {
  const { id = '' } = useParams();
  const event = useApiQuery('/training/events/{id}', { path: { id } });
  const ev = event.data;
  useCrumbTitle(ev ? ev.title : null);
  if (event.error?.status === 404) return <NotFoundPage />;
  if (!ev) return event.error ? <ErrorPanel error={event.error} /> : <Loading />;
  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title">{ev.title}</h1>
      <EventForm key={ev.id} event={ev} onSaved={event.reload} />
      <ShiftTimesForm eventId={ev.id} />
    </section>
  );
}

function EventForm({ event, onSaved }: { event: TrainingEvent; onSaved: () => void }) {
  const { t } = useI18n();
  // empty: no name of its own, the event is named by its kind
  const [name, setName] = useState(event.name ?? '');
  const [startDate, setStart] = useState(event.startDate);
  const [endDate, setEnd] = useState(event.endDate);
  const [noticeDate, setNotice] = useState(event.noticeDate ?? '');
  const [maxClassSize, setMax] = useState(String(event.maxClassSize));
  const [hostRoomId, setHost] = useState(event.hostRoomId ?? '');
  // Host rooms: the rooms of the venues logistics keeps (one page holds them all).
  const venues = useApiQuery('/training/venues', { query: { limit: 500 } }, { enabled: event.kind === 'KKR_REGIONAL' });
  const { busy, error, notice, run } = useAction();
  const kkr = event.kind === 'KKR_REGIONAL';
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api(`/training/events/${encodeURIComponent(event.id)}`, {
        method: 'PATCH',
        json: {
          name: name.trim() || null,
          startDate,
          endDate,
          ...(kkr ? { noticeDate: noticeDate || null } : {}),
          maxClassSize: Number(maxClassSize),
          // only a regional KKR training has a host room and a room notice
          ...(kkr ? { hostRoomId: hostRoomId || null } : {}),
        },
      });
      onSaved();
      return t('ctx.eventSaved');
    });
  };
  return (
    <form className="panel row-form" onSubmit={save} aria-labelledby="event-details-title">
      <h2 id="event-details-title">{t('ctx.eventDetails')}</h2>
      <p className="muted">{t(`ctx.eventKind.${event.kind}`)}</p>
      <div className="field">
        <label htmlFor="event-name">{t('ctx.name')}</label>
        <input
          id="event-name"
          maxLength={200}
          value={name}
          placeholder={t(`report.eventKind.${event.kind}`)}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="event-start">{t('ctx.startDate')}</label>
        <input id="event-start" type="date" required value={startDate} onChange={(e) => setStart(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="event-end">{t('ctx.endDate')}</label>
        <input id="event-end" type="date" required value={endDate} onChange={(e) => setEnd(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="event-max">{t('training.maxClass')}</label>
        <input id="event-max" type="number" min={1} required value={maxClassSize} onChange={(e) => setMax(e.target.value)} />
      </div>
      {kkr && (
        <>
          <div className="field">
            <label htmlFor="event-notice">{t('ctx.noticeDate')}</label>
            <input id="event-notice" type="date" value={noticeDate} onChange={(e) => setNotice(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="event-host">{t('ctx.hostRoom')}</label>
            <select id="event-host" value={hostRoomId} onChange={(e) => setHost(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {venues.data?.items.flatMap((v) =>
                v.rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {v.municipality.nameSq}: {v.name} · {r.name} ({r.seats})
                  </option>
                )),
              )}
            </select>
          </div>
        </>
      )}
      {event.warnings.length > 0 && <p className="explain">{event.warnings.join(' ')}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {t('common.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}

const DEFAULT_TIMES = { MORNING: { start: '09:00', end: '13:00' }, AFTERNOON: { start: '14:00', end: '18:00' } };

/** The shift times are written whole; the API does not read them back on the event, so the form starts from the usual day. */
function ShiftTimesForm({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const [times, setTimes] = useState(DEFAULT_TIMES);
  const [bringNote, setBringNote] = useState('');
  const { busy, error, notice, run } = useAction();
  const set = (shift: 'MORNING' | 'AFTERNOON', end: 'start' | 'end', value: string) =>
    setTimes((old) => ({ ...old, [shift]: { ...old[shift], [end]: value } }));
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api(`/training/events/${encodeURIComponent(eventId)}/session-times`, {
        method: 'PUT',
        json: { shiftTimes: times, bringNote: bringNote.trim() || null },
      });
      return t('ctx.timesSaved');
    });
  };
  const field = (shift: 'MORNING' | 'AFTERNOON', end: 'start' | 'end', label: string) => (
    <div className="field">
      <label htmlFor={`times-${shift}-${end}`}>{label}</label>
      <input
        id={`times-${shift}-${end}`}
        type="time"
        required
        value={times[shift][end]}
        onChange={(e) => set(shift, end, e.target.value)}
      />
    </div>
  );
  return (
    <form className="panel row-form" onSubmit={save} aria-labelledby="times-title">
      <h2 id="times-title">{t('ctx.sessionTimes')}</h2>
      {field('MORNING', 'start', t('ctx.morningStart'))}
      {field('MORNING', 'end', t('ctx.morningEnd'))}
      {field('AFTERNOON', 'start', t('ctx.afternoonStart'))}
      {field('AFTERNOON', 'end', t('ctx.afternoonEnd'))}
      <div className="field">
        <label htmlFor="times-bring">{t('ctx.bringNote')}</label>
        <input id="times-bring" maxLength={300} value={bringNote} onChange={(e) => setBringNote(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {t('common.save')}
      </button>
      {error && <ErrorPanel error={error} />}
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}
