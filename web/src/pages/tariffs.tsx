import { useEffect, useState, type FormEvent } from 'react';
import { formatCents, lineAmount, toRateUnits } from '../../../src/common/money/money';
import { api, type Answer } from '../api';
import { useAction } from '../components/action';
import { useConfirm } from '../components/confirm';
import { useLoad } from '../components/load';
import { ErrorPanel, formatDateTime, Loading, Notice } from '../components/ui';
import { formatCount, formatDay, formatMoney } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { useMe } from '../session';
import { CensusFilter } from './censuses';

/** A tariff version as the API answers it: amounts "600.00", rates "0.3000", dates YYYY-MM-DD. */
export type Tariff = Answer<'/payroll/tariffs/{id}'>;

const UNITS = [
  ['BUILDING', 'rateBuilding'],
  ['DWELLING', 'rateDwelling'],
  ['HOUSEHOLD', 'rateHousehold'],
  ['INDIVIDUAL', 'rateIndividual'],
  ['DIASPORA', 'rateDiaspora'],
] as const;

const AMOUNT_FIELDS = ['supervisorMonthly', 'prepAmount', ...UNITS.map(([, f]) => f), 'taxPercent'] as const;
type AmountField = (typeof AMOUNT_FIELDS)[number];

/** A rate "0.8000" as the reader writes a price: at least two decimals, the rest only where they count. */
const rateText = (rate: string, lang: Parameters<typeof formatMoney>[1]): string => formatMoney(rate, lang, 'EUR', 4);

/**
 * Tariffs: every version of the selected census with its amounts, the pay periods and each
 * unit rate with a worked line (count × rate = amount, rounded by the one rounding rule pay
 * uses). ADMIN and FINANCE create the next version from the selected one; versions are never
 * edited.
 */
