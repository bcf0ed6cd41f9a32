import { StaffKind, StaffStatus } from '../../generated/prisma/enums.js';
import type { AssignmentPeriod } from './assignment-rules.js';

/**
 * Who may work an EA over a period, and who may sit in a team. Dates are YYYY-MM-DD strings.
 * Problems carry the request field they concern; `mismatch` problems (another municipality)
 * answer MUNICIPALITY_MISMATCH, the others the domain's *_INVALID code.
 */
export interface StaffFacts {
  readonly kind: StaffKind;
  readonly status: StaffStatus;
  readonly municipalityId: string;
  readonly engagementStart: string | null;
  readonly engagementEnd: string | null;
}

export interface Problem {
  readonly kind: 'mismatch' | 'invalid';
  readonly field: string;
  readonly reason: string;
}

/** Request fields the problems are reported against. */
export interface PeriodFields {
  readonly who: string;
  readonly from: string;
  readonly to: string;
}

const ASSIGN_FIELDS: PeriodFields = { who: 'enumeratorId', from: 'validFrom', to: 'validTo' };

/** A period lies within the engagement (both inclusive) when the engagement dates are set. */
export function engagementProblems(
  who: Pick<StaffFacts, 'engagementStart' | 'engagementEnd'>,
  period: AssignmentPeriod,
  fields: PeriodFields = ASSIGN_FIELDS,
): Problem[] {
  const out: Problem[] = [];
  if (who.engagementStart !== null && period.validFrom < who.engagementStart) {
    out.push({
      kind: 'invalid',
      field: fields.from,
      reason: `${period.validFrom} is before the enumerator's engagement start ${who.engagementStart}`,
    });
  }
  if (who.engagementEnd !== null) {
    if (period.validTo === null) {
      out.push({
        kind: 'invalid',
        field: fields.to,
        reason: `an open-ended period would outlast the enumerator's engagement end ${who.engagementEnd}`,
      });
    } else if (period.validTo > who.engagementEnd) {
      out.push({
        kind: 'invalid',
        field: fields.to,
        reason: `${period.validTo} is after the enumerator's engagement end ${who.engagementEnd}`,
      });
    }
  }
  return out;
}

/** Every reason this person cannot work an EA of `eaMunicipalityId` over `period`. */
export function enumeratorProblems(
  eaMunicipalityId: string,
  who: StaffFacts,
  period: AssignmentPeriod,
  fields: PeriodFields = ASSIGN_FIELDS,
): Problem[] {
  const out: Problem[] = [];
  if (who.kind !== StaffKind.ENUMERATOR)
    out.push({ kind: 'invalid', field: fields.who, reason: 'is a supervisor; only enumerators work enumeration areas' });
  if (who.status === StaffStatus.LEFT) out.push({ kind: 'invalid', field: fields.who, reason: 'has left the census (status LEFT)' });
  if (who.municipalityId !== eaMunicipalityId)
    out.push({ kind: 'mismatch', field: fields.who, reason: 'works in another municipality than the enumeration area' });
  return [...out, ...engagementProblems(who, period, fields)];
}

/** Why this person cannot lead a team of `teamMunicipalityId`, or null. */
export function supervisorProblem(
  teamMunicipalityId: string,
  who: Pick<StaffFacts, 'kind' | 'municipalityId'>,
  field = 'supervisorId',
): Problem | null {
  if (who.kind !== StaffKind.SUPERVISOR) return { kind: 'invalid', field, reason: 'is an enumerator; a team is led by a supervisor' };
  if (who.municipalityId !== teamMunicipalityId) return { kind: 'mismatch', field, reason: 'works in another municipality than the team' };
  return null;
}

/** Why this person cannot be a member of team `teamId` of `teamMunicipalityId`, or null. */
export function memberProblem(
  team: { readonly id: string; readonly municipalityId: string },
  who: Pick<StaffFacts, 'kind' | 'municipalityId'> & { readonly teamId: string | null },
  field: string,
): Problem | null {
  if (who.kind !== StaffKind.ENUMERATOR)
    return { kind: 'invalid', field, reason: 'is a supervisor; team members are enumerators (a supervisor leads a team instead)' };
  if (who.municipalityId !== team.municipalityId) return { kind: 'mismatch', field, reason: 'works in another municipality than the team' };
  if (who.teamId !== null && who.teamId !== team.id)
    return { kind: 'invalid', field, reason: 'is a member of another team; remove them there first' };
  return null;
}
