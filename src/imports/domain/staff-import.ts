import { z } from 'zod';
import type { TableRow } from '../../common/tabular/parse-table.js';
import type { AssignmentPeriod } from '../../staff/domain/assignment-rules.js';
import { isTiedDown } from '../../staff/domain/staff-move.js';
import {
  COMMUNITY,
  DATE_ONLY,
  EMAIL,
  engagementProblem,
  FULL_NAME,
  IBAN,
  LANGUAGE,
  NATIONAL_ID,
  PHONE,
  STAFF_KIND,
  STAFF_STATUS,
  TEAM_CODE,
} from '../../staff/domain/staff-fields.js';
import { outsideEngagement } from './assignment-import.js';
import { type ColumnSpec, duplicateKeys, type RowProblem, rowProblem, RowReader } from '../../common/tabular/columns.js';
import { changedFields, MUNICIPALITY_NOT_IN_SCOPE, type RowOutcome, USED_OUTSIDE_SCOPE } from './columns.js';

/**
 * Field staff import (kind `staff`: supervisors and enumerators), keyed by national id.
 * Blank optional cells clear the stored value, except `status` (blank keeps it; ACTIVE for new
 * staff) and `iban`: bank details are never cleared or set directly by an import. A file with
 * an `iban` column is for FINANCE and ADMIN only; each IBAN that differs from the person's
 * confirmed (or pending) one becomes a pending change for a second finance user to confirm.
 *
 * | column            | required | rule                                                                 |
 * |-------------------|----------|----------------------------------------------------------------------|
 * | national_id       | yes      | 5–20 letters or digits; stored upper-case; unique                     |
 * | kind              | yes      | SUPERVISOR or ENUMERATOR (any case); cannot change for stored staff   |
 * | full_name         | yes      | 2–200 letters (Latin, Cyrillic, ...), spaces, `-`, `'`, `.`; stored NFC |
 * | phone             | no       | e.g. `+383 44 123 456`                                                |
 * | email             | no       | e-mail address; stored lower-case                                     |
 * | iban              | no       | FINANCE/ADMIN only; valid IBAN (ISO 13616); spaces allowed; a pending change, blank keeps |
 * | community         | yes      | ALBANIAN, SERB, BOSNIAK, TURKISH, ROMA, ASHKALI, EGYPTIAN, GORANI, OTHER |
 * | language          | yes      | language of work: SQ, SR, TR, BS, EN                                  |
 * | municipality_code | yes      | municipality code (e.g. `prishtine`), within the importer's scope     |
 * | engagement_start  | no       | date YYYY-MM-DD                                                       |
 * | engagement_end    | no       | date YYYY-MM-DD, not before engagement_start                          |
 * | status            | no       | ACTIVE, SUSPENDED or LEFT                                             |
 * | team_code         | no       | 1–32 letters, digits, `.`, `-`, `_`. SUPERVISOR: the team they lead (created when missing). ENUMERATOR: the team they belong to, led by a supervisor in the same file or already stored, in the same municipality |
 *
 * Staff with EA assignments or teams cannot move to another municipality, and new engagement
 * dates must still cover the enumerator's stored assignments.
 */
export const STAFF_COLUMNS: ColumnSpec = {
  required: ['national_id', 'kind', 'full_name', 'community', 'language', 'municipality_code'],
  optional: ['phone', 'email', 'iban', 'engagement_start', 'engagement_end', 'status', 'team_code'],
};

type Kind = z.output<typeof STAFF_KIND>;
type Status = z.output<typeof STAFF_STATUS>;
type CommunityValue = z.output<typeof COMMUNITY>;
type LanguageValue = z.output<typeof LANGUAGE>;

const MUNICIPALITY_CODE = z.string().trim().toLowerCase();

export interface StaffRow {
  readonly row: number;
  readonly nationalId: string;
  readonly kind: Kind;
  readonly fullName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly iban: string | null;
  readonly community: CommunityValue;
  readonly languageOfWork: LanguageValue;
  readonly municipalityId: string;
  readonly engagementStart: string | null;
  readonly engagementEnd: string | null;
  /** null: not given (keep the stored status; ACTIVE for new staff). */
  readonly status: Status | null;
  readonly teamCode: string | null;
}

/** The stored fields an import may set (bank details go through IbanChange instead). */
export interface StaffFields {
  readonly kind: Kind;
  readonly fullName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly community: CommunityValue;
  readonly languageOfWork: LanguageValue;
  readonly municipalityId: string;
  readonly engagementStart: string | null;
  readonly engagementEnd: string | null;
  readonly status: Status;
  readonly teamId: string | null;
}

