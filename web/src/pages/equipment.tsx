import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, type ApiError } from '../api';
import { asApiError, useLoad } from '../components/load';
import { ErrorPanel, Loading } from '../components/ui';
import { useI18n } from '../i18n';
import type { Municipality, Page } from '../pay-run-types';
import type { DistributionPlan, Item, ItemType, Kit } from '../ops-types';
import { DistributionPlanList } from './distribution-plan';
import { Chargebacks, Deliveries, StorageRooms } from './equipment-deliveries';
import { useMe } from '../session';

const STATUSES = ['IN_STORAGE', 'ISSUED', 'RETURNED', 'DAMAGED', 'LOST'] as const;
const LIMIT = 50;

/** A page of items: `nextCursor` asks for the next one (keyset by serial). */
type ItemPage = Page<Item> & { readonly nextCursor: string | null };

/** Previous / next over cursor pages: `page` counts from 0, `onPrevious` goes back one cursor. */
function CursorPager(props: {
  page: number;
  shown: number;
  total: number;
  nextCursor: string | null;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
}) {
  const { t } = useI18n();
  const { page, shown, total, nextCursor } = props;
  if (page === 0 && nextCursor === null) return null;
  const from = page * LIMIT + 1;
  return (
    <div className="pager">
      <button type="button" disabled={page === 0} onClick={props.onPrevious}>
        {t('common.previous')}
      </button>
      <span>{t('common.page', { from, to: from + shown - 1, total })}</span>
      <button type="button" disabled={nextCursor === null} onClick={() => nextCursor && props.onNext(nextCursor)}>
        {t('common.next')}
      </button>
    </div>
  );
}

/** Logistics: the inventory (filter by municipality, type, status, serial), kits per role, distribution plans per municipality. */
export function EquipmentPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useMe();
  const [mun, setMun] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [serial, setSerial] = useState('');
  // The cursors of the pages before the one shown (empty: the first page).
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const items = useLoad(
    () => api<ItemPage>('/equipment/items', { query: { municipality: mun, type, status, serial, limit: LIMIT, cursor } }),
    [mun, type, status, serial, cursor],
  );
  const types = useLoad(() => api<ItemType[] | Page<ItemType>>('/equipment/item-types'), []);
  const kits = useLoad(() => api<Kit[] | Page<Kit>>('/equipment/kits'), []);
  const municipalities = useLoad(() => api<{ items: Municipality[] }>('/geography/municipalities'), []);
  const [planMun, setPlanMun] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const typeList = types.data ? ('items' in types.data ? types.data.items : types.data) : [];
  const kitList = kits.data ? ('items' in kits.data ? kits.data.items : kits.data) : [];

  function generate() {
    setBusy(true);
    setError(null);
    api<DistributionPlan>(`/equipment/municipalities/${encodeURIComponent(planMun)}/distribution-plans`, { method: 'POST', json: {} }).then(
      (plan) => void navigate(`/app/equipment/plans/${plan.id}`),
      (err: unknown) => {
        setError(asApiError(err));
        setBusy(false);
      },
    );
  }

  return (
    <section aria-labelledby="equipment-title">
      <h1 id="equipment-title">{t('equipment.title')}</h1>
      <p>
        <a href="/app/logistics/equipment/items">{t('eqi.itemsLink')}</a>
      </p>

      <section className="panel" aria-labelledby="dist-title">
        <h2 id="dist-title">{t('equipment.plans')}</h2>
        <div className="toolbar">
          <label htmlFor="dist-mun">{t('common.municipality')}</label>
          <select id="dist-mun" value={planMun} onChange={(e) => setPlanMun(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {municipalities.data?.items.map((m) => (
              <option key={m.code} value={m.code}>
                {m.nameSq} / {m.nameSr}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy || !planMun} onClick={generate}>
            {t('equipment.generate')}
          </button>
        </div>
        {error && <ErrorPanel error={error} />}
        {planMun && <DistributionPlanList code={planMun} />}
      </section>

      <Deliveries
        municipalities={municipalities.data?.items ?? []}
        canDeliver={me.role === 'ADMIN' || me.role === 'LOGISTICS'}
        onDelivered={items.reload}
      />
      <StorageRooms municipalities={municipalities.data?.items ?? []} />
      <Chargebacks municipalities={municipalities.data?.items ?? []} />

      <section className="panel" aria-labelledby="kits-title">
        <h2 id="kits-title">{t('equipment.kits')}</h2>
        {kits.error && <ErrorPanel error={kits.error} />}
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('equipment.role')}</th>
                <th scope="col">{t('equipment.kit')}</th>
              </tr>
            </thead>
            <tbody>
              {kitList.map((k) => (
                <tr key={k.role}>
                  <td>{k.role}</td>
                  <td>{k.lines.map((l) => `${l.quantity} × ${l.typeCode}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="items-title">
        <h2 id="items-title">{t('equipment.inventory')}</h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="items-mun">{t('common.municipality')}</label>
            <select
              id="items-mun"
              value={mun}
              onChange={(e) => {
                setMun(e.target.value);
                setCursors([]);
              }}
            >
              <option value="">{t('common.all')}</option>
              {municipalities.data?.items.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.nameSq}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="items-type">{t('equipment.type')}</label>
            <select
              id="items-type"
              value={type}
              onChange={(e) => {
                setType(e.target.value);
                setCursors([]);
              }}
            >
              <option value="">{t('common.all')}</option>
              {typeList.map((ty) => (
                <option key={ty.code} value={ty.code}>
                  {ty.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="items-status">{t('common.status')}</label>
            <select
              id="items-status"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value);
                setCursors([]);
              }}
            >
              <option value="">{t('common.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`itemStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="items-serial">{t('equipment.serial')}</label>
            <input
              id="items-serial"
              value={serial}
              onChange={(e) => {
                setSerial(e.target.value);
                setCursors([]);
              }}
            />
          </div>
        </div>
        {items.loading && !items.data && <Loading />}
        {items.error && <ErrorPanel error={items.error} />}
        {items.data && (
          <>
            <p className="muted">{t('equipment.count', { total: items.data.total })}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('equipment.serial')}</th>
                    <th scope="col">{t('equipment.type')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('equipment.store')}</th>
                    <th scope="col">{t('equipment.storageRoom')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.data.items.map((i) => (
                    <tr key={i.id}>
                      <td className="code">{i.serial}</td>
                      <td>{i.typeName}</td>
                      <td>
                        {STATUSES.includes(i.status as (typeof STATUSES)[number])
                          ? t(`itemStatus.${i.status as (typeof STATUSES)[number]}`)
                          : i.status}
                      </td>
                      <td>{i.location.municipalityCode ?? 'ASK'}</td>
                      <td>{i.storageRoom?.name ?? t('common.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager
              page={cursors.length}
              shown={items.data.items.length}
              total={items.data.total}
              nextCursor={items.data.nextCursor}
              onPrevious={() => setCursors((c) => c.slice(0, -1))}
              onNext={(next) => setCursors((c) => [...c, next])}
            />
          </>
        )}
      </section>
    </section>
  );
}
