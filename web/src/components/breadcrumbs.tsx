import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, matchPath, useLocation, type Params } from 'react-router';
import { placeName } from '../format';
import { enumLabel, useI18n, type MessageKey } from '../i18n';
import { runName } from '../run-name';
import type { Me } from '../session';
import { useApiQuery } from './load';

/** The entities whose page is named after them: a parameterised crumb shows the entity's name. */
export type CrumbEntity = 'run' | 'municipality' | 'person' | 'trainingPlan' | 'distributionPlan';

/** A page as the breadcrumbs see it (a PageDef of pages.tsx). */
export interface CrumbPage {
  readonly path: string;
  readonly roles: readonly Me['role'][];
  readonly nav?: { readonly label: MessageKey };
  readonly crumb?: {
    /** default: the navigation label */
    readonly label?: MessageKey;
    /** the path (pattern) of the page above this one; default: none (under Home) */
    readonly parent?: string;
    /** the parameter names an entity: the crumb shows its name once loaded */
    readonly entity?: CrumbEntity;
  };
}

const TitleContext = createContext<((title: string | null) => void) | null>(null);

/** The layout's holder of the current page's own title (the last crumb). */
export function CrumbTitleProvider({ children }: { children: (title: string | null) => ReactNode }) {
  const [title, setTitle] = useState<string | null>(null);
  return <TitleContext.Provider value={setTitle}>{children(title)}</TitleContext.Provider>;
}

/** A page names itself in the breadcrumbs (e.g. a run's name) once it knows it. */
export function useCrumbTitle(title: string | null): void {
  const set = useContext(TitleContext);
  useEffect(() => {
    set?.(title);
    return () => set?.(null);
  }, [set, title]);
}

interface Crumb {
  readonly page: CrumbPage;
  readonly url: string;
  readonly params: Params;
}

/** The chain from the top page down to the page at `pathname`, following each page's parent. */
export function crumbChain(pages: readonly CrumbPage[], pathname: string): Crumb[] {
  const here = pages.map((page) => ({ page, m: matchPath(`/app/${page.path}`, pathname) })).find((x) => x.m);
  if (!here?.m) return [];
  const params = here.m.params;
  const chain: Crumb[] = [{ page: here.page, url: here.m.pathname, params }];
  for (let p = here.page.crumb?.parent; p !== undefined && chain.length < 10;) {
    const page = pages.find((x) => x.path === p);
    if (!page) break;
    const url = `/app/${page.path.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''))}`;
    chain.unshift({ page, url, params });
    p = page.crumb?.parent;
  }
  return chain;
}

/** Home › … › this page, from the route table; a crumb of a page the user may not open is left out. */
export function Breadcrumbs({ pages, me, title }: { pages: readonly CrumbPage[]; me: Me; title: string | null }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const chain = crumbChain(pages, pathname).filter((c) => c.page.roles.includes(me.role));
  // A page this role may not open answers "not found": no trail that would name what it holds.
  if (chain.length === 0 || chain.at(-1)?.url !== pathname.replace(/\/$/, '')) return null;
  return (
    <nav aria-label={t('crumb.label')} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/app">{t('crumb.home')}</Link>
        </li>
        {chain.map((c, i) => {
          const last = i === chain.length - 1;
          const label = <CrumbLabel crumb={c} title={last ? title : null} me={me} />;
          return <li key={c.url}>{last ? <span aria-current="page">{label}</span> : <Link to={c.url}>{label}</Link>}</li>;
        })}
      </ol>
    </nav>
  );
}

function CrumbLabel({ crumb, title, me }: { crumb: Crumb; title: string | null; me: Me }) {
  const { t } = useI18n();
  const key = crumb.page.crumb?.label ?? crumb.page.nav?.label;
  const fallback = key ? t(key) : crumb.page.path;
  if (title) return <>{title}</>;
  const id = Object.values(crumb.params).at(-1) ?? '';
  switch (crumb.page.crumb?.entity) {
    case 'run':
      return <RunName id={crumb.params.id ?? id} fallback={fallback} />;
    case 'municipality':
      return <MunicipalityName code={crumb.params.code ?? id} fallback={fallback} me={me} />;
    case 'person':
      return <PersonName id={crumb.params.id ?? id} fallback={fallback} />;
    case 'trainingPlan':
      return <TrainingPlanName id={crumb.params.id ?? id} fallback={fallback} />;
    case 'distributionPlan':
      return <DistributionPlanName id={crumb.params.id ?? id} fallback={fallback} />;
    case undefined:
      return <>{fallback}</>;
  }
}

function RunName({ id, fallback }: { id: string; fallback: string }) {
  const { t, lang, locale } = useI18n();
  const run = useApiQuery('/payroll/runs/{id}', { path: { id } });
  return <>{run.data ? runName(t, lang, locale, run.data) : fallback}</>;
}

function MunicipalityName({ code, fallback, me }: { code: string; fallback: string; me: Me }) {
  const { lang } = useI18n();
  // A municipal user is told nothing about another municipality (its pages answer "not found").
  const mine = me.role !== 'MUNICIPALITY' || me.municipality?.code === code;
  const m = useApiQuery('/geography/municipalities/{code}', { path: { code } }, { enabled: mine }).data;
  return <>{m && mine ? placeName(m, lang) : fallback}</>;
}

function PersonName({ id, fallback }: { id: string; fallback: string }) {
  const person = useApiQuery('/staff/{id}', { path: { id } });
  return <>{person.data?.fullName ?? fallback}</>;
}

function TrainingPlanName({ id, fallback }: { id: string; fallback: string }) {
  const { t, lang } = useI18n();
  const plan = useApiQuery('/training/plans/{id}', { path: { id } });
  const p = plan.data;
  if (!p) return <>{fallback}</>;
  const m = p.municipality;
  return (
    <>
      {t('ctx.planName', {
        event: p.event.title,
        scope: m?.nameSq && m.nameSr ? placeName({ nameSq: m.nameSq, nameSr: m.nameSr }, lang) : t('common.national'),
        version: p.version,
        status: enumLabel(t, 'planStatus', p.status),
      })}
    </>
  );
}

function DistributionPlanName({ id, fallback }: { id: string; fallback: string }) {
  const { t, lang } = useI18n();
  const plan = useApiQuery('/equipment/distribution-plans/{id}', { path: { id } });
  const p = plan.data;
  if (!p) return <>{fallback}</>;
  return (
    <>
      {placeName({ nameSq: p.municipality.name, nameSr: p.municipality.nameSr }, lang)} · {t('crumb.distributionPlan')} v{p.version}
    </>
  );
}
