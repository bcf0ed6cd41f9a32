import { placeName } from '../format';
import { Link } from 'react-router';
import { itemsOf, type Answer, type ItemOf } from '../api';
import { useApiQuery } from '../components/load';
import { ErrorPanel, Loading } from '../components/ui';
import { useI18n } from '../i18n';

type Municipality = ItemOf<Answer<'/geography/municipalities'>>;
type Region = Municipality['region'];

/** National roles: the 38 municipalities by region, each linking to its page. */
export function MunicipalitiesPage() {
  const { t, lang } = useI18n();
  const list = useApiQuery('/geography/municipalities');
  const name = (x: { nameSq: string; nameSr: string }) => placeName(x, lang);
  if (list.error) return <ErrorPanel error={list.error} />;
  if (!list.data) return <Loading />;
  const regions = new Map<string, { region: Region; items: Municipality[] }>();
  for (const m of itemsOf(list.data)) {
    const r = regions.get(m.region.code) ?? { region: m.region, items: [] };
    r.items.push(m);
    regions.set(m.region.code, r);
  }
  return (
    <section aria-labelledby="mun-list-title">
      <h1 id="mun-list-title">{t('mun.list')}</h1>
      <div className="regions">
        {[...regions.values()].map(({ region, items }) => (
          <div key={region.code} className="panel">
            <h2>{name(region)}</h2>
            <ul>
              {items.map((m) => (
                <li key={m.code}>
                  <Link to={`/app/municipalities/${encodeURIComponent(m.code)}`}>{name(m)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
