import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { Answer } from '../api';
import { useApiQuery } from '../components/load';
import { PdfButton } from '../components/report';
import { ErrorPanel, formatDateTime, Loading, ProgressBar } from '../components/ui';
import { formatCount, formatDay, formatMoney, placeName } from '../format';
import { enumLabel, useI18n, type Language, type MessageKey, type Translate } from '../i18n';
import { useMe } from '../session';
import './dashboard.css';

/** GET /dashboard */
type Dashboard = Answer<'/dashboard'>;
type Figures = Dashboard['totals'];
type Row = Dashboard['municipalities'][number];

/** One column of a figures table: the figure's path (data-figure, for checks against the API) and its value. */
interface Column {
  readonly figure: string;
  readonly label: MessageKey;
  readonly value: (f: Figures) => number | string | null;
  readonly money?: boolean;
}

const runOf = (f: Figures, kind: 'REGULAR' | 'ADJUSTMENT') => f.pay.runs.find((r) => r.kind === kind);

const RECRUITMENT: readonly Column[] = [
  { figure: 'recruitment.targets', label: 'dash.targets', value: (f) => f.recruitment.targets },
  { figure: 'recruitment.applications', label: 'dash.applications', value: (f) => f.recruitment.applications },
  { figure: 'recruitment.eligible', label: 'dash.eligible', value: (f) => f.recruitment.eligible },
  { figure: 'recruitment.shortlisted', label: 'dash.shortlisted', value: (f) => f.recruitment.shortlisted },
  { figure: 'recruitment.selected', label: 'dash.selected', value: (f) => f.recruitment.selected },
  { figure: 'recruitment.finalLists', label: 'dash.finalLists', value: (f) => f.recruitment.finalLists },
  { figure: 'recruitment.published', label: 'dash.published', value: (f) => f.recruitment.published },
];
const EAS: readonly Column[] = [
  { figure: 'eas.total', label: 'dash.easTotal', value: (f) => f.eas.total },
  { figure: 'eas.counted', label: 'dash.easCounted', value: (f) => f.eas.counted },
  { figure: 'eas.expected', label: 'dash.easExpected', value: (f) => f.eas.expected },
  { figure: 'eas.countedHouseholds', label: 'dash.householdsCounted', value: (f) => f.eas.countedHouseholds },
  { figure: 'eas.expectedHouseholds', label: 'dash.householdsExpected', value: (f) => f.eas.expectedHouseholds },
  { figure: 'eas.countedIndividuals', label: 'dash.individualsCounted', value: (f) => f.eas.countedIndividuals },
  { figure: 'eas.expectedIndividuals', label: 'dash.individualsExpected', value: (f) => f.eas.expectedIndividuals },
];
const PAY: readonly Column[] = [
  { figure: 'pay.regular.gross', label: 'dash.regular', value: (f) => runOf(f, 'REGULAR')?.gross ?? null, money: true },
  { figure: 'pay.adjustment.gross', label: 'dash.adjustment', value: (f) => runOf(f, 'ADJUSTMENT')?.gross ?? null, money: true },
  { figure: 'pay.gross', label: 'dash.gross', value: (f) => f.pay.gross, money: true },
  { figure: 'pay.net', label: 'dash.net', value: (f) => f.pay.net, money: true },
];
const EQUIPMENT: readonly Column[] = [
  { figure: 'equipment.items', label: 'dash.items', value: (f) => f.equipment.items },
  { figure: 'equipment.issued', label: 'dash.issued', value: (f) => f.equipment.issued },
  { figure: 'equipment.returned', label: 'dash.returned', value: (f) => f.equipment.returned },
  { figure: 'equipment.damaged', label: 'dash.damaged', value: (f) => f.equipment.damaged },
  { figure: 'equipment.lost', label: 'dash.lost', value: (f) => f.equipment.lost },
  { figure: 'equipment.handovers', label: 'dash.handovers', value: (f) => f.equipment.handovers },
  { figure: 'equipment.returns', label: 'dash.returns', value: (f) => f.equipment.returns },
];
const FLAGS: readonly Column[] = [
  { figure: 'flags.quality', label: 'dash.qualityFlags', value: (f) => f.flags.quality },
  { figure: 'flags.deadlines', label: 'dash.deadlineFlags', value: (f) => f.flags.deadlines },
];