export interface ExistingStaff extends StaffFields {
  readonly id: string;
  readonly nationalId: string;
  /** the confirmed IBAN in force, and a requested one awaiting confirmation */
  readonly iban: string | null;
  readonly pendingIban: { readonly version: number; readonly iban: string } | null;
  readonly ledTeamCount: number;
  readonly assignments: readonly AssignmentPeriod[];
}

export interface ExistingTeam {
  readonly id: string;
  readonly code: string;
  readonly municipalityId: string;
  readonly supervisorId: string | null;
}

export interface StaffCreate extends StaffFields {
  readonly id: string;
  readonly nationalId: string;
}

export interface StaffUpdate {
  readonly id: string;
  /** Where the member is now (the write is scoped by it). */
  readonly municipalityId: string;
  readonly data: Partial<StaffFields>;
  readonly fields: readonly string[];
}

/** An IBAN to request for a person (created or stored) of the file. */
export interface IbanChange {
  readonly staffId: string;
  readonly municipalityId: string;
  readonly iban: string;
}

export interface TeamCreate {
  readonly id: string;
  readonly code: string;
  readonly municipalityId: string;
  readonly supervisorId: string;
}

export interface TeamUpdate {
  readonly id: string;
  readonly municipalityId: string;
  readonly supervisorId: string;
}

export interface StaffRead {
  readonly rows: StaffRow[];
  readonly problems: RowProblem[];
  /** Team codes named by supervisor rows that failed: enumerators naming them get no second error. */
  readonly brokenTeams: ReadonlySet<string>;
}

/** Cell-level checks and in-file duplicates. `municipalities` holds only codes in the caller's scope. */
export function readStaffRows(rows: readonly TableRow[], municipalities: ReadonlyMap<string, string>): StaffRead {
  const problems: RowProblem[] = [];
  const good: StaffRow[] = [];
  const claimed = new Set<string>();
  for (const r of rows) {
    const read = new RowReader(r);
    const nationalId = read.required('national_id', NATIONAL_ID);
    const kind = read.required('kind', STAFF_KIND);
    const fullName = read.required('full_name', FULL_NAME);
    const phone = read.optional('phone', PHONE);
    const email = read.optional('email', EMAIL);
    const iban = read.optional('iban', IBAN);
    const community = read.required('community', COMMUNITY);
    const languageOfWork = read.required('language', LANGUAGE);
    const mCode = read.required('municipality_code', MUNICIPALITY_CODE);
    const municipalityId = mCode === undefined ? undefined : municipalities.get(mCode);
    if (mCode !== undefined && municipalityId === undefined) read.problem('municipality_code', MUNICIPALITY_NOT_IN_SCOPE);
    const engagementStart = read.optional('engagement_start', DATE_ONLY);
    const engagementEnd = read.optional('engagement_end', DATE_ONLY);
    if (engagementStart !== undefined && engagementEnd !== undefined) {
      if (engagementProblem(engagementStart, engagementEnd)) read.problem('engagement_end', 'ENGAGEMENT_END_BEFORE_START');
    }
    const status = read.optional('status', STAFF_STATUS);
    const teamCode = read.optional('team_code', TEAM_CODE);
    if (kind === 'SUPERVISOR' && teamCode) claimed.add(teamCode);
    problems.push(...read.problems);
    if (
      read.ok &&
      nationalId !== undefined &&
      kind !== undefined &&
      fullName !== undefined &&
      phone !== undefined &&
      email !== undefined &&
      iban !== undefined &&
      community !== undefined &&
      languageOfWork !== undefined &&
      municipalityId !== undefined &&
      engagementStart !== undefined &&
      engagementEnd !== undefined &&
      status !== undefined &&
      teamCode !== undefined
    ) {
      good.push({
        row: r.row,
        nationalId,
        kind,
        fullName,
        phone,
        email,
        iban,
        community,
        languageOfWork,
        municipalityId,
        engagementStart,
        engagementEnd,
        status,
        teamCode,
      });
    }
  }
  const dupIds = duplicateKeys(good, (r) => r.nationalId, 'national_id', 'national_id');
  const leaders = good.filter((r) => r.kind === 'SUPERVISOR' && r.teamCode !== null);
  const dupTeams = duplicateKeys(leaders, (r) => r.teamCode as string, 'team_code', 'team_code');
  problems.push(...dupIds.problems, ...dupTeams.problems);
  const kept = good.filter((r) => !dupIds.rows.has(r.row) && !dupTeams.rows.has(r.row));
  const keptTeams = new Set(kept.filter((r) => r.kind === 'SUPERVISOR' && r.teamCode).map((r) => r.teamCode as string));
  return { rows: kept, problems, brokenTeams: new Set([...claimed].filter((c) => !keptTeams.has(c))) };
}

