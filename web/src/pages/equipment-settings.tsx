import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { itemsOf, request, type Schema } from '../api';
import { useAction } from '../components/action';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading, Notice } from '../components/ui';
import { formatDay, formatMoney } from '../format';
import { enumLabel, useI18n } from '../i18n';
import { useMunicipalityOptions } from './equipment-items';

type Kit = Schema<'Kit'>;
type ItemType = Schema<'ItemType'>;

/** Logistics' reference settings: the kit of each role, the charge-back tariffs, a municipality's spare percentage. */
export function EquipmentSettingsPage() {
  const { t } = useI18n();
  const kits = useApiQuery('/equipment/kits');
  const types = useApiQuery('/equipment/item-types', { query: { limit: 200 } });
  const typeList = itemsOf(types.data);
  return (
    <section aria-labelledby="eqs-title">
      <h1 id="eqs-title">{t('eqs.title')}</h1>
      <section className="panel" aria-labelledby="eqs-kits-title">
        <h2 id="eqs-kits-title">{t('equipment.kits')}</h2>
        {kits.error && <ErrorPanel error={kits.error} />}
        {!kits.data && !kits.error && <Loading />}
        {itemsOf(kits.data).map((k) => (
          // keyed by role only: the reload after a save keeps the form and its notice
          <KitEditor key={k.role} kit={k} types={typeList} />
        ))}
      </section>
      <Tariffs types={typeList} />
      <SpareSettings />
    </section>
  );
}

