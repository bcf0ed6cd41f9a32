import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, itemsOf, type Schema } from '../api';
import { useAction } from '../components/action';
import { CursorPager, useListParams } from '../components/cursor-list';
import { FileDrop } from '../components/file-drop';
import { asApiError, useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatCount, placeName } from '../format';
import { enumLabel, useI18n } from '../i18n';

const ITEM_STATUSES = ['IN_STORAGE', 'ISSUED', 'RETURNED', 'DAMAGED', 'LOST'] as const;
type Status = (typeof ITEM_STATUSES)[number];
const LIMIT = 50;
const FILTERS = ['municipality', 'type', 'status'] as const;

/** The municipalities of the API for a picker, named as the reader writes them. */
export function useMunicipalityOptions() {
  const { lang } = useI18n();
  const municipalities = useApiQuery('/geography/municipalities');
  return itemsOf(municipalities.data).map((m) => ({ code: m.code, name: placeName(m, lang) }));
}

/**
 * Logistics: every item in the inventory, filtered by municipality, type and status and searched
 * by the start of the serial, a page at a time (keyset by serial, all in the address); and the
 * registration of many serials at once from CSV rows `type_code,serial`.
 */
export function EquipmentItemsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const municipalities = useMunicipalityOptions();
  const types = useApiQuery('/equipment/item-types', { query: { limit: 200 } });
  const setFilter = (name: (typeof FILTERS)[number], value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('cursor');
        return next;
      },
      { replace: true },
    );

  return (
    <section aria-labelledby="eqi-title">
      <h1 id="eqi-title">{t('eqi.title')}</h1>
      <p>
        <Link to="/app/logistics/equipment/settings">{t('eqi.settingsLink')}</Link>
      </p>
      <section className="panel" aria-labelledby="eqi-list-title">
        <h2 id="eqi-list-title">{t('equipment.inventory')}</h2>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="eqi-mun">{t('common.municipality')}</label>
            <select id="eqi-mun" value={filter.municipality} onChange={(e) => setFilter('municipality', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="eqi-type">{t('equipment.type')}</label>
            <select id="eqi-type" value={filter.type} onChange={(e) => setFilter('type', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {itemsOf(types.data).map((ty) => (
                <option key={ty.code} value={ty.code}>
                  {ty.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="eqi-status">{t('common.status')}</label>
            <select id="eqi-status" value={filter.status} onChange={(e) => setFilter('status', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {ITEM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {enumLabel(t, 'itemStatus', s)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {/* a new filter starts again from the first page */}
        <ItemTable
          key={FILTERS.map((f) => filter[f]).join('|')}
          municipality={filter.municipality}
          type={filter.type}
          status={filter.status}
        />
      </section>
      <BulkRegistration municipalities={municipalities} />
    </section>
  );
}

function ItemTable({ municipality, type, status }: { municipality: string; type: string; status: string }) {
  const { t } = useI18n();
  const list = useListParams('', 'serial');
  const items = useApiQuery('/equipment/items', {
    query: {
      municipality: municipality || undefined,
      type: type || undefined,
      status: (status || undefined) as Status | undefined,
      serial: list.q || undefined,
      limit: LIMIT,
      cursor: list.cursor,
    },
  });
  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="eqi-serial">{t('eqi.serialStarts')}</label>
          <input id="eqi-serial" type="search" defaultValue={list.q} onChange={(e) => list.setQ(e.target.value)} />
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
                    <td className="code">
                      <Link to={`/app/logistics/equipment/items/${i.id}`}>{i.serial}</Link>
                    </td>
                    <td>{i.typeName}</td>
                    <td>{enumLabel(t, 'itemStatus', i.status)}</td>
                    <td>{i.location.municipalityCode ?? t('eqi.centralStore')}</td>
                    <td>{i.storageRoom?.name ?? t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CursorPager page={items.data} limit={LIMIT} list={list} />
          {items.data.total === 0 && <p className="muted">{t('eqi.none')}</p>}
        </>
      )}
    </>
  );
}

/** Paste or upload rows `type_code,serial`; all or nothing, refused rows named by their line. */
function BulkRegistration({ municipalities }: { municipalities: readonly { code: string; name: string }[] }) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [municipality, setMunicipality] = useState('');

  const register = () =>
    void action.run(async () => {
      const pasted = file ? null : withHeader(text);
      const body = pasted ? pasted.csv : file ? await file.text() : '';
      const r = await api<Schema<'BulkItemsResult'>>('/equipment/items/bulk', {
        method: 'POST',
        query: { municipalityCode: municipality || undefined },
        raw: { body, contentType: 'text/csv' },
      }).catch((err: unknown) => {
        // a header the console added is no row of the reader's: their first row is row 1
        const e = asApiError(err);
        if (!pasted?.added) throw e;
        throw new ApiError(
          e.status,
          e.code,
          e.message,
          e.details.map((d) => (d.row === undefined ? d : { ...d, row: d.row - 1 })),
          e.requestId,
        );
      });
      setText('');
      setFile(null);
      return t('eqi.registered', { n: r.created, count: formatCount(r.created, lang) });
    });

  return (
    <section className="panel" aria-labelledby="eqi-bulk-title">
      <h2 id="eqi-bulk-title">{t('eqi.bulkTitle')}</h2>
      <p className="muted">{t('eqi.bulkHelp')}</p>
      <div className="field">
        <label htmlFor="eqi-bulk-mun">{t('eqi.bulkWhere')}</label>
        <select id="eqi-bulk-mun" value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
          <option value="">{t('eqi.centralStore')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="eqi-bulk-rows">{t('eqi.bulkRows')}</label>
        <textarea id="eqi-bulk-rows" rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder="TABLET,SN-0001" />
      </div>
      <FileDrop id="eqi-bulk-file" file={file} onFile={setFile} accept=".csv,text/csv" />
      <button type="button" className="primary" disabled={action.busy || (!file && !text.trim())} onClick={register}>
        {t('eqi.bulkRegister')}
      </button>
      {action.error && <ErrorPanel error={action.error} />}
      {action.notice && <Notice>{action.notice}</Notice>}
    </section>
  );
}

/** Pasted rows get the header the API reads unless they carry it. */
function withHeader(text: string): { csv: string; added: boolean } {
  const rows = text.trim();
  const hasHeader = /^\s*type_code\s*[,;]\s*serial\s*$/i.test(rows.split(/\r?\n/)[0] ?? '');
  return hasHeader ? { csv: `${rows}\n`, added: false } : { csv: `type_code,serial\n${rows}\n`, added: true };
}