export interface StaffPlanInput {
  readonly rows: readonly StaffRow[];
  readonly brokenTeams: ReadonlySet<string>;
  /** Caller-visible staff by national id. */
  readonly existing: ReadonlyMap<string, ExistingStaff>;
  /** National ids stored in municipalities the caller cannot see. */
  readonly outsideScope: ReadonlySet<string>;
  /** Caller-visible teams by code. */
  readonly teams: ReadonlyMap<string, ExistingTeam>;
  readonly teamsOutsideScope: ReadonlySet<string>;
  readonly newId: () => string;
}

export interface StaffPlan {
  readonly problems: RowProblem[];
  readonly outcomes: RowOutcome[];
  /** Created before teams (teams point at their supervisor). */
  readonly supervisorCreates: StaffCreate[];
  readonly teamCreates: TeamCreate[];
  readonly teamUpdates: TeamUpdate[];
  /** Created after teams (enumerators point at their team). */
  readonly enumeratorCreates: StaffCreate[];
  readonly staffUpdates: StaffUpdate[];
  /** Pending bank-account changes to request once the people exist. */
  readonly ibanChanges: IbanChange[];
}

const fieldsOf = (r: StaffRow, teamId: string | null, status: Status): StaffFields => ({
  kind: r.kind,
  fullName: r.fullName,
  phone: r.phone,
  email: r.email,
  community: r.community,
  languageOfWork: r.languageOfWork,
  municipalityId: r.municipalityId,
  engagementStart: r.engagementStart,
  engagementEnd: r.engagementEnd,
  status,
  teamId,
});