function KitEditor({ kit, types }: { kit: Kit; types: readonly ItemType[] }) {
  const { t } = useI18n();
  const action = useAction();
  const [lines, setLines] = useState(kit.lines.map((l) => ({ ...l })));
  const role = enumLabel(t, 'kind', kit.role);
  const id = `eqs-kit-${kit.role.toLowerCase()}`;
  const set = (i: number, change: Partial<{ typeCode: string; quantity: number }>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const save = () =>
    void action.run(async () => {
      await request('put', '/equipment/kits/{role}', { path: { role: kit.role }, json: { lines } });
      return t('eqs.kitSaved', { role });
    });
  return (
    <fieldset className="kit-editor">
      <legend>
        {role}
        {kit.isDefault && <span className="muted"> ({t('eqs.kitDefault')})</span>}
      </legend>
      {lines.map((l, i) => (
        <div className="toolbar" key={i}>
          <div className="field">
            <label htmlFor={`${id}-type-${i}`}>{t('eqs.kitLineType', { n: i + 1 })}</label>
            <select id={`${id}-type-${i}`} value={l.typeCode} onChange={(e) => set(i, { typeCode: e.target.value })}>
              {types.map((ty) => (
                <option key={ty.code} value={ty.code}>
                  {ty.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-qty-${i}`}>{t('eqs.quantity')}</label>
            <input
              id={`${id}-qty-${i}`}
              type="number"
              min={1}
              max={10}
              value={l.quantity}
              onChange={(e) => set(i, { quantity: Number(e.target.value) })}
            />
          </div>
          <button
            type="button"
            onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
            aria-label={t('eqs.removeLine', { n: i + 1, role })}
          >
            {t('eqs.remove')}
          </button>
        </div>
      ))}
      <div className="toolbar">
        <button
          type="button"
          disabled={types.length === 0}
          onClick={() => setLines((ls) => [...ls, { typeCode: types[0]?.code ?? '', quantity: 1 }])}
        >
          {t('eqs.addLine')}
        </button>
        <button type="button" className="primary" disabled={action.busy} onClick={save}>
          {t('eqs.saveKit', { role })}
        </button>
      </div>
      {action.error && <ErrorPanel error={action.error} />}
      {action.notice && <Notice>{action.notice}</Notice>}
    </fieldset>
  );
}

/** Charge-back tariff versions (amount per type for a LOST and a DAMAGED item) and the next version. */
function Tariffs({ types }: { types: readonly ItemType[] }) {
  const { t, lang } = useI18n();
  const tariffs = useApiQuery('/equipment/chargeback-tariffs', { query: { limit: 100 } });
  const action = useAction();
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [rates, setRates] = useState<Record<string, { lost: string; damaged: string }>>({});
  const amount = (s: string) => s.trim().replace(',', '.');
  const add = () =>
    void action.run(async () => {
      const filled = types.filter((ty) => rates[ty.code]?.lost.trim() || rates[ty.code]?.damaged.trim());
      const created = await request('post', '/equipment/chargeback-tariffs', {
        json: {
          name,
          effectiveFrom: from,
          rates: filled.map((ty) => ({
            typeCode: ty.code,
            lost: amount(rates[ty.code]?.lost ?? ''),
            damaged: amount(rates[ty.code]?.damaged ?? ''),
          })),
        },
      });
      setName('');
      setFrom('');
      setRates({});
      return t('eqs.tariffCreated', { version: created.version });
    });
  const setRate = (code: string, kind: 'lost' | 'damaged', value: string) =>
    setRates((r) => ({ ...r, [code]: { lost: r[code]?.lost ?? '', damaged: r[code]?.damaged ?? '', [kind]: value } }));

  return (
    <section className="panel" aria-labelledby="eqs-tariffs-title">
      <h2 id="eqs-tariffs-title">{t('eqs.tariffs')}</h2>
      {tariffs.error && <ErrorPanel error={tariffs.error} />}
      {itemsOf(tariffs.data).length === 0 && tariffs.data && <p className="muted">{t('eqs.noTariffs')}</p>}
      {itemsOf(tariffs.data).map((v) => (
        <div key={v.id}>
          <h3>{t('eqs.tariffVersion', { version: v.version, name: v.name, from: formatDay(v.effectiveFrom, lang) })}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('equipment.type')}</th>
                  <th scope="col">{t('eqs.lost')}</th>
                  <th scope="col">{t('eqs.damaged')}</th>
                </tr>
              </thead>
              <tbody>
                {v.rates.map((r) => (
                  <tr key={r.typeCode}>
                    <td>{r.typeName}</td>
                    <td className="num">{formatMoney(r.lost, lang)}</td>
                    <td className="num">{formatMoney(r.damaged, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      <h3>{t('eqs.newTariff')}</h3>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="eqs-tariff-name">{t('eqs.tariffName')}</label>
          <input id="eqs-tariff-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="eqs-tariff-from">{t('eqs.effectiveFrom')}</label>
          <input id="eqs-tariff-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('equipment.type')}</th>
              <th scope="col">{t('eqs.lost')}</th>
              <th scope="col">{t('eqs.damaged')}</th>
            </tr>
          </thead>
          <tbody>
            {types.map((ty) => (
              <tr key={ty.code}>
                <td>{ty.name}</td>
                <td>
                  <input
                    inputMode="decimal"
                    size={8}
                    aria-label={t('eqs.rateLabel', { type: ty.name, kind: t('eqs.lost') })}
                    value={rates[ty.code]?.lost ?? ''}
                    onChange={(e) => setRate(ty.code, 'lost', e.target.value)}
                  />
                </td>
                <td>
                  <input
                    inputMode="decimal"
                    size={8}
                    aria-label={t('eqs.rateLabel', { type: ty.name, kind: t('eqs.damaged') })}
                    value={rates[ty.code]?.damaged ?? ''}
                    onChange={(e) => setRate(ty.code, 'damaged', e.target.value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="primary" disabled={action.busy || !name.trim() || !from} onClick={add}>
        {t('eqs.addTariff')}
      </button>
      {action.error && <ErrorPanel error={action.error} />}
      {action.notice && <Notice>{action.notice}</Notice>}
    </section>
  );
}

/** A municipality's spare percentage, the municipality picked in the address (`?municipality=`). */
function SpareSettings() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get('municipality') ?? '';
  const municipalities = useMunicipalityOptions();
  const settings = useApiQuery('/equipment/municipalities/{code}/equipment-settings', { path: { code } }, { enabled: code !== '' });
  return (
    <section className="panel" aria-labelledby="eqs-spare-title">
      <h2 id="eqs-spare-title">{t('eqs.spareTitle')}</h2>
      <div className="field">
        <label htmlFor="eqs-spare-mun">{t('common.municipality')}</label>
        <select
          id="eqs-spare-mun"
          value={code}
          onChange={(e) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                if (e.target.value) next.set('municipality', e.target.value);
                else next.delete('municipality');
                return next;
              },
              { replace: true },
            )
          }
        >
          <option value="">{t('common.none')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      {settings.error && <ErrorPanel error={settings.error} />}
      {code && settings.data && <SpareForm key={code} settings={settings.data} />}
    </section>
  );
}

function SpareForm({ settings }: { settings: Schema<'EquipmentSettings'> }) {
  const { t } = useI18n();
  const action = useAction();
  const [value, setValue] = useState(String(settings.sparePercent));
  const save = () =>
    void action.run(async () => {
      const r = await request('put', '/equipment/municipalities/{code}/equipment-settings', {
        path: { code: settings.municipalityCode },
        json: { sparePercent: Number(value) },
      });
      return t('eqs.spareSaved', { percent: r.sparePercent });
    });
  return (
    <>
      <p className="muted">{settings.isDefault ? t('eqs.spareDefault') : t('eqs.spareRule')}</p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="eqs-spare">{t('eqs.sparePercent')}</label>
          <input id="eqs-spare" type="number" min={0} max={100} value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        <button type="button" className="primary" disabled={action.busy || value.trim() === ''} onClick={save}>
          {t('eqs.spareSave')}
        </button>
      </div>
      {action.error && <ErrorPanel error={action.error} />}
      {action.notice && <Notice>{action.notice}</Notice>}
    </>
  );
}
