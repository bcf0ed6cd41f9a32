/** a lower-case uuid as PostgreSQL prints it */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** SQL literal of a uuid we produced or validated; COPY cannot take bind parameters. */
export function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error('not a uuid');
  return `'${id}'::uuid`;
}

/** Runs whose payments count as paid for a run of this scope (null = national). */
export function overlappingRunsSql(alias: string, municipalityId: string | null): string {
  return municipalityId === null
    ? 'true'
    : `(${alias}."municipalityId" IS NULL OR ${alias}."municipalityId" = ${uuidLiteral(municipalityId)})`;
}

/**
 * The one "already paid" rule: has anyone in this scope (null = national) been paid by an
 * approved run that overlaps it? Then a new run of the scope is an ADJUSTMENT paying only
 * differences. Answers one boolean column `any`. Used when a run is created (its kind as
 * shown at once) and in the computation's snapshot (the kind it is computed as).
 */
export function anyPaidSql(municipalityId: string | null): string {
  return `SELECT EXISTS (SELECT 1 FROM "PayPerson" p JOIN "PayRun" r ON r.id = p."runId" AND r.status = 'APPROVED'
                  WHERE p.status = 'PAYABLE' AND ${overlappingRunsSql('r', municipalityId)}
                  ${municipalityId === null ? '' : `AND p."municipalityId" = ${uuidLiteral(municipalityId)}`}) AS any`;
}
