import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { request, type Answer, type ItemOf } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatDay, formatMoney, placeName } from '../format';
import { useI18n, type Translate } from '../i18n';

type Municipality = ItemOf<Answer<'/geography/municipalities'>>;
const LIMIT = 50;

/** Serials as typed or pasted: one per line, or separated by commas or spaces. */
const serialsOf = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function MunicipalitySelect(props: {
  id: string;
  value: string;
  onChange: (code: string) => void;
  municipalities: readonly Municipality[];
  empty: string;
}) {
  const { lang } = useI18n();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.empty}</option>
      {props.municipalities.map((m) => (
        <option key={m.code} value={m.code}>
          {placeName(m, lang)}
        </option>
      ))}
    </select>
  );
}

/**
 * Deliveries from the ASK store into municipalities: the list (newest first, by municipality)
 * and, for ADMIN and LOGISTICS, a delivery recorded by serials. Items delivered leave the ASK
 * store, so the step asks first.
 */
export function Deliveries({
  municipalities,
  canDeliver,
  onDelivered,
}: {
  municipalities: readonly Municipality[];
  canDeliver: boolean;
  /** the items moved: lists of them load again */
  onDelivered: () => void;
}) {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const pages = useCursorPages();
  const [filter, setFilter] = useState('');
  const list = useApiQuery('/equipment/deliveries', { query: { municipality: filter || undefined, limit: LIMIT, cursor: pages.cursor } });
  const [mun, setMun] = useState('');
  const [room, setRoom] = useState('');
  const [day, setDay] = useState('');
  const [serials, setSerials] = useState('');
  const [note, setNote] = useState('');
  const rooms = useApiQuery(
    '/equipment/municipalities/{code}/storage-rooms',
    { path: { code: mun }, query: { limit: 100 } },
    { enabled: mun !== '' },
  );
  const action = useAction();
  const nameOf = (code: string) => {
    const m = municipalities.find((x) => x.code === code);
    return m ? placeName(m, lang) : code;
  };

  async function deliver(e: FormEvent) {
    e.preventDefault();
    const list = serialsOf(serials);
    const ok = await confirm({
      title: t('delivery.confirmTitle'),
      body: t('delivery.confirmBody', { count: list.length, municipality: nameOf(mun) }),
      confirm: t('delivery.record'),
    });
    if (!ok) return;
    await action.run(async () => {
      const done = await request('post', '/equipment/deliveries', {
        json: {
          municipalityCode: mun,
          serials: list,
          ...(room ? { storageRoomId: room } : {}),
          ...(day ? { deliveredOn: day } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      });
      setSerials('');
      setNote('');
      onDelivered();
      return t('delivery.recorded', { count: done.items, municipality: nameOf(done.municipalityCode) });
    });
  }

  return (
    <section className="panel" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t('delivery.title')}</h2>
      {canDeliver && (
        <form className="stack" onSubmit={(e) => void deliver(e)} aria-labelledby="delivery-new-title">
          <h3 id="delivery-new-title">{t('delivery.new')}</h3>
          <div className="row-form">
            <div className="field">
              <label htmlFor="delivery-mun">{t('common.municipality')}</label>
              <MunicipalitySelect
                id="delivery-mun"
                value={mun}
                onChange={(c) => {
                  setMun(c);
                  setRoom('');
                }}
                municipalities={municipalities}
                empty={t('common.none')}
              />
            </div>
            <div className="field">
              <label htmlFor="delivery-room">{t('equipment.storageRoom')}</label>
              <select id="delivery-room" value={room} onChange={(e) => setRoom(e.target.value)} disabled={!mun}>
                <option value="">{t('common.none')}</option>
                {rooms.data?.items.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="delivery-day">{t('delivery.day')}</label>
              <input id="delivery-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </div>
          </div>
          <p className="muted">{t('delivery.dayHelp')}</p>
          <label htmlFor="delivery-serials">{t('equipment.serials')}</label>
          <textarea
            id="delivery-serials"
            rows={4}
            value={serials}
            onChange={(e) => setSerials(e.target.value)}
            aria-describedby="delivery-serials-help"
          />
          <p className="muted" id="delivery-serials-help">
            {t('delivery.serialsHelp')}
          </p>
          <label htmlFor="delivery-note">{t('delivery.note')}</label>
          <input id="delivery-note" value={note} onChange={(e) => setNote(e.target.value)} />
          <div>
            <button type="submit" className="primary" disabled={action.busy || !mun || serialsOf(serials).length === 0}>
              {t('delivery.record')}
            </button>
          </div>
          {action.notice && <Notice>{action.notice}</Notice>}
          {action.error && <ErrorPanel error={action.error} />}
        </form>
      )}
      <div className="toolbar">
        <label htmlFor="deliveries-mun">{t('common.municipality')}</label>
        <MunicipalitySelect
          id="deliveries-mun"
          value={filter}
          onChange={(c) => {
            setFilter(c);
            pages.reset();
          }}
          municipalities={municipalities}
          empty={t('common.all')}
        />
      </div>
      {list.error && <ErrorPanel error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="muted">{t('common.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table aria-labelledby="deliveries-title" className="deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('delivery.day')}</th>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col">{t('delivery.items')}</th>
                  <th scope="col">{t('delivery.note')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>{formatDay(d.deliveredOn, lang)}</td>
                    <td>{nameOf(d.municipalityCode)}</td>
                    <td>
                      {Object.entries(d.itemsByType)
                        .map(([type, n]) => `${n} × ${type}`)
                        .join(', ')}
                    </td>
                    <td>{d.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager
            pages={pages}
            limit={LIMIT}
            shown={list.data.items.length}
            total={list.data.total}
            nextCursor={list.data.nextCursor}
          />
        </>
      )}
    </section>
  );
}

/** A municipality's storage rooms, and a room added (deliveries and items name them). */
export function StorageRooms({ municipalities }: { municipalities: readonly Municipality[] }) {
  const { t } = useI18n();
  const [mun, setMun] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const rooms = useApiQuery(
    '/equipment/municipalities/{code}/storage-rooms',
    { path: { code: mun }, query: { limit: 100 } },
    { enabled: mun !== '' },
  );
  const action = useAction();
  async function add(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      await request('post', '/equipment/municipalities/{code}/storage-rooms', {
        path: { code: mun },
        json: { name: name.trim(), ...(address.trim() ? { address: address.trim() } : {}) },
      });
      setName('');
      setAddress('');
      rooms.reload();
      return t('storage.added');
    });
  }
  return (
    <section className="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <div className="toolbar">
        <label htmlFor="storage-mun">{t('common.municipality')}</label>
        <MunicipalitySelect id="storage-mun" value={mun} onChange={setMun} municipalities={municipalities} empty={t('common.none')} />
      </div>
      {mun && rooms.error && <ErrorPanel error={rooms.error} />}
      {mun && rooms.data && (
        <>
          {rooms.data.items.length === 0 ? (
            <p className="muted">{t('common.empty')}</p>
          ) : (
            <ul>
              {rooms.data.items.map((r) => (
                <li key={r.id}>
                  <strong>{r.name}</strong>
                  {r.address ? ` · ${r.address}` : ''}
                </li>
              ))}
            </ul>
          )}
          <form className="row-form" onSubmit={(e) => void add(e)} aria-label={t('storage.add')}>
            <div className="field">
              <label htmlFor="storage-name">{t('storage.name')}</label>
              <input id="storage-name" required value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="storage-address">{t('storage.address')}</label>
              <input id="storage-address" value={address} onChange={(e) => setAddress(e.target.value)} />
            </div>
            <div>
              <button type="submit" disabled={action.busy || !name.trim()}>
                {t('storage.add')}
              </button>
            </div>
          </form>
          {action.notice && <Notice>{action.notice}</Notice>}
          {action.error && <ErrorPanel error={action.error} />}
        </>
      )}
    </section>
  );
}

const reasonText = (t: Translate, reason: string): string =>
  reason === 'DAMAGED' ? t('chargeback.damaged') : reason === 'NOT_RETURNED' ? t('chargeback.notReturned') : reason;

/** What people owe for equipment not returned or returned damaged, and the items without a price. */
export function Chargebacks({ municipalities }: { municipalities: readonly Municipality[] }) {
  const { t, lang } = useI18n();
  const report = useApiQuery('/equipment/chargebacks');
  const nameOf = (code: string | null) => {
    const m = municipalities.find((x) => x.code === code);
    return m ? placeName(m, lang) : (code ?? '');
  };
  const person = (id: string, name: string | null) => <Link to={`/app/staff/${encodeURIComponent(id)}`}>{name ?? id}</Link>;
  return (
    <section className="panel" aria-labelledby="chargebacks-title">
      <h2 id="chargebacks-title">{t('chargeback.title')}</h2>
      {report.error && <ErrorPanel error={report.error} />}
      {!report.data && !report.error && <Loading />}
      {report.data && report.data.charges.length === 0 && <p className="muted">{t('chargeback.none')}</p>}
      {report.data && report.data.charges.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="chargebacks-title">
            <thead>
              <tr>
                <th scope="col">{t('run.person')}</th>
                <th scope="col">{t('common.municipality')}</th>
                <th scope="col">{t('equipment.serial')}</th>
                <th scope="col">{t('chargeback.reason')}</th>
                <th scope="col">{t('chargeback.pricedOn')}</th>
                <th scope="col" className="num">
                  {t('chargeback.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.data.charges.map((c) => (
                <tr key={c.serial}>
                  <td>{person(c.staffId, c.fullName)}</td>
                  <td>{nameOf(c.municipalityCode)}</td>
                  <td className="code">
                    {c.serial} · {c.typeCode}
                  </td>
                  <td>{reasonText(t, c.reason)}</td>
                  <td>{formatDay(c.pricedOn, lang)}</td>
                  <td className="num">{formatMoney(c.amount, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.data && report.data.unpriced.length > 0 && (
        <>
          <h3 id="unpriced-title">{t('chargeback.unpriced')}</h3>
          <p className="muted">{t('chargeback.unpricedHelp')}</p>
          <div className="table-wrap">
            <table aria-labelledby="unpriced-title">
              <thead>
                <tr>
                  <th scope="col">{t('run.person')}</th>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col">{t('equipment.serial')}</th>
                  <th scope="col">{t('chargeback.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.unpriced.map((u) => (
                  <tr key={u.serial}>
                    <td>{person(u.staffId, u.fullName)}</td>
                    <td>{nameOf(u.municipalityCode)}</td>
                    <td className="code">
                      {u.serial} · {u.typeCode}
                    </td>
                    <td data-code={u.reason.code}>{u.reason.text ?? u.reason.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
