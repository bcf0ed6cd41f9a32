import type { ReactElement } from 'react';
import type { MessageKey } from './i18n';
import type { Me, Role } from './session';
import type { CrumbPage } from './components/breadcrumbs';
import { AuditPage } from './pages/audit';
import { ContractsPage } from './pages/contracts';
import { CensusesPage } from './pages/censuses';
import { TariffsPage } from './pages/tariffs';
import { StaffPersonPage } from './pages/staff-person';
import { BankChangesPage } from './pages/bank-changes';
import { ImportsPage } from './pages/imports';
import { CountsUploadPage } from './pages/counts-upload';
import { MunicipalitiesPage } from './pages/municipalities';
import { MunicipalityPage } from './pages/municipality';
import { PayRunPage } from './pages/pay-run';
import { PayRunsPage } from './pages/pay-runs';
import { UsersPage } from './pages/users';
import { DistributionPlanPage } from './pages/distribution-plan';
import { EquipmentPage } from './pages/equipment';
import { EquipmentItemsPage } from './pages/equipment-items';
import { EquipmentItemPage } from './pages/equipment-item';
import { EquipmentSettingsPage } from './pages/equipment-settings';
import { FieldworkPage } from './pages/fieldwork';
import { FieldworkFlagsPage } from './pages/fieldwork-flags';
import { FieldworkProgressPage } from './pages/fieldwork-progress';
import { MunicipalityOpsPage } from './pages/municipality-ops';
import { QueuesPage } from './pages/queues';
import { TrainingPage } from './pages/training';
import { TrainingPlanPage } from './pages/training-plan';
import { TrainingEventPage } from './pages/training-event';
import { TrainingVenuePage } from './pages/training-venue';
import { ScoresUploadPage } from './pages/scores-upload';
import { SupervisorsPage } from './pages/supervisors';
import { TrainingReachPage } from './pages/training-reach';
import { OutboxPage } from './pages/outbox';
import { KkrMembersPage } from './pages/kkr-members';
import { CompetitionsPage } from './pages/competitions';
import { RecruitmentApplicationsPage } from './pages/recruitment-applications';
import { RecruitmentSelectionPage } from './pages/recruitment-selection';
import { RecruitmentReplacementsPage } from './pages/recruitment-replacements';
import { DashboardPage } from './pages/dashboard';
import { EaPage } from './pages/ea';
import { AssignmentsPage } from './pages/assignments';
import { TeamsPage } from './pages/teams';

/**
 * Every page of the console in one table: its path under /app, the roles that may open it
 * (others get "not found", as the API would answer) and, when it belongs in the navigation,
 * its label. Adding a page is one entry here plus the page component.
 */
export interface PageDef extends CrumbPage {
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
  /**
   * Its breadcrumb (see components/breadcrumbs.tsx): the label (default: the navigation label),
   * the page above it, and the entity a parameter names (the crumb then shows its name).
   */
  readonly crumb?: CrumbPage['crumb'];
}

const ALL: readonly Role[] = ['ADMIN', 'FINANCE', 'LOGISTICS', 'MUNICIPALITY'];
const LOGISTICS: readonly Role[] = ['ADMIN', 'LOGISTICS'];
/** Who reads applicants' personal data (docs/recruitment.md): ASK's recruiters and the commission. */
const RECRUITMENT: readonly Role[] = ['ADMIN', 'LOGISTICS', 'MUNICIPALITY'];

