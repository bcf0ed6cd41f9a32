/**
 * The boundaries of ARCHITECTURE.md, checked by `npm run lint` (depcruise).
 * Layers: controllers → services → repositories → Prisma. Features reach each other through
 * their ports (src/wiring binds them) and the shared surfaces listed below. `domain/` is pure.
 * `common/` knows no feature. No cycles.
 */

/** Controllers that still read a repository directly (delete the line once a service stands between). */
const CONTROLLER_TO_REPOSITORY_KNOWN = ['^src/fieldwork/field-mapping\\.controller\\.ts$'];

/** Who may hold the Prisma client or build queries. */
const PRISMA_HOLDERS = [
  '\\.repository\\.ts$',
  '\\.(seed|demo)\\.ts$',
  '^src/demo/',
  '^src/common/prisma/',
  '^src/cli/',
  '^src/generated/',
  // the module list and the infrastructure that talks to PostgreSQL itself
  '^src/app\\.module\\.ts$',
  '^src/bootstrap\\.ts$',
  '^src/common/counters/counter-store\\.ts$',
  '^src/health/health\\.controller\\.ts$',
  // SQL fragments for repositories' raw queries
  '^src/common/scope/scope-sql\\.ts$',
  // error mapping (Prisma's known request errors), no queries
  '^src/common/errors/app-exception\\.filter\\.ts$',
];

/**
 * What one feature may import from another besides its `*.module.ts` (for Nest's imports) and
 * its `domain/` (pure rules): the ports (tokens and their interfaces) and the shared surfaces.
 */
const FEATURE_SURFACES = [
  // ports: tokens and interfaces a feature consumes, bound in src/wiring
  '^src/equipment/training-session\\.lookup\\.ts$',
  '^src/recruitment/recruitment\\.hooks\\.ts$',
  '^src/payroll/runs/chargeback\\.provider\\.ts$',
  '^src/payroll/runs/pay-run-approved\\.ts$',
  '^src/training/plan-published\\.ts$',
  '^src/messaging/statement-documents\\.ts$',
  // cross-cutting features: the caller, the audit writer, the census of a request
  '^src/auth/principal\\.ts$',
  '^src/audit/audit\\.(service|repository)\\.ts$',
  '^src/census/census-lookup\\.ts$',
  // read models shared on purpose (one query for one question)
  '^src/geography/geography\\.repository\\.ts$', // contracts, payroll: municipalities and EAs by code
  '^src/staff/staff\\.repository\\.ts$', // recruitment, reports: staff records
  '^src/staff/assignment\\.service\\.ts$', // recruitment: EA hand-over on a replacement
  '^src/staff/bank-account\\.service\\.ts$', // imports, recruitment: one bank-account rule path
  '^src/payroll/tariffs/tariff\\.repository\\.ts$', // census, fieldwork, reports: the tariff in force
  '^src/payroll/runs/pay-run-visibility\\.ts$', // messaging, reports, dashboard: who sees which run
  '^src/payroll/money\\.schemas\\.ts$', // dashboard: money on the wire
  '^src/payroll/runs/census-pay-settings\\.ts$', // messaging: statement e-mails of a census
  '^src/payroll/runs/pay-run\\.repository\\.ts$', // messaging: a run's census settings
  '^src/payroll/counts/count-import\\.repository\\.ts$', // fieldwork: the counts import path
  '^src/payroll/counts/quality/count-flag\\.repository\\.ts$', // fieldwork: quality flags
  '^src/training/sessions/session\\.service\\.ts$', // messaging, reports: planned sessions
  // the report types read the data of the documents they print
  '^src/commissions/kkr\\.repository\\.ts$',
  '^src/contracts/contract\\.repository\\.ts$',
  '^src/equipment/printable-plan\\.service\\.ts$',
  '^src/equipment/equipment\\.repository\\.ts$',
  '^src/payroll/exports/pay-exports\\.(repository|service)\\.ts$',
  '^src/payroll/ledger/pay-ledger\\.repository\\.ts$',
  '^src/recruitment/recruitment\\.service\\.ts$',
  '^src/training/training\\.repository\\.ts$',
  '^src/training/training-(event|plan-query)\\.service\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide which way a dependency runs.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds pure rules: no Nest, Prisma, queues, files, network, nor non-domain code of any feature.',
      from: { path: '(^|/)domain/' },
      to: {
        pathNot: [
          '(^|/)domain/',
          '^src/common/(dates|money|text|i18n/(serbian-script|locales)\\.ts|tabular/(parse-table|columns|tabular-import)\\.ts|errors/(app-error|zod-problem)\\.ts|scope/scope\\.ts)',
          '^src/generated/prisma/enums\\.ts$',
          '^node_modules/(decimal\\.js|ibantools|intl-messageformat|zod)/',
          '^(node:)?crypto$',
        ],
      },
    },
    {
      name: 'common-knows-no-feature',
      severity: 'error',
      comment: 'src/common is below every feature: it imports none (invert with a port instead).',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: ['^src/common/', '^src/generated/'] },
    },
    {
      name: 'prisma-only-in-repositories',
      severity: 'error',
      comment:
        'Only repositories build queries: others may not import the PRISMA token (tokens.ts, prisma.module.ts) nor values of the Prisma client (types are fine); services open transactions with Transactions.',
      from: { path: '^src/', pathNot: PRISMA_HOLDERS },
      to: {
        path: ['^src/common/prisma/(tokens|prisma\\.module)\\.ts$', '^src/generated/prisma/client\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'controllers-call-services',
      severity: 'error',
      comment: 'Controllers translate HTTP into a service call; they do not reach repositories.',
      from: { path: '\\.controller\\.ts$', pathNot: CONTROLLER_TO_REPOSITORY_KNOWN },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'no-upward-layer',
      severity: 'error',
      comment: 'Repositories do not call services or controllers; services do not import controllers.',
      from: { path: '\\.(repository|service)\\.ts$' },
      to: { path: '\\.controller\\.ts$' },
    },
    {
      name: 'repositories-below-services',
      severity: 'error',
      comment: 'Repositories do not call services (the audit writer is the one shared service they may use).',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '\\.service\\.ts$', pathNot: ['^src/audit/audit\\.service\\.ts$'] },
    },
    {
      name: 'features-through-ports',
      severity: 'error',
      comment:
        'A feature reaches another through its module, its pure domain, its ports (bound in src/wiring) or a surface listed in FEATURE_SURFACES.',
      from: { path: '^src/([^/]+)/', pathNot: ['^src/(wiring|demo|cli|common|generated)/', '\\.(seed|demo)\\.ts$'] },
      to: {
        path: '^src/[^/]+/',
        pathNot: ['^src/$1/', '^src/(common|generated)/', '\\.module\\.ts$', '/domain/', ...FEATURE_SURFACES],
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/prisma/(internal|models)/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
