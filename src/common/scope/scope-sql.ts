import { Prisma } from '../../generated/prisma/client.js';
import type { Scope } from './scope.js';

/**
 * The caller's scope as a raw-SQL `AND ...` fragment, for the row locks (`SELECT ... FOR
 * UPDATE`) that Prisma's query API cannot express. `column` is the quoted column holding the
 * municipality id. A municipal scope without municipalities matches nothing.
 */
export function scopeSql(scope: Scope, column: '"municipalityId"' | '"id"' = '"municipalityId"'): Prisma.Sql {
  if (scope.kind === 'national') return Prisma.empty;
  if (scope.municipalityIds.length === 0) return Prisma.sql`AND false`;
  return Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(scope.municipalityIds.map((id) => Prisma.sql`${id}::uuid`))})`;
}
