import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { ApplicationStatus } from '../generated/prisma/enums.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { Clock } from './clock.js';
import { candidateOf } from './competition.service.js';
import type { Selection } from './domain/shortlist.js';
import { checkSupervisorSelection, rankSupervisors } from './domain/supervisor-selection.js';
import { applicationView } from './recruitment.service.js';
import { RecruitmentRepository, type ApplicationRow } from './recruitment.repository.js';
import { RecruitmentService } from './recruitment.service.js';
import { SupervisorRepository } from './supervisor.repository.js';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/**
 * ASK's supervisor selection for a municipality: the ranking of eligible, scored supervisor
 * applications per community against the supervisor targets, ASK's selection, and publication
 * (the selected become supervisor staff records, each leading a new team). National callers
 * see every step; a municipality reads its results once published.
 */
@Injectable()
export class SupervisorSelectionService {
  constructor(
    private readonly repo: SupervisorRepository,
    private readonly recruitmentRepo: RecruitmentRepository,
    private readonly recruitment: RecruitmentService,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Ranking per community (eligible and scored), the selection so far, and the applications left out with why. */
  async ranking(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.recruitment.context(p, competitionId, code);
    const [stage, targets, apps] = await Promise.all([
      this.repo.stage(p.scope, c.id, m.id),
      this.recruitmentRepo.targets(p.scope, c.id, m.id),
      this.repo.supervisorApplications(p.scope, c.id, m.id),
    ]);
    const byId = new Map(apps.map((a) => [a.id, a]));
    const rankings = rankSupervisors(targets, apps.filter((a) => a.eligible).map(candidateOf));
    return {
      competitionId: c.id,
      municipalityCode: m.code,
      selectedAt: iso(stage?.selectedAt),
      publishedAt: iso(stage?.publishedAt),
      communities: rankings.map((r) => ({
        community: r.community,
        required: r.required,
        candidates: r.ranked.map((x, i) => {
          const a = byId.get(x.id) as ApplicationRow;
          return {
            rank: i + 1,
            applicationId: a.id,
            fullName: a.fullName,
            languageOfWork: a.languageOfWork,
            score: a.score?.toFixed(2) ?? null,
            status: a.status,
            deviationReason: a.deviationReason,
          };
        }),
      })),
      unscored: apps.filter((a) => a.eligible && a.score === null).map((a) => ({ applicationId: a.id, fullName: a.fullName })),
      ineligible: apps
        .filter((a) => !a.eligible)
        .map((a) => ({ applicationId: a.id, fullName: a.fullName, reasons: applicationView(a).ineligibility })),
    };
  }

  /** ASK's selection (ADMIN): exactly the required number per community; a new selection replaces one not yet published. */
  select(p: Principal, competitionId: string, code: string, selections: readonly Selection[]) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      if (stage?.publishedAt)
        throw new AppError('RECRUITMENT_STAGE', `the supervisor selection was already published at ${stage.publishedAt.toISOString()}`);
      const targets = await this.recruitmentRepo.targets(p.scope, c.id, m.id, tx);
      const apps = await this.repo.supervisorApplications(p.scope, c.id, m.id, tx);
      const rankings = rankSupervisors(targets, apps.filter((a) => a.eligible && a.status !== ApplicationStatus.DECLINED).map(candidateOf));
      if (rankings.every((r) => r.required === 0))
        throw new AppError('RECRUITMENT_STAGE', `${m.code} has no supervisor targets in this competition`);
      const check = checkSupervisorSelection(rankings, selections);
      if (!check.ok) throw new AppError('SUPERVISOR_SELECTION_INVALID', 'the supervisor selection does not meet the rules', check.problems);
      await this.repo.clearSelection(tx, p.scope, c.id, m.id);
      for (const s of selections) await this.recruitmentRepo.select(tx, p.scope, m.id, s.applicationId, s.reason?.trim() || null);
      await this.repo.setStage(tx, p.scope, c.id, m.id, { selectedAt: now, selectedById: p.userId });
      await this.audit.record(tx, actorOf(p), {
        action: 'supervisors-selected',
        entity: 'SupervisorSelection',
        entityIds: [c.id, ...selections.map((s) => s.applicationId)],
        municipalityId: m.id,
        details: { selected: selections.length, deviations: check.deviations },
      });
      return { municipalityCode: m.code, selectedAt: now.toISOString(), selected: selections.length, deviations: check.deviations };
    });
  }

  /** Publication (ADMIN): each selected candidate becomes a supervisor from the engagement start, leading a new team. */
  publish(p: Principal, competitionId: string, code: string) {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      if (!stage?.selectedAt) throw new AppError('RECRUITMENT_STAGE', 'ASK has not selected the supervisors of this municipality yet');
      if (stage.publishedAt)
        throw new AppError('RECRUITMENT_STAGE', `the supervisor selection was already published at ${stage.publishedAt.toISOString()}`);
      const selected = (await this.repo.supervisorApplications(p.scope, c.id, m.id, tx)).filter(
        (a) => a.status === ApplicationStatus.SELECTED,
      );
      const taken = [];
      for (const a of selected)
        if ((await this.staff.nationalIdTaken(tx, a.nationalId)) || (await this.repo.teamCodeTaken(tx, teamCodeOf(a)))) taken.push(a);
      if (taken.length > 0)
        throw new AppError(
          'UNIQUE_VIOLATION',
          'some selected candidates are already staff members',
          taken.map((a) => problem('NATIONAL_ID_IS_STAFF_OR_TEAM', { application: a.id }, { field: 'applicationId' })),
        );
      const teams = [];
      for (const a of selected) {
        const staffId = await this.recruitment.hire(tx, p, c, a, c.engagementStart, ApplicationStatus.SELECTED);
        teams.push({ staffId, ...(await this.repo.createTeam(tx, m.id, teamCodeOf(a), staffId)) });
      }
      await this.repo.setStage(tx, p.scope, c.id, m.id, { publishedAt: now, publishedById: p.userId });
      await this.audit.record(tx, actorOf(p), {
        action: 'supervisors-published',
        entity: 'SupervisorSelection',
        entityIds: [c.id, ...teams.flatMap((t) => [t.staffId, t.id])],
        municipalityId: m.id,
        details: { hired: teams.length },
      });
      return { municipalityCode: m.code, publishedAt: now.toISOString(), hired: teams.length };
    });
  }

  /**
   * The published result: the selected supervisors with their teams, and the reserve in rank
   * order per community. A municipality sees it only once published (409 before).
   */
  async results(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.recruitment.context(p, competitionId, code);
    const stage = await this.repo.stage(p.scope, c.id, m.id);
    if (p.scope.kind !== 'national' && !stage?.publishedAt)
      throw new AppError('RECRUITMENT_STAGE', 'ASK has not published the supervisor selection of this municipality yet');
    const apps = await this.repo.supervisorApplications(p.scope, c.id, m.id);
    const hired = apps.filter((a) => a.staffId !== null);
    const teams = await this.repo.teamsLedBy(
      p.scope,
      hired.map((a) => a.staffId as string),
    );
    const reserve = rankSupervisors([], apps.filter((a) => a.eligible && a.status === ApplicationStatus.SUBMITTED).map(candidateOf));
    const byId = new Map(apps.map((a) => [a.id, a]));
    return {
      competitionId: c.id,
      municipalityCode: m.code,
      publishedAt: iso(stage?.publishedAt),
      supervisors: hired
        .map((a) => ({
          applicationId: a.id,
          staffId: a.staffId as string,
          fullName: a.fullName,
          community: a.community,
          status: a.status,
          teamCodes: teams.filter((t) => t.supervisorId === a.staffId).map((t) => t.code),
        }))
        .sort((x, y) => x.fullName.localeCompare(y.fullName, 'sq')),
      reserve: reserve.map((r) => ({
        community: r.community,
        candidates: r.ranked.map((x, i) => {
          const a = byId.get(x.id) as ApplicationRow;
          return {
            reserveRank: i + 1,
            applicationId: a.id,
            fullName: a.fullName,
            languageOfWork: a.languageOfWork,
            score: a.score?.toFixed(2) ?? null,
          };
        }),
      })),
    };
  }
}

/** A team per published supervisor, named after their national id (unique among staff, so among teams). */
export const teamCodeOf = (a: { nationalId: string }): string => `SUP-${a.nationalId}`;
