import type { Prisma } from '../../generated/prisma/client.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import { scopeSql } from '../../common/scope/scope-sql.js';

/**
 * The one rule for who may see a pay run: national callers every run, a municipality the runs
 * of its own municipality only (a national run has no municipality, so it is never a
 * municipality's). The payroll API, its exports and the reports about a run (whose records
 * are filtered through this rule too) all apply it, in Prisma or in SQL form.
 */
export function payRunVisibleWhere(scope: Scope): Prisma.PayRunWhereInput {
  return municipalityWhere(scope);
}

/** {@link payRunVisibleWhere} as a raw-SQL `AND …` fragment over the run's municipality column. */
export function payRunVisibleSql(scope: Scope, column = 'r."municipalityId"'): Prisma.Sql {
  return scopeSql(scope, column);
}
