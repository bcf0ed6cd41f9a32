import { Role } from '../../generated/prisma/enums.js';

/**
 * Whose municipal data a caller may touch. Every repository method that reads or writes
 * municipal data takes a Scope and puts it in the `where` clause (never load-then-check).
 */
export type Scope = { readonly kind: 'national' } | { readonly kind: 'municipal'; readonly municipalityIds: readonly string[] };

export const NATIONAL_ROLES: readonly Role[] = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS];

export const nationalScope: Scope = { kind: 'national' };

/** A valid id no row has: filtering by it matches nothing (an unknown filter value must not mean "all"). */
export const MATCHES_NOTHING = '00000000-0000-0000-0000-000000000000';

export function scopeFor(role: Role, municipalityId: string | null): Scope {
  if (NATIONAL_ROLES.includes(role)) return nationalScope;
  // A municipal user without a municipality sees nothing rather than everything.
  return { kind: 'municipal', municipalityIds: municipalityId ? [municipalityId] : [] };
}

/** `where` fragment for models with a `municipalityId` column. */
export function municipalityWhere(scope: Scope): { municipalityId?: { in: string[] } } {
  return scope.kind === 'national' ? {} : { municipalityId: { in: [...scope.municipalityIds] } };
}

/** `where` fragment for the Municipality model itself. */
export function municipalityIdWhere(scope: Scope): { id?: { in: string[] } } {
  return scope.kind === 'national' ? {} : { id: { in: [...scope.municipalityIds] } };
}

export function inScope(scope: Scope, municipalityId: string): boolean {
  return scope.kind === 'national' || scope.municipalityIds.includes(municipalityId);
}