export const PAGES: readonly PageDef[] = [
  // The first page after sign-in for every role (national, or the user's municipality).
  { path: 'dashboard', roles: ALL, element: <DashboardPage />, nav: { label: 'nav.dashboard' } },
  { path: 'finance/counts', roles: ['ADMIN', 'FINANCE'], element: <CountsUploadPage />, nav: { label: 'nav.counts' } },
  { path: 'finance/runs', roles: ['ADMIN', 'FINANCE'], element: <PayRunsPage />, nav: { label: 'nav.runs' } },
  { path: 'fieldwork', roles: ['ADMIN', 'FINANCE'], element: <FieldworkPage />, nav: { label: 'nav.fieldwork' } },
  {
    path: 'fieldwork/flags',
    roles: ['ADMIN', 'FINANCE', 'MUNICIPALITY'],
    element: <FieldworkFlagsPage />,
    nav: { label: 'nav.flags' },
    crumb: { parent: 'fieldwork' },
  },
  {
    path: 'fieldwork/progress',
    roles: ALL,
    element: <FieldworkProgressPage />,
    nav: { label: 'nav.progress' },
    crumb: { parent: 'fieldwork' },
  },
  // Municipality users read their own municipality's runs (opened from Operations) for the statements.
  {
    path: 'finance/runs/:id',
    roles: ['ADMIN', 'FINANCE', 'MUNICIPALITY'],
    element: <PayRunPage />,
    crumb: { label: 'crumb.run', parent: 'finance/runs', entity: 'run' },
  },
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
    crumb: { label: 'crumb.municipality', parent: 'municipalities', entity: 'municipality' },
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
    crumb: { label: 'crumb.operations', parent: 'municipalities/:code' },
    nav: {
      label: 'nav.operations',
      roles: ['MUNICIPALITY'],
      to: (me) => (me.municipality ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}/operations` : null),
    },
  },
  // EAs, their assignments and the supervisor teams of a municipality: everyone reads (the API scopes), the pages offer what each role may change.
  {
    path: 'municipalities/:code/eas/:id',
    roles: ALL,
    element: <EaPage />,
    crumb: { label: 'crumb.ea', parent: 'municipalities/:code' },
  },
  {
    path: 'municipalities/:code/assignments',
    roles: ALL,
    element: <AssignmentsPage />,
    crumb: { label: 'crumb.assignments', parent: 'municipalities/:code' },
  },
  {
    path: 'municipalities/:code/teams',
    roles: ALL,
    element: <TeamsPage />,
    crumb: { label: 'crumb.teams', parent: 'municipalities/:code' },
  },
  // Recruitment of a municipality: everyone reads the KKR list; applicants' personal data is not for FINANCE (the API's roles).
  {
    path: 'municipalities/:code/kkr',
    roles: ALL,
    element: <KkrMembersPage />,
    crumb: { label: 'mun.kkr', parent: 'municipalities/:code' },
  },
  {
    path: 'municipalities/:code/recruitment/applications',
    roles: RECRUITMENT,
    element: <RecruitmentApplicationsPage />,
    crumb: { label: 'rec.apps.title', parent: 'municipalities/:code' },
    nav: {
      label: 'nav.recruitment',
      roles: ['MUNICIPALITY'],
      to: (me) => (me.municipality ? `/app/municipalities/${encodeURIComponent(me.municipality.code)}/recruitment/applications` : null),
    },
  },
  {
    path: 'municipalities/:code/recruitment/selection',
    roles: RECRUITMENT,
    element: <RecruitmentSelectionPage />,
    crumb: { label: 'rec.sel.title', parent: 'municipalities/:code/recruitment/applications' },
  },
  {
    path: 'municipalities/:code/recruitment/replacements',
    roles: RECRUITMENT,
    element: <RecruitmentReplacementsPage />,
    crumb: { label: 'rec.repl.title', parent: 'municipalities/:code/recruitment/applications' },
  },
  // Contracts: ASK generates, ends and replaces; a municipality sends and records signatures of its own people.
  { path: 'contracts', roles: ['ADMIN', 'FINANCE', 'MUNICIPALITY'], element: <ContractsPage />, nav: { label: 'nav.contracts' } },
  { path: 'logistics/training', roles: LOGISTICS, element: <TrainingPage />, nav: { label: 'nav.training' } },
  {
    path: 'training/plans/:id',
    roles: ALL,
    element: <TrainingPlanPage />,
    crumb: { label: 'crumb.trainingPlan', parent: 'logistics/training', entity: 'trainingPlan' },
  },
  // A venue and its rooms: logistics, and a municipality for its own (the API scopes it).
  {
    path: 'training/venues/:id',
    roles: ['ADMIN', 'LOGISTICS', 'MUNICIPALITY'],
    element: <TrainingVenuePage />,
    crumb: { label: 'crumb.venue', parent: 'logistics/training' },
  },
  {
    path: 'training/events/:id',
    roles: LOGISTICS,
    element: <TrainingEventPage />,
    crumb: { label: 'crumb.event', parent: 'logistics/training' },
  },
  {
    path: 'training/plans/:id/reach',
    roles: ['ADMIN', 'LOGISTICS', 'MUNICIPALITY'],
    element: <TrainingReachPage />,
    crumb: { label: 'crumb.reach', parent: 'training/plans/:id' },
  },
  { path: 'logistics/equipment', roles: LOGISTICS, element: <EquipmentPage />, nav: { label: 'nav.equipment' } },
  {
    path: 'logistics/equipment/items',
    roles: LOGISTICS,
    element: <EquipmentItemsPage />,
    crumb: { label: 'eqi.title', parent: 'logistics/equipment' },
  },
  {
    path: 'logistics/equipment/items/:id',
    roles: LOGISTICS,
    element: <EquipmentItemPage />,
    crumb: { label: 'eqi.crumbItem', parent: 'logistics/equipment/items' },
  },
  {
    path: 'logistics/equipment/settings',
    roles: LOGISTICS,
    element: <EquipmentSettingsPage />,
    crumb: { label: 'eqs.title', parent: 'logistics/equipment' },
  },
  {
    path: 'equipment/plans/:id',
    roles: ALL,
    element: <DistributionPlanPage />,
    crumb: { label: 'crumb.distributionPlan', parent: 'logistics/equipment', entity: 'distributionPlan' },
  },
  { path: 'recruitment/competitions', roles: LOGISTICS, element: <CompetitionsPage />, nav: { label: 'nav.competitions' } },
  { path: 'recruitment/supervisors', roles: LOGISTICS, element: <SupervisorsPage />, nav: { label: 'nav.supervisors' } },
  { path: 'recruitment/scores', roles: LOGISTICS, element: <ScoresUploadPage />, nav: { label: 'nav.scores' } },
  { path: 'finance/tariffs', roles: ['ADMIN', 'FINANCE', 'LOGISTICS'], element: <TariffsPage />, nav: { label: 'nav.tariffs' } },
  // A person: everyone reads (the API scopes); ADMIN, FINANCE, LOGISTICS edit; ADMIN, FINANCE see and request bank details.
  { path: 'staff/:id', roles: ALL, element: <StaffPersonPage />, crumb: { label: 'crumb.person', entity: 'person' } },
  { path: 'finance/bank-changes', roles: ['ADMIN', 'FINANCE'], element: <BankChangesPage />, nav: { label: 'nav.bankChanges' } },
  { path: 'imports', roles: ALL, element: <ImportsPage />, nav: { label: 'nav.imports' } },
  { path: 'censuses', roles: ALL, element: <CensusesPage />, nav: { label: 'nav.censuses', roles: ['ADMIN', 'FINANCE', 'LOGISTICS'] } },
  { path: 'admin/users', roles: ['ADMIN'], element: <UsersPage />, nav: { label: 'nav.users' } },
  { path: 'admin/audit', roles: ['ADMIN'], element: <AuditPage />, nav: { label: 'nav.audit' } },
  { path: 'admin/queues', roles: ['ADMIN'], element: <QueuesPage />, nav: { label: 'nav.queues' } },
  { path: 'admin/outbox', roles: ['ADMIN'], element: <OutboxPage />, nav: { label: 'nav.outbox' } },
];

/** Where a user lands after signing in: the dashboard (a municipality user without a municipality has none). */
export function homeOf(me: Me): string | null {
  if (me.role === 'MUNICIPALITY' && !me.municipality) return null;
  return '/app/dashboard';
}