export function TariffsPage() {
  const { t, lang, locale } = useI18n();
  const me = useMe();
  const ask = useConfirm();
  const mayCreate = me.role === 'ADMIN' || me.role === 'FINANCE';
  const [census, setCensus] = useState('');
  const list = useLoad(
    () => api<{ items: Tariff[]; total: number }>('/payroll/tariffs', { query: { census: census || undefined, limit: 100 } }),
    [census],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const current = list.data?.items.find((x) => x.id === selectedId) ?? list.data?.items[0];
  const [count, setCount] = useState(100);
  const { busy, error, notice, run } = useAction();
  const [name, setName] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [amounts, setAmounts] = useState<Record<AmountField, string>>(
    () => Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, ''])) as Record<AmountField, string>,
  );

  // The form starts from the version on screen.
  useEffect(() => {
    if (!current) return;
    setName(current.name);
    setEffectiveFrom(current.effectiveFrom);
    setAmounts(Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, current[f]])) as Record<AmountField, string>);
  }, [current]);

  async function create(e: FormEvent) {
    e.preventDefault();
    const ok = await ask({
      title: t('tariffs.confirmTitle'),
      body: t('tariffs.confirmBody', { name, date: formatDay(effectiveFrom, lang) }),
      confirm: t('tariffs.save'),
    });
    if (!ok) return;
    await run(async () => {
      const created = await api<Tariff>('/payroll/tariffs', {
        method: 'POST',
        // Amounts as the API writes them: a decimal point, whatever the reader typed.
        json: {
          name,
          effectiveFrom,
          ...Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, amounts[f].trim().replace(',', '.')])),
          ...(census ? { census } : {}),
        },
      });
      list.reload();
      setSelectedId(created.id);
      return t('tariffs.created.notice', { version: created.version });
    });
  }

  const perUnit = (rate: string) => formatCents(lineAmount(count, toRateUnits(rate)));

  return (
    <section aria-labelledby="tariffs-title">
      <h1 id="tariffs-title">{t('tariffs.title')}</h1>
      <p className="muted">{t('tariffs.intro')}</p>
      <div className="row-form">
        <div className="field">
          <CensusFilter id="tariffs-census" value={census} onChange={setCensus} />
        </div>
      </div>
      {list.error && <ErrorPanel error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p>{t('tariffs.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('tariffs.version')}</th>
                <th scope="col">{t('tariffs.name')}</th>
                <th scope="col">{t('tariffs.effectiveFrom')}</th>
                <th scope="col">{t('tariffs.created')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((x) => (
                <tr key={x.id} aria-current={x.id === current?.id ? 'true' : undefined}>
                  <td>{x.version}</td>
                  <td>{x.name}</td>
                  <td>{formatDay(x.effectiveFrom, lang)}</td>
                  <td>{formatDateTime(x.createdAt, locale)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setSelectedId(x.id)}
                      aria-label={`${t('census.open')} ${t('tariffs.version')} ${x.version}`}
                    >
                      {t('census.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <>
          <h2>{t('tariffs.detail', { version: current.version, name: current.name })}</h2>
          <dl className="figures">
            <dt>{t('tariffs.supervisorMonthly')}</dt>
            <dd>{formatMoney(current.supervisorMonthly, lang)}</dd>
            <dt>{t('tariffs.payMonths')}</dt>
            <dd>{current.payMonths.map((m) => `${formatDay(m.from, lang)} – ${formatDay(m.to, lang)}`).join('; ')}</dd>
            <dt>{t('tariffs.prep')}</dt>
            <dd>{formatMoney(current.prepAmount, lang)}</dd>
            <dt>{t('tariffs.prepWindow')}</dt>
            <dd>
              {formatDay(current.prepFrom, lang)} – {formatDay(current.prepTo, lang)}
            </dd>
            <dt>{t('tariffs.interview')}</dt>
            <dd>
              {formatDay(current.interviewFrom, lang)} – {formatDay(current.interviewTo, lang)}
            </dd>
            <dt>{t('tariffs.tax')}</dt>
            <dd>{current.taxPercent} %</dd>
          </dl>
          <h3>{t('tariffs.rates')}</h3>
          <div className="field">
            <label htmlFor="tariffs-count">{t('tariffs.exampleCount')}</label>
            <input
              id="tariffs-count"
              type="number"
              min={0}
              max={1_000_000}
              step={1}
              value={count}
              onChange={(e) => setCount(Math.max(0, Math.min(1_000_000, Math.trunc(Number(e.target.value) || 0))))}
            />
          </div>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('tariffs.unit')}</th>
                  <th scope="col">{t('tariffs.rate')}</th>
                  <th scope="col">{t('tariffs.example')}</th>
                </tr>
              </thead>
              <tbody>
                {UNITS.map(([unit, field]) => (
                  <tr key={unit}>
                    <td>{t(`tariffs.unit.${unit}` as MessageKey)}</td>
                    <td className="num">{rateText(current[field], lang)}</td>
                    <td className="num">
                      {t('tariffs.arithmetic', {
                        count: formatCount(count, lang),
                        rate: rateText(current[field], lang),
                        amount: formatMoney(perUnit(current[field]), lang),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('tariffs.rounding')}</p>
        </>
      )}
      {mayCreate && (list.data?.items.length ?? 0) > 0 && (
        <form className="panel row-form" onSubmit={(e) => void create(e)} aria-labelledby="tariffs-create-title">
          <h2 id="tariffs-create-title">{t('tariffs.create')}</h2>
          <p className="muted">{t('tariffs.createHint')}</p>
          <div className="field">
            <label htmlFor="tariff-name">{t('tariffs.name')}</label>
            <input id="tariff-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="tariff-from">{t('tariffs.effectiveFrom')}</label>
            <input id="tariff-from" type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} required />
          </div>
          {AMOUNT_FIELDS.map((f) => {
            const unit = UNITS.find(([, field]) => field === f)?.[0];
            const label =
              f === 'supervisorMonthly'
                ? t('tariffs.supervisorMonthly')
                : f === 'prepAmount'
                  ? t('tariffs.prep')
                  : f === 'taxPercent'
                    ? t('tariffs.tax')
                    : t(`tariffs.unit.${unit ?? 'BUILDING'}` as MessageKey);
            return (
              <div className="field" key={f}>
                <label htmlFor={`tariff-${f}`}>{label}</label>
                <input
                  id={`tariff-${f}`}
                  inputMode="decimal"
                  value={amounts[f]}
                  onChange={(e) => setAmounts((a) => ({ ...a, [f]: e.target.value }))}
                  required
                />
              </div>
            );
          })}
          <button type="submit" className="primary" disabled={busy}>
            {t('tariffs.save')}
          </button>
          {error && <ErrorPanel error={error} />}
          {notice && <Notice>{notice}</Notice>}
        </form>
      )}
    </section>
  );
}
