import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { type Community, type Language, StaffKind, StaffStatus } from '../generated/prisma/enums.js';
import { engagementProblems, memberProblem } from './domain/eligibility.js';
import { maskIban } from './domain/iban-mask.js';
import { engagementProblem } from './domain/staff-fields.js';
import { actorOf } from '../audit/audit.service.js';
import { BankAccountService } from './bank-account.service.js';
import { assertNoProblems, uniqueAs } from './staff.errors.js';
import { type StaffData, type StaffFilter, StaffRepository, type StaffRow } from './staff.repository.js';
import { TeamRepository } from './team.repository.js';
import { isTiedDown } from './domain/staff-move.js';

export interface StaffCreateInput {
  readonly nationalId: string;
  readonly kind: StaffKind;
  readonly fullName: string;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly iban?: string | null;
  readonly community: Community;
  readonly languageOfWork: Language;
  readonly municipalityCode: string;
  readonly engagementStart?: string | null;
  readonly engagementEnd?: string | null;
  readonly status?: StaffStatus;
  readonly teamCode?: string | null;
}

export type StaffUpdateInput = Partial<StaffCreateInput>;

/** Today as a date-only value (UTC midnight), to compare with date columns. */
const startOfTodayUtc = (): Date => toDate(new Date().toISOString().slice(0, 10));

const DUPLICATE_NATIONAL_ID = 'another staff member already has this national id';

/** Municipal users recognise an account by its ends; ASK (national roles) pays and sees it whole. */
const masksIban = (p: Principal): boolean => p.scope.kind === 'municipal';

export function staffView(r: StaffRow, maskIbans: boolean) {
  const { team, engagementStart, engagementEnd, iban, bankAccounts, ...rest } = r;
  const show = (x: string) => (maskIbans ? maskIban(x) : x);
  const pending = bankAccounts[0];
  return {
    ...rest,
    /** the confirmed IBAN pay runs use, and its version */
    iban: iban === null ? null : show(iban),
    /** a requested IBAN waiting for a second finance user, if any */
    ibanPending: pending ? { version: pending.version, iban: show(pending.iban), requestedAt: pending.requestedAt } : null,
    engagementStart: fromDate(engagementStart),
    engagementEnd: fromDate(engagementEnd),
    team: team ? { id: team.id, code: team.code } : null,
  };
}

