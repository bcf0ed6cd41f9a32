import type { NoticeParam } from '../../common/text/notice.js';
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
  readonly code: string;
  readonly params: Readonly<Record<string, NoticeParam>>;
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
      code: 'BEFORE_ENGAGEMENT_START',
      params: { startDay: who.engagementStart },
    });
  }
  if (who.engagementEnd !== null) {
    if (period.validTo === null) {
      out.push({
        kind: 'invalid',
        field: fields.to,
        code: 'OPEN_PAST_ENGAGEMENT_END',
        params: { endDay: who.engagementEnd },
      });
    } else if (period.validTo > who.engagementEnd) {
      out.push({
        kind: 'invalid',
        field: fields.to,
        code: 'AFTER_ENGAGEMENT_END',
        params: { endDay: who.engagementEnd },
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
  if (who.kind !== StaffKind.ENUMERATOR) out.push({ kind: 'invalid', field: fields.who, code: 'SUPERVISOR_NOT_IN_EA', params: {} });
  if (who.status === StaffStatus.LEFT) out.push({ kind: 'invalid', field: fields.who, code: 'HAS_LEFT', params: {} });
  if (who.municipalityId !== eaMunicipalityId)
    out.push({ kind: 'mismatch', field: fields.who, code: 'OTHER_MUNICIPALITY_THAN_EA', params: {} });
  return [...out, ...engagementProblems(who, period, fields)];
}

/** Why this person cannot lead a team of `teamMunicipalityId`, or null. */
export function supervisorProblem(
  teamMunicipalityId: string,
  who: Pick<StaffFacts, 'kind' | 'municipalityId'>,
  field = 'supervisorId',
): Problem | null {
  if (who.kind !== StaffKind.SUPERVISOR) return { kind: 'invalid', field, code: 'TEAM_LED_BY_SUPERVISOR', params: {} };
  if (who.municipalityId !== teamMunicipalityId) return { kind: 'mismatch', field, code: 'OTHER_MUNICIPALITY_THAN_TEAM', params: {} };
  return null;
}

/** Why this person cannot be a member of team `teamId` of `teamMunicipalityId`, or null. */
export function memberProblem(
  team: { readonly id: string; readonly municipalityId: string },
  who: Pick<StaffFacts, 'kind' | 'municipalityId'> & { readonly teamId: string | null },
  field: string,
): Problem | null {
  if (who.kind !== StaffKind.ENUMERATOR) return { kind: 'invalid', field, code: 'TEAM_MEMBERS_ARE_ENUMERATORS', params: {} };
  if (who.municipalityId !== team.municipalityId) return { kind: 'mismatch', field, code: 'OTHER_MUNICIPALITY_THAN_TEAM', params: {} };
  if (who.teamId !== null && who.teamId !== team.id) return { kind: 'invalid', field, code: 'IN_ANOTHER_TEAM', params: {} };
  return null;
}
