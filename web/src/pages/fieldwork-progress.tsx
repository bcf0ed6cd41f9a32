import { api, type Answer, type ItemOf } from '../api';
import { CursorPager, useCursorPages } from '../components/cursor-pager';
import { useLoad } from '../components/load';
import { ErrorPanel, Loading } from '../components/ui';
import { useI18n } from '../i18n';

/** GET /fieldwork/progress */
type Progress = Answer<'/fieldwork/progress'>;

/** GET /fieldwork/progress/eas item */
type EaRow = ItemOf<Answer<'/fieldwork/progress/eas'>>;

const EA_PAGE = 200;

const pct = (p: string | null) => (p === null ? '' : ` (${p} %)`);

/** Reported vs expected per nation, municipality and EA, and daily approvals; a municipality sees its own. */
export function FieldworkProgressPage() {
  const { t } = useI18n();
  const progress = useLoad(() => api<Progress>('/fieldwork/progress'), []);
  const pages = useCursorPages();
  const eas = useLoad(
    () =>
      api<{ items: EaRow[]; total: number; nextCursor: string | null }>('/fieldwork/progress/eas', {
        query: { limit: EA_PAGE, cursor: pages.cursor },
      }),
    [pages.cursor],
  );
  if (progress.error) return <ErrorPanel error={progress.error} />;
  if (!progress.data) return <Loading />;
  const p = progress.data;
  const rows = [
    { label: p.scope === 'national' ? t('progress.nation') : (p.municipalities[0]?.municipalityCode ?? ''), ...p.total },
    ...(p.scope === 'national' ? p.municipalities.map((m) => ({ label: m.municipalityCode, ...m })) : []),
  ];
  const none = t('common.none');
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title">{t('progress.title')}</h1>
      <h2>{t('progress.perMunicipality')}</h2>
      <table aria-label={t('progress.perMunicipality')}>
        <thead>
          <tr>
            <th scope="col">{t('progress.scope')}</th>
            <th scope="col">{t('progress.eas')}</th>
            <th scope="col">{t('progress.started')}</th>
            <th scope="col">{t('progress.finished')}</th>
            <th scope="col">{t('progress.households')}</th>
            <th scope="col">{t('progress.individuals')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.eas}</td>
              <td>{`${r.started}${pct(r.startedPercent)}`}</td>
              <td>{`${r.finished}${pct(r.finishedPercent)}`}</td>
              <td>{`${r.reported.households} / ${r.expected.households}${pct(r.householdsPercent)}`}</td>
              <td>{`${r.reported.individuals} / ${r.expected.individuals}${pct(r.individualsPercent)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('progress.daily')}</h2>
      {p.daily.length === 0 ? (
        <p className="muted">{t('common.empty')}</p>
      ) : (
        <table aria-label={t('progress.daily')}>
          <thead>
            <tr>
              <th scope="col">{t('progress.day')}</th>
              <th scope="col">{t('progress.approved')}</th>
              <th scope="col">{t('progress.cumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {p.daily.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{d.approvedInterviews}</td>
                <td>{d.cumulativeInterviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('progress.perEa')}</h2>
      {eas.error && <ErrorPanel error={eas.error} />}
      {eas.data && (
        <table aria-label={t('progress.perEa')}>
          <thead>
            <tr>
              <th scope="col">{t('flags.ea')}</th>
              <th scope="col">{t('common.municipality')}</th>
              <th scope="col">{t('progress.households')}</th>
              <th scope="col">{t('progress.individuals')}</th>
              <th scope="col">{t('progress.started')}</th>
              <th scope="col">{t('progress.finished')}</th>
            </tr>
          </thead>
          <tbody>
            {eas.data.items.map((e) => (
              <tr key={e.eaCode}>
                <td>{e.eaCode}</td>
                <td>{e.municipalityCode}</td>
                <td>{`${e.reportedHouseholds} / ${e.expectedHouseholds ?? none}`}</td>
                <td>{`${e.reportedIndividuals} / ${e.expectedIndividuals ?? none}`}</td>
                <td>{e.started ? t('common.yes') : t('common.no')}</td>
                <td>{e.finished ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {eas.data && (
        <CursorPager pages={pages} limit={EA_PAGE} shown={eas.data.items.length} total={eas.data.total} nextCursor={eas.data.nextCursor} />
      )}
    </section>
  );
}
