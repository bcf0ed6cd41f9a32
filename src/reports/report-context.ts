import type { Principal } from '../auth/principal.js';
import { NATIONAL_ROLES, nationalScope, type Scope } from '../common/scope/scope.js';
import type { ReportAudience, Role } from '../generated/prisma/enums.js';
import type { ReportLanguage } from './report-language.js';
import type { ReportContext } from './report-type.js';

export function makeContext<P>(principal: Principal, params: P, language: ReportLanguage, now: Date): ReportContext<P> {
  return { params, scope: principal.scope, principal, language, now };
}

/**
 * The requester as the worker rebuilds them from the stored request: the audience decides the
 * scope and with it the masking. A national audience keeps the national scope; a municipal
 * requester could only ask for their own municipality's report, so their scope is that
 * municipality.
 */
export function requesterOf(r: {
  requestedById: string;
  requesterRole: Role;
  audience: ReportAudience;
  municipalityId: string | null;
}): Principal {
  const national = r.audience === 'NATIONAL' && NATIONAL_ROLES.includes(r.requesterRole);
  const scope: Scope = national ? nationalScope : { kind: 'municipal', municipalityIds: r.municipalityId ? [r.municipalityId] : [] };
  return { userId: r.requestedById, email: '', role: r.requesterRole, municipalityId: national ? null : r.municipalityId, scope };
}