@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly teams: TeamRepository,
    private readonly audit: AuditService,
    private readonly bankAccounts: BankAccountService,
    private readonly transactions: Transactions,
  ) {}

  async list(p: Principal, f: StaffFilter) {
    const page = await this.staff.list(p.scope, f);
    return { ...page, items: page.items.map((r) => staffView(r, masksIban(p))) };
  }

  /** One person with their team, the teams they lead, and assignment periods not yet ended. */
  async get(p: Principal, id: string) {
    const row = await this.staff.find(p.scope, id);
    if (!row) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const { ledTeams, currentAssignments } = await this.staff.related(p.scope, id, startOfTodayUtc());
    return {
      ...staffView(row, masksIban(p)),
      ledTeams,
      currentAssignments: currentAssignments.map((a) => ({
        id: a.id,
        eaId: a.eaId,
        eaCode: a.ea.code,
        validFrom: fromDate(a.validFrom),
        validTo: fromDate(a.validTo),
      })),
    };
  }

  /** An IBAN given here is a pending change (see BankAccountService): the person starts without one in force. */
  create(p: Principal, input: StaffCreateInput) {
    if (input.iban) this.bankAccounts.assertMayChange(p);
    return uniqueAs('nationalId', 'NATIONAL_ID_TAKEN', DUPLICATE_NATIONAL_ID, () =>
      this.transactions.run(async (tx) => {
        const municipalityId = await this.municipalityOf(tx, p.scope, input.municipalityCode);
        const teamId = input.teamCode ? await this.teamFor(tx, p.scope, input.teamCode, { kind: input.kind, municipalityId }) : null;
        if (await this.staff.nationalIdTaken(tx, input.nationalId)) throw duplicateNationalId();
        const row = await this.staff.create(tx, {
          nationalId: input.nationalId,
          kind: input.kind,
          fullName: input.fullName,
          phone: input.phone ?? null,
          email: input.email ?? null,
          iban: null,
          ibanVersion: null,
          community: input.community,
          languageOfWork: input.languageOfWork,
          municipalityId,
          engagementStart: input.engagementStart ? toDate(input.engagementStart) : null,
          engagementEnd: input.engagementEnd ? toDate(input.engagementEnd) : null,
          status: input.status ?? StaffStatus.ACTIVE,
          teamId,
        });
        await this.audit.record(tx, actorOf(p), {
          action: 'created',
          entity: 'StaffMember',
          entityIds: [row.id],
          municipalityId,
          details: { kind: row.kind },
        });
        if (!input.iban) return staffView(row, masksIban(p));
        await this.bankAccounts.request(tx, p, [{ staffId: row.id, municipalityId, iban: input.iban }], 'api');
        return staffView((await this.staff.find(p.scope, row.id, tx)) ?? row, masksIban(p));
      }),
    );
  }

  /** A new IBAN becomes a pending change; an IBAN is never removed here. */
  update(p: Principal, id: string, input: StaffUpdateInput) {
    if (input.iban !== undefined) this.bankAccounts.assertMayChange(p);
    return uniqueAs('nationalId', 'NATIONAL_ID_TAKEN', DUPLICATE_NATIONAL_ID, () =>
      this.transactions.run(async (tx) => {
        if (!(await this.staff.lock(tx, p.scope, id, 'update'))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
        const before = await this.staff.find(p.scope, id, tx);
        if (!before) throw new AppError('STAFF_UNKNOWN', 'staff member not found');

        const municipalityId =
          input.municipalityCode !== undefined ? await this.municipalityOf(tx, p.scope, input.municipalityCode) : before.municipalityId;
        const kind = input.kind ?? before.kind;
        const start = input.engagementStart !== undefined ? input.engagementStart : fromDate(before.engagementStart);
        const end = input.engagementEnd !== undefined ? input.engagementEnd : fromDate(before.engagementEnd);
        const datesProblem = engagementProblem(start, end);
        if (datesProblem)
          throw new AppError('VALIDATION_FAILED', 'request validation failed', [problem(datesProblem, {}, { field: 'engagementEnd' })]);

        // Kind and municipality carry the person's assignments and teams; those must go first.
        const kindChanged = kind !== before.kind;
        const municipalityChanged = municipalityId !== before.municipalityId;
        if (kindChanged || municipalityChanged) {
          const usage = await this.staff.usage(tx, id);
          if (isTiedDown(usage)) {
            throw new AppError(
              'STAFF_IN_USE',
              `the ${kindChanged ? 'kind' : 'municipality'} of a person with assignments or a team to lead cannot change`,
              [
                problem(
                  'STAFF_TIED_DOWN',
                  { assignments: usage.assignments, ledTeams: usage.ledTeams },
                  { field: kindChanged ? 'kind' : 'municipalityCode' },
                ),
              ],
            );
          }
        }

        let teamId = before.teamId;
        if (input.teamCode !== undefined) {
          teamId = input.teamCode === null ? null : await this.teamFor(tx, p.scope, input.teamCode, { kind, municipalityId });
        } else if (before.team && (kindChanged || municipalityChanged)) {
          // The current team must still fit the changed person.
          assertNoProblems(
            [memberProblem(before.team, { kind, municipalityId, teamId: null }, 'teamCode')],
            'VALIDATION_FAILED',
            'the person no longer fits their team',
          );
        }

        if (input.engagementStart !== undefined || input.engagementEnd !== undefined) {
          // Existing assignment periods must stay within the engagement.
          const periods = await this.staff.assignmentPeriods(tx, id);
          const facts = { engagementStart: start ?? null, engagementEnd: end ?? null };
          const outside = periods.filter(
            (a) => engagementProblems(facts, { validFrom: fromDate(a.validFrom) as string, validTo: fromDate(a.validTo) }).length > 0,
          );
          if (outside.length > 0) {
            throw new AppError(
              'ASSIGNMENT_INVALID',
              'the new engagement dates would leave assignment periods outside the engagement',
              outside.map((a) =>
                problem(
                  'ASSIGNMENT_OUTSIDE_ENGAGEMENT',
                  { assignment: a.id, from: fromDate(a.validFrom) as string, to: fromDate(a.validTo) ?? 'open' },
                  { field: 'engagementStart' },
                ),
              ),
            );
          }
        }
        if (
          input.nationalId !== undefined &&
          input.nationalId !== before.nationalId &&
          (await this.staff.nationalIdTaken(tx, input.nationalId, id))
        )
          throw duplicateNationalId();

        const data: Partial<StaffData> = {
          ...(input.nationalId !== undefined ? { nationalId: input.nationalId } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.email !== undefined ? { email: input.email } : {}),
          ...(input.community !== undefined ? { community: input.community } : {}),
          ...(input.languageOfWork !== undefined ? { languageOfWork: input.languageOfWork } : {}),
          ...(municipalityChanged ? { municipalityId } : {}),
          ...(input.engagementStart !== undefined
            ? { engagementStart: input.engagementStart === null ? null : toDate(input.engagementStart) }
            : {}),
          ...(input.engagementEnd !== undefined
            ? { engagementEnd: input.engagementEnd === null ? null : toDate(input.engagementEnd) }
            : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(teamId !== before.teamId ? { teamId } : {}),
        };
        if (input.iban === null && (before.iban !== null || before.bankAccounts.length > 0))
          throw new AppError('VALIDATION_FAILED', 'bank details cannot be removed', [problem('IBAN_NOT_REMOVABLE', {}, { field: 'iban' })]);
        const { iban, ...others } = input;
        if (iban) await this.bankAccounts.request(tx, p, [{ staffId: id, municipalityId: before.municipalityId, iban }], 'api');
        const fields = Object.keys(others).sort();
        if (fields.length === 0) return staffView((await this.staff.find(p.scope, id, tx)) ?? before, masksIban(p));
        const row = await this.staff.update(tx, p.scope, id, data);
        if (!row) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
        await this.audit.record(tx, actorOf(p), {
          action: 'updated',
          entity: 'StaffMember',
          entityIds: [id],
          municipalityId: row.municipalityId,
          details: { fields },
        });
        return staffView(row, masksIban(p));
      }),
    );
  }

  /** People with history (assignments, a team to lead, a contract) are ended with status LEFT instead. */
  async remove(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.staff.lock(tx, p.scope, id, 'update'))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      const usage = await this.staff.usage(tx, id);
      if (usage.assignments > 0 || usage.ledTeams > 0 || usage.contracts > 0) {
        throw new AppError(
          'STAFF_IN_USE',
          'a person with assignments, a team to lead or a contract cannot be deleted; set status LEFT instead',
          [
            {
              field: 'id',
              code: 'STAFF_IN_USE',
              params: { assignments: usage.assignments, ledTeams: usage.ledTeams, contracts: usage.contracts },
            },
          ],
        );
      }
      const before = await this.staff.find(p.scope, id, tx);
      if (!before || !(await this.staff.delete(tx, p.scope, id))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'StaffMember',
        entityIds: [id],
        municipalityId: before.municipalityId,
        details: { kind: before.kind },
      });
    });
  }

  private async municipalityOf(tx: Tx, scope: Scope, code: string): Promise<string> {
    const id = await this.staff.municipalityId(scope, code, tx);
    // Outside the caller's scope looks exactly like unknown.
    if (!id)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        problem('MUNICIPALITY_UNKNOWN', { code }, { field: 'municipalityCode' }),
      ]);
    return id;
  }

  /** The team a person joins through `teamCode`: visible to the caller and fitting the person. */
  private async teamFor(tx: Tx, scope: Scope, code: string, who: { kind: StaffKind; municipalityId: string }): Promise<string> {
    const team = await this.teams.findByCode(scope, code, tx);
    if (!team) throw new AppError('TEAM_UNKNOWN', `team ${code} not found`, [problem('TEAM_UNKNOWN', { code }, { field: 'teamCode' })]);
    // Naming a team here is an explicit move, so a current membership elsewhere does not block it.
    assertNoProblems([memberProblem(team, { ...who, teamId: null }, 'teamCode')], 'VALIDATION_FAILED', 'the person cannot join this team');
    return team.id;
  }
}

const duplicateNationalId = (): AppError =>
  new AppError('UNIQUE_VIOLATION', DUPLICATE_NATIONAL_ID, [problem('NATIONAL_ID_TAKEN', {}, { field: 'nationalId' })]);
