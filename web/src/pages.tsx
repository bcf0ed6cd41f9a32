import type { ReactElement } from 'react';
import type { MessageKey } from './i18n';
import type { Me, Role } from './session';
import { AuditPage } from './pages/audit';
import { CensusesPage } from './pages/censuses';
import { CountsUploadPage } from './pages/counts-upload';
import { MunicipalitiesPage } from './pages/municipalities';
import { MunicipalityPage } from './pages/municipality';
import { PayRunPage } from './pages/pay-run';
import { PayRunsPage } from './pages/pay-runs';
import { UsersPage } from './pages/users';
import { DistributionPlanPage } from './pages/distribution-plan';
import { EquipmentPage } from './pages/equipment';
import { MunicipalityOpsPage } from './pages/municipality-ops';
import { QueuesPage } from './pages/queues';
import { TrainingPage } from './pages/training';
import { TrainingPlanPage } from './pages/training-plan';

/**
 * Every page of the console in one table: its path under /app, the roles that may open it
 * (others get "not found", as the API would answer) and, when it belongs in the navigation,
 * its label. Adding a page is one entry here plus the page component.
 */
export interface PageDef {
  readonly path: string;
  readonly roles: readonly Role[];
  readonly element: ReactElement;
  readonly nav?: {
    readonly label: MessageKey;
    /** who sees the link (default: `roles`) */
    readonly roles?: readonly Role[];
    /** the link target (default: the path); null hides the link for this user */
    readonly to?: (me: Me) => string | null;
  };
}

const ALL: readonly Role[] = ['ADMIN', 'FINANCE', 'LOGISTICS', 'MUNICIPALITY'];
const LOGISTICS: readonly Role[] = ['ADMIN', 'LOGISTICS'];

export const PAGES: readonly PageDef[] = [
  { path: 'finance/counts', roles: ['ADMIN', 'FINANCE'], element: <CountsUploadPage />, nav: { label: 'nav.counts' } },
  { path: 'finance/runs', roles: ['ADMIN', 'FINANCE'], element: <PayRunsPage />, nav: { label: 'nav.runs' } },
  // Municipality users read their own municipality's runs (opened from Operations) for the statements.
  { path: 'finance/runs/:id', roles: ['ADMIN', 'FINANCE', 'MUNICIPALITY'], element: <PayRunPage /> },
  {
    path: 'municipalities',
    roles: ['ADMIN', 'FINANCE', 'LOGISTICS'],
    element: <MunicipalitiesPage />,
    nav: { label: 'nav.municipalities' },
  },
  {
    path: 'municipalities/:code',
    roles: ALL,
    element: <MunicipalityPage />,
    nav: {
      label: 'nav.myMunicipality',
      roles: ['MUNICIPALITY'],
      to: (me) => (me.municipality ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}` : null),
    },
  },
  {
    path: 'municipalities/:code/operations',
    roles: ALL,
    element: <MunicipalityOpsPage />,
    nav: {
      label: 'nav.operations',
      roles: ['MUNICIPALITY'],
      to: (me) => (me.municipality ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}/operations` : null),
    },
  },
  { path: 'logistics/training', roles: LOGISTICS, element: <TrainingPage />, nav: { label: 'nav.training' } },
  { path: 'training/plans/:id', roles: ALL, element: <TrainingPlanPage /> },
  { path: 'logistics/equipment', roles: LOGISTICS, element: <EquipmentPage />, nav: { label: 'nav.equipment' } },
  { path: 'equipment/plans/:id', roles: ALL, element: <DistributionPlanPage /> },
  { path: 'censuses', roles: ALL, element: <CensusesPage />, nav: { label: 'nav.censuses', roles: ['ADMIN', 'FINANCE', 'LOGISTICS'] } },
  { path: 'admin/users', roles: ['ADMIN'], element: <UsersPage />, nav: { label: 'nav.users' } },
  { path: 'admin/audit', roles: ['ADMIN'], element: <AuditPage />, nav: { label: 'nav.audit' } },
  { path: 'admin/queues', roles: ['ADMIN'], element: <QueuesPage />, nav: { label: 'nav.queues' } },
];

/** Where a user lands after signing in. */
export function homeOf(me: Me): string | null {
  switch (me.role) {
    case 'MUNICIPALITY':
      return me.municipality ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}` : null;
    case 'FINANCE':
      return '/app/finance/runs';
    case 'ADMIN':
      return '/app/admin/users';
    case 'LOGISTICS':
      return '/app/logistics/training';
  }
}
