import { Prisma } from '../../generated/prisma/client.js';
import type { Scope } from './scope.js';

/**
 * The caller's scope as a raw-SQL `AND ...` fragment, for what Prisma's query API cannot
 * express (row locks `SELECT ... FOR UPDATE`, joins in one statement). `column` is the quoted
 * column holding the municipality id, qualified where the statement joins (`p."municipalityId"`);
 * it is spliced into the SQL, so only constants of ours. A municipal scope without
 * municipalities matches nothing.
 */
export function scopeSql(scope: Scope, column = '"municipalityId"'): Prisma.Sql {
  if (scope.kind === 'national') return Prisma.empty;
  if (scope.municipalityIds.length === 0) return Prisma.sql`AND false`;
  return Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(scope.municipalityIds.map((id) => Prisma.sql`${id}::uuid`))})`;
}