/** Integer cents of a decimal string ("-12.40" → -1240): bar lengths only, never shown. */
const centsOf = (money: string): number => Number(money.replace('.', ''));
/** Integer cents back to the decimal string the formatter reads (axis ticks). */
const moneyOfCents = (c: number): string => {
  const abs = Math.abs(Math.round(c));
  return `${c < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

function cell(value: number | string | null, money: boolean | undefined, lang: Language, none: string): string {
  if (value === null) return none;
  return money ? formatMoney(String(value), lang) : formatCount(Number(value), lang);
}

/** A table of figures per municipality (and the total): the text of the charts beside it. */
function FiguresTable({ name, title, columns, data }: { name: string; title: string; columns: readonly Column[]; data: Dashboard }) {
  const { t, lang } = useI18n();
  const none = t('common.none');
  const total = data.municipalities.length > 1;
  const row = (key: string, name: ReactNode, f: Figures, attrs: Record<string, string>) => (
    <tr key={key} {...attrs}>
      <th scope="row">{name}</th>
      {columns.map((c) => {
        const v = c.value(f);
        return (
          <td key={c.figure} className="num" data-figure={c.figure} data-value={v === null ? '' : String(v)}>
            {cell(v, c.money, lang, none)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
      <table id={`dash-table-${name}`} data-dash-table={name}>
        <caption className="dash-caption">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.municipality')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.figure} className="num">
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.municipalities.map((m) => row(m.code, placeName(m, lang), m, { 'data-municipality': m.code }))}
          {total && row('total', t('dash.total'), data.totals, { 'data-total': 'true', className: 'dash-total' })}
        </tbody>
      </table>
    </div>
  );
}

/** Fixed drawing width: fits the page at 768 px and an A4 page in print. */
const CHART_WIDTH = 680;

interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/**
 * A horizontal bar chart per municipality (recharts), drawn at a fixed width (screen and print).
 * Screen readers get its title and the table it names; the table beside it holds the numbers.
 */
function Chart({
  title,
  tableId,
  rows,
  series,
  tick,
}: {
  title: string;
  tableId: string;
  rows: readonly Record<string, number | string>[];
  series: readonly Series[];
  tick?: (v: number) => string;
}) {
  const { t } = useI18n();
  const captionId = useId();
  const height = 60 + rows.length * (series.length > 1 ? 30 : 22);
  return (
    <figure className="dash-chart">
      <figcaption id={captionId}>{title}</figcaption>
      <div role="img" aria-labelledby={captionId} aria-describedby={tableId} title={t('dash.table', { title })}>
        <BarChart
          width={CHART_WIDTH}
          height={height}
          data={[...rows]}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={tick} domain={[0, (max: number) => Math.max(max, 1)]} allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={140} interval={0} />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}

const stageLabel = (t: Translate, stage: string): string => {
  const key = `dash.stage.${stage}` as MessageKey;
  const text = t(key);
  return text === key ? stage : text;
};

function CalendarPanel({ data }: { data: Dashboard }) {
  const { t, lang } = useI18n();
  const c = data.calendar;
  if (!c) return <p className="muted">{t('dash.noCensus')}</p>;
  const title = t('dash.calendar', { code: c.code });
  return (
    <section aria-labelledby="dash-calendar" className="dash-section">
      <h2 id="dash-calendar">{title}</h2>
      <p data-calendar-done={c.done} data-calendar-total={c.total}>
        {t('dash.calendarProgress', {
          done: formatCount(c.done, lang),
          total: formatCount(c.total, lang),
          today: formatDay(c.today, lang),
        })}
      </p>
      <ProgressBar value={c.total ? (100 * c.done) / c.total : 0} label={title} />
      <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
        <table data-dash-table="calendar">
          <caption className="dash-caption">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.stage')}</th>
              <th scope="col">{t('dash.date')}</th>
              <th scope="col">{t('dash.state')}</th>
            </tr>
          </thead>
          <tbody>
            {c.stages.map((s) => (
              <tr key={s.stage} data-stage={s.stage} className={s.done ? 'muted' : undefined}>
                <td>{stageLabel(t, s.stage)}</td>
                <td>{formatDay(s.date, lang)}</td>
                <td>{s.done ? t('dash.done') : t('dash.upcoming')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Documents({ data, code }: { data: Dashboard; code: string }) {
  const { t } = useI18n();
  const runs = data.municipalities[0]?.pay.runs ?? [];
  return (
    <section aria-labelledby="dash-docs" className="dash-section">
      <h2 id="dash-docs">{t('dash.documents')}</h2>
      <div className="dash-docs">
        <PdfButton type="kkr-members" params={{ municipalityCode: code }} label={t('dash.docKkr')} />
        <PdfButton type="training-schedule" params={{}} label={t('dash.docSchedule')} />
        {runs.map((r) => (
          <PdfButton
            key={`pack-${r.runId}`}
            type="payment-statement-pack"
            params={{ runId: r.runId, municipalityCode: code }}
            label={t('dash.docPack', { kind: enumLabel(t, 'runKind', r.kind) })}
          />
        ))}
        {runs.map((r) => (
          <PdfButton
            key={`summary-${r.runId}`}
            type="payroll-summary"
            params={{ runId: r.runId }}
            label={t('dash.docSummary', { kind: enumLabel(t, 'runKind', r.kind) })}
          />
        ))}
      </div>
      <p>
        <Link to={`/app/municipalities/${encodeURIComponent(code)}/operations`}>{t('dash.moreDocuments')}</Link>
      </p>
    </section>
  );
}

/**
 * The first page after sign-in. National roles: the census calendar and every municipality's
 * recruitment, counts, pay, equipment and open flags (or one municipality's, chosen above); a
 * municipality: its own, its deadlines and its documents. Every chart has its table.
 */
export function DashboardPage() {
  const { t, lang, locale } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const national = me.role !== 'MUNICIPALITY';
  const chosen = national ? (params.get('municipality') ?? '') : '';
  const dash = useApiQuery('/dashboard', chosen ? { query: { municipality: chosen } } : undefined);
  const municipalities = useApiQuery('/geography/municipalities', undefined, { enabled: national });
  if (dash.error) return <ErrorPanel error={dash.error} />;
  if (!dash.data) return <Loading />;
  const d = dash.data;
  const name = (m: Row) => placeName(m, lang);
  const title = d.municipality ? t('dash.titleOf', { name: placeName(d.municipality, lang) }) : t('dash.title');
  const none = t('common.none');
  return (
    <section aria-labelledby="dash-title" className="dashboard">
      <h1 id="dash-title">{title}</h1>
      <p className="muted small">{t('dash.generated', { at: formatDateTime(d.generatedAt, locale) })}</p>
      {national && (
        <div className="toolbar dash-filter">
          <label htmlFor="dash-municipality">{t('dash.filter')}</label>
          <select
            id="dash-municipality"
            value={chosen}
            onChange={(e) => setParams(e.target.value ? { municipality: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t('dash.all')}</option>
            {municipalities.data?.items.map((m) => (
              <option key={m.code} value={m.code}>
                {placeName(m, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      <CalendarPanel data={d} />

      <section aria-labelledby="dash-recruitment" className="dash-section">
        <h2 id="dash-recruitment">{t('dash.recruitment')}</h2>
        <FiguresTable name="recruitment" title={t('dash.recruitment')} columns={RECRUITMENT} data={d} />
      </section>

      <section aria-labelledby="dash-eas" className="dash-section">
        <h2 id="dash-eas">{t('dash.eas')}</h2>
        <Chart
          title={t('dash.easChart')}
          tableId="dash-table-eas"
          rows={d.municipalities.map((m) => ({ name: name(m), counted: m.eas.countedHouseholds, expected: m.eas.expectedHouseholds }))}
          series={[
            { key: 'counted', label: t('dash.householdsCounted'), color: '#1f5fa8' },
            { key: 'expected', label: t('dash.householdsExpected'), color: '#9aa4b2' },
          ]}
          tick={(v) => formatCount(v, lang)}
        />
        <FiguresTable name="eas" title={t('dash.eas')} columns={EAS} data={d} />
      </section>

      <section aria-labelledby="dash-pay" className="dash-section">
        <h2 id="dash-pay">{t('dash.pay')}</h2>
        <Chart
          title={t('dash.payChart')}
          tableId="dash-table-pay"
          rows={d.municipalities.map((m) => ({ name: name(m), gross: centsOf(m.pay.gross) }))}
          series={[{ key: 'gross', label: t('dash.gross'), color: '#1f5fa8' }]}
          tick={(v) => formatMoney(moneyOfCents(v), lang)}
        />
        <FiguresTable name="pay" title={t('dash.pay')} columns={PAY} data={d} />
        {d.nationalPay.length > 0 && (
          <div className="table-wrap" role="region" aria-label={t('dash.pay')} tabIndex={0}>
            <table data-dash-table="national-pay">
              <caption className="dash-caption">{t('dash.nationalPay')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dash.kind')}</th>
                  <th scope="col">{t('dash.status')}</th>
                  <th scope="col" className="num">
                    {t('dash.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('dash.gross')}
                  </th>
                  <th scope="col" className="num">
                    {t('dash.net')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.nationalPay.map((r) => (
                  <tr key={r.runId} data-run={r.runId}>
                    <th scope="row">
                      <Link to={`/app/finance/runs/${r.runId}`}>{enumLabel(t, 'runKind', r.kind)}</Link>
                    </th>
                    <td>{enumLabel(t, 'runStatus', r.status)}</td>
                    <td className="num">{formatCount(r.people, lang)}</td>
                    <td className="num" data-figure="gross" data-value={r.gross}>
                      {formatMoney(r.gross, lang)}
                    </td>
                    <td className="num" data-figure="net" data-value={r.net}>
                      {formatMoney(r.net, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="dash-equipment" className="dash-section">
        <h2 id="dash-equipment">{t('dash.equipment')}</h2>
        <Chart
          title={t('dash.equipmentChart')}
          tableId="dash-table-equipment"
          rows={d.municipalities.map((m) => ({ name: name(m), issued: m.equipment.issued, returned: m.equipment.returned }))}
          series={[
            { key: 'issued', label: t('dash.issued'), color: '#1f5fa8' },
            { key: 'returned', label: t('dash.returned'), color: '#2e7d4f' },
          ]}
          tick={(v) => formatCount(v, lang)}
        />
        <FiguresTable name="equipment" title={t('dash.equipment')} columns={EQUIPMENT} data={d} />
      </section>

      <section aria-labelledby="dash-flags" className="dash-section">
        <h2 id="dash-flags">{t('dash.flags')}</h2>
        <FiguresTable name="flags" title={t('dash.flags')} columns={FLAGS} data={d} />
        <h3>{t('dash.deadlines')}</h3>
        {d.deadlines.length === 0 ? (
          <p className="muted">{t('common.empty')}</p>
        ) : (
          <div className="table-wrap" role="region" aria-label={t('dash.deadlines')} tabIndex={0}>
            <table data-dash-table="deadlines">
              <thead>
                <tr>
                  <th scope="col">{t('dash.kind')}</th>
                  <th scope="col">{t('common.municipality')}</th>
                  <th scope="col">{t('dash.competition')}</th>
                  <th scope="col">{t('dash.dueAt')}</th>
                  <th scope="col">{t('dash.raisedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {d.deadlines.map((x) => {
                  const m = d.municipalities.find((r) => r.code === x.municipalityCode);
                  return (
                    <tr key={`${x.competitionCode}-${x.municipalityCode}-${x.kind}-${x.subject}`}>
                      <td>
                        {t(`dash.deadline.${x.kind}` as MessageKey)}
                        {x.subject ? ` (${x.subject})` : ''}
                      </td>
                      <td>{m ? name(m) : x.municipalityCode}</td>
                      <td>{x.competitionCode}</td>
                      <td>{formatDateTime(x.dueAt, locale) || none}</td>
                      <td>{formatDateTime(x.raisedAt, locale) || none}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {d.municipality && <Documents data={d} code={d.municipality.code} />}
    </section>
  );
}