/** Checks against stored staff and teams, then the creates and field-by-field updates. */
export function planStaffImport(input: StaffPlanInput): StaffPlan {
  const plan: StaffPlan = {
    problems: [],
    outcomes: [],
    supervisorCreates: [],
    teamCreates: [],
    teamUpdates: [],
    enumeratorCreates: [],
    staffUpdates: [],
    ibanChanges: [],
  };
  // Teams the file's supervisors lead: code → { id, municipalityId }.
  const fileTeams = new Map<string, { id: string; municipalityId: string }>();
  const broken = new Set(input.brokenTeams);
  const supervisors = input.rows.filter((r) => r.kind === 'SUPERVISOR');
  const enumerators = input.rows.filter((r) => r.kind === 'ENUMERATOR');

  const commonChecks = (r: StaffRow, before: ExistingStaff | undefined, problems: RowProblem[]) => {
    if (input.outsideScope.has(r.nationalId)) problems.push(rowProblem(r.row, USED_OUTSIDE_SCOPE, {}, 'national_id'));
    if (!before) return;
    if (r.iban !== null && before.pendingIban !== null && before.pendingIban.iban !== r.iban)
      problems.push(rowProblem(r.row, 'IBAN_CHANGE_PENDING', { version: before.pendingIban.version }, 'iban'));
    if (before.kind !== r.kind) problems.push(rowProblem(r.row, 'KIND_CANNOT_CHANGE', { kind: before.kind }, 'kind'));
    if (
      before.municipalityId !== r.municipalityId &&
      isTiedDown({ assignments: before.assignments.length, ledTeams: before.ledTeamCount })
    ) {
      problems.push(rowProblem(r.row, 'STAFF_TIED_TO_MUNICIPALITY', {}, 'municipality_code'));
    }
    if (before.engagementStart !== r.engagementStart || before.engagementEnd !== r.engagementEnd) {
      const cut = before.assignments.find((a) => outsideEngagement(a, r.engagementStart, r.engagementEnd) !== null);
      if (cut) {
        const field = r.engagementStart && cut.validFrom < r.engagementStart ? 'engagement_start' : 'engagement_end';
        problems.push(
          rowProblem(
            r.row,
            'STORED_ASSIGNMENT_OUTSIDE_ENGAGEMENT',
            { from: cut.validFrom, to: cut.validTo ?? '', open: cut.validTo === null ? 'yes' : 'no' },
            field,
          ),
        );
      }
    }
  };

  const settle = (
    r: StaffRow,
    before: ExistingStaff | undefined,
    id: string,
    teamId: string | null,
    teamChanged: boolean,
  ): 'created' | 'updated' | 'unchanged' => {
    if (!before) {
      const create: StaffCreate = { id, nationalId: r.nationalId, ...fieldsOf(r, teamId, r.status ?? 'ACTIVE') };
      (r.kind === 'SUPERVISOR' ? plan.supervisorCreates : plan.enumeratorCreates).push(create);
      if (r.iban !== null) plan.ibanChanges.push({ staffId: id, municipalityId: r.municipalityId, iban: r.iban });
      return 'created';
    }
    // Blank keeps the bank details; the IBAN in force or already pending is no change.
    const ibanChanged = r.iban !== null && r.iban !== before.iban && r.iban !== before.pendingIban?.iban;
    if (ibanChanged) plan.ibanChanges.push({ staffId: before.id, municipalityId: before.municipalityId, iban: r.iban as string });
    // A supervisor's own team membership is not an import column: leave it as stored.
    const incoming = fieldsOf(r, r.kind === 'SUPERVISOR' ? before.teamId : teamId, r.status ?? before.status);
    const fields = changedFields<StaffFields>(before, incoming);
    if (fields.length > 0) {
      const data: Partial<Record<keyof StaffFields, unknown>> = {};
      for (const f of fields) data[f] = incoming[f];
      plan.staffUpdates.push({ id: before.id, municipalityId: before.municipalityId, data: data as Partial<StaffFields>, fields });
    }
    return fields.length > 0 || teamChanged || ibanChanged ? 'updated' : 'unchanged';
  };

  for (const r of supervisors) {
    const problems: RowProblem[] = [];
    const before = input.existing.get(r.nationalId);
    commonChecks(r, before, problems);
    const id = before?.id ?? input.newId();
    let teamCreate: TeamCreate | null = null;
    let teamUpdate: TeamUpdate | null = null;
    let team: { id: string; municipalityId: string } | null = null;
    if (r.teamCode) {
      const stored = input.teams.get(r.teamCode);
      if (input.teamsOutsideScope.has(r.teamCode)) problems.push(rowProblem(r.row, USED_OUTSIDE_SCOPE, {}, 'team_code'));
      else if (stored && stored.municipalityId !== r.municipalityId)
        problems.push(rowProblem(r.row, 'TEAM_OTHER_MUNICIPALITY', { team: r.teamCode }, 'team_code'));
      else if (stored) {
        team = { id: stored.id, municipalityId: stored.municipalityId };
        if (stored.supervisorId !== id) teamUpdate = { id: stored.id, municipalityId: stored.municipalityId, supervisorId: id };
      } else {
        team = { id: input.newId(), municipalityId: r.municipalityId };
        teamCreate = { id: team.id, code: r.teamCode, municipalityId: r.municipalityId, supervisorId: id };
      }
    }
    if (problems.length) {
      plan.problems.push(...problems);
      if (r.teamCode) broken.add(r.teamCode);
      continue;
    }
    if (r.teamCode && team) fileTeams.set(r.teamCode, team);
    if (teamCreate) plan.teamCreates.push(teamCreate);
    if (teamUpdate) plan.teamUpdates.push(teamUpdate);
    plan.outcomes.push(settle(r, before, id, null, teamCreate !== null || teamUpdate !== null));
  }

  for (const r of enumerators) {
    const problems: RowProblem[] = [];
    const before = input.existing.get(r.nationalId);
    commonChecks(r, before, problems);
    let teamId: string | null = null;
    let unresolved = false;
    if (r.teamCode) {
      const team = fileTeams.get(r.teamCode) ?? input.teams.get(r.teamCode);
      if (team) {
        if (team.municipalityId !== r.municipalityId)
          problems.push(rowProblem(r.row, 'TEAM_OTHER_MUNICIPALITY', { team: r.teamCode }, 'team_code'));
        else teamId = team.id;
      } else if (broken.has(r.teamCode)) {
        // Its supervisor's row already fails; one error is enough.
        unresolved = true;
      } else {
        problems.push(rowProblem(r.row, 'TEAM_NOT_IN_SCOPE', {}, 'team_code'));
      }
    }
    if (problems.length) {
      plan.problems.push(...problems);
      continue;
    }
    if (unresolved) continue;
    plan.outcomes.push(settle(r, before, before?.id ?? input.newId(), teamId, false));
  }
  return plan;
}
