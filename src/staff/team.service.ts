import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type ErrorDetail, problem } from '../common/errors/app-error.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { memberProblem, type Problem, supervisorProblem } from './domain/eligibility.js';
import { actorOf } from '../audit/audit.service.js';
import { assertNoProblems, uniqueAs } from './staff.errors.js';
import { StaffRepository } from './staff.repository.js';
import { TeamRepository, type TeamFilter } from './team.repository.js';

type TeamRow = NonNullable<Awaited<ReturnType<TeamRepository['find']>>>;

export interface TeamCreateInput {
  readonly code: string;
  readonly municipalityCode: string;
  readonly supervisorId?: string | null;
}

export interface TeamUpdateInput {
  readonly supervisorId?: string | null;
  readonly addMemberIds?: readonly string[];
  readonly removeMemberIds?: readonly string[];
}

const DUPLICATE_CODE = 'another team already has this code';

function teamSummary(t: Omit<TeamRow, 'members'>) {
  const { _count, ...rest } = t;
  return { ...rest, memberCount: _count.members };
}

const teamView = (t: TeamRow) => ({ ...teamSummary(t), members: t.members });

@Injectable()
export class TeamService {
  constructor(
    private readonly teams: TeamRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(p: Principal, f: TeamFilter) {
    const page = await this.teams.list(p.scope, f);
    return { ...page, items: page.items.map(teamSummary) };
  }

  async get(p: Principal, id: string) {
    const team = await this.teams.find(p.scope, id);
    if (!team) throw new AppError('TEAM_UNKNOWN', 'team not found');
    return teamView(team);
  }

  create(p: Principal, input: TeamCreateInput) {
    return uniqueAs('code', 'TEAM_CODE_TAKEN', DUPLICATE_CODE, () =>
      this.transactions.run(async (tx) => {
        const municipalityId = await this.staff.municipalityId(p.scope, input.municipalityCode, tx);
        if (!municipalityId) {
          throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${input.municipalityCode} not found`, [
            problem('MUNICIPALITY_UNKNOWN', { code: input.municipalityCode }, { field: 'municipalityCode' }),
          ]);
        }
        const supervisorId = input.supervisorId ?? null;
        if (supervisorId !== null) await this.checkSupervisor(tx, p.scope, municipalityId, supervisorId);
        if (await this.teams.codeTaken(tx, input.code))
          throw new AppError('UNIQUE_VIOLATION', DUPLICATE_CODE, [problem('TEAM_CODE_TAKEN', {}, { field: 'code' })]);
        const team = await this.teams.create(tx, { code: input.code, municipalityId, supervisorId });
        await this.audit.record(tx, actorOf(p), {
          action: 'created',
          entity: 'SupervisorTeam',
          entityIds: [team.id],
          municipalityId,
          details: { code: team.code },
        });
        return teamView(team);
      }),
    );
  }

  /** Change the supervisor and/or the members; all checks pass or nothing changes. */
  update(p: Principal, id: string, input: TeamUpdateInput) {
    return this.transactions.run(async (tx) => {
      if (!(await this.teams.lock(tx, p.scope, id))) throw new AppError('TEAM_UNKNOWN', 'team not found');
      const team = await this.teams.find(p.scope, id, tx);
      if (!team) throw new AppError('TEAM_UNKNOWN', 'team not found');

      if (input.supervisorId !== undefined && input.supervisorId !== null)
        await this.checkSupervisor(tx, p.scope, team.municipalityId, input.supervisorId);
      const add = [...new Set(input.addMemberIds ?? [])];
      const remove = [...new Set(input.removeMemberIds ?? [])];
      await this.checkNewMembers(tx, p.scope, team, add);
      const current = new Set(team.members.map((m) => m.id));
      const notMembers: ErrorDetail[] = remove.flatMap((sid, i) =>
        current.has(sid) ? [] : [problem('NOT_TEAM_MEMBER', {}, { field: `removeMemberIds.${i}` })],
      );
      if (notMembers.length > 0) throw new AppError('TEAM_INVALID', 'the team change is not valid', notMembers);

      if (input.supervisorId !== undefined) await this.teams.setSupervisor(tx, p.scope, id, input.supervisorId);
      if (remove.length > 0) await this.teams.removeMembers(tx, p.scope, id, remove);
      // The staff rows are not locked: a person who joined another team meanwhile is not moved.
      if (add.length > 0 && (await this.teams.addMembers(tx, p.scope, id, add)) !== add.length) {
        throw new AppError('CONFLICT', 'a person joined another team at the same time; retry');
      }
      const after = await this.teams.find(p.scope, id, tx);
      if (!after) throw new AppError('TEAM_UNKNOWN', 'team not found');
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'SupervisorTeam',
        entityIds: [id],
        municipalityId: team.municipalityId,
        details: { fields: Object.keys(input).sort(), added: add.length, removed: remove.length },
      });
      return teamView(after);
    });
  }

  /** Only an empty team goes; its supervisor link goes with it. */
  async remove(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      if (!(await this.teams.lock(tx, p.scope, id))) throw new AppError('TEAM_UNKNOWN', 'team not found');
      const members = await this.teams.countMembers(tx, id);
      if (members > 0)
        throw new AppError('TEAM_IN_USE', 'a team with members cannot be deleted; remove the members first', [
          problem('TEAM_HAS_MEMBERS', { count: members }, { field: 'id' }),
        ]);
      const team = await this.teams.find(p.scope, id, tx);
      if (!team || !(await this.teams.delete(tx, p.scope, id))) throw new AppError('TEAM_UNKNOWN', 'team not found');
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'SupervisorTeam',
        entityIds: [id],
        municipalityId: team.municipalityId,
        details: { code: team.code },
      });
    });
  }

  private async checkSupervisor(tx: Tx, scope: Scope, teamMunicipalityId: string, supervisorId: string): Promise<void> {
    const who = await this.staff.find(scope, supervisorId, tx);
    // Another municipality's person looks exactly like an unknown one.
    if (!who) throw new AppError('STAFF_UNKNOWN', 'supervisor not found', [problem('STAFF_UNKNOWN', {}, { field: 'supervisorId' })]);
    assertNoProblems([supervisorProblem(teamMunicipalityId, who)], 'TEAM_INVALID', 'this person cannot lead the team');
  }

  private async checkNewMembers(tx: Tx, scope: Scope, team: TeamRow, ids: readonly string[]): Promise<void> {
    const unknown: ErrorDetail[] = [];
    const problems: (Problem | null)[] = [];
    for (const [i, sid] of ids.entries()) {
      const who = await this.staff.find(scope, sid, tx);
      if (!who) unknown.push(problem('STAFF_UNKNOWN', {}, { field: `addMemberIds.${i}` }));
      else problems.push(memberProblem(team, who, `addMemberIds.${i}`));
    }
    if (unknown.length > 0) throw new AppError('STAFF_UNKNOWN', 'staff member not found', unknown);
    assertNoProblems(problems, 'TEAM_INVALID', 'these people cannot join the team');
  }
}
