import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type CodedDetail, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import { ApplicationStatus, type Community, type Language, StaffKind, StaffStatus } from '../generated/prisma/enums.js';
import { BankAccountService } from '../staff/bank-account.service.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { Clock } from './clock.js';
import { candidateOf } from './competition.service.js';
import { proposeReplacement } from './domain/shortlist.js';
import { RecruitmentRepository } from './recruitment.repository.js';
import { RecruitmentService } from './recruitment.service.js';
import { REPLACEMENT_HOOKS, type ReplacementHook, type ReplacementNote } from './recruitment.hooks.js';
import { replacementView } from './replacement.service.js';
import { SupervisorRepository } from './supervisor.repository.js';

const DAY_MS = 86_400_000;
const dayAfter = (iso: string): string => fromDate(new Date(toDate(iso).getTime() + DAY_MS)) as string;
const unknownReplacement = (): AppError => new AppError('REPLACEMENT_UNKNOWN', 'replacement not found');

/**
 * A supervisor who leaves is replaced from ASK's supervisor reserve (same municipality and
 * community; same language of work first; then rank), by ASK. On acceptance, in one
 * transaction: the candidate becomes a supervisor from the cut-over (the day after the leaving
 * date), every team the leaver led passes to them with its members, the leaver's engagement
 * ends on the leaving date (payroll prorates the fixed monthly pay by engaged days of each pay
 * month) with status LEFT, and the replacement hooks run (kit, training), as for enumerators.
 */
@Injectable()
export class SupervisorReplacementService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly supervisors: SupervisorRepository,
    private readonly recruitment: RecruitmentService,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly bankAccounts: BankAccountService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    /** Required: bound in src/wiring (equipment, training). */
    @Inject(REPLACEMENT_HOOKS) private readonly hooks: ReplacementHook[],
  ) {}

  /** Replacements of supervisors in the municipality. */
  async list(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.recruitment.context(p, competitionId, code);
    const rows = await this.repo.replacements(p.scope, c.id, m.id);
    const apps = new Set((await this.supervisors.supervisorApplications(p.scope, c.id, m.id)).map((a) => a.id));
    return rows.filter((r) => apps.has(r.proposedApplicationId)).map(replacementView);
  }

  propose(p: Principal, competitionId: string, code: string, input: { leaverStaffId: string; leavingDate: string; reason: string }) {
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const stage = await this.supervisors.lockStage(tx, p.scope, c.id, m.id);
      if (!stage?.publishedAt)
        throw new AppError('RECRUITMENT_STAGE', 'the supervisor selection has not been published: there is no supervisor reserve yet');
      const leaver = (await this.staff.lock(tx, p.scope, input.leaverStaffId, 'update'))
        ? await this.staff.find(p.scope, input.leaverStaffId, tx)
        : null;
      if (!leaver || leaver.municipalityId !== m.id)
        throw new AppError('STAFF_UNKNOWN', 'supervisor not found', [
          problem('NO_STAFF_OF_KIND_HERE', { kind: 'SUPERVISOR', code: m.code }, { field: 'leaverStaffId' }),
        ]);
      const cutoverDate = dayAfter(input.leavingDate);
      const problems: CodedDetail[] = [];
      if (leaver.kind !== StaffKind.SUPERVISOR)
        problems.push(problem('REPLACE_FROM_OWN_RESERVE', { kind: 'ENUMERATOR' }, { field: 'leaverStaffId' }));
      if (leaver.status === StaffStatus.LEFT) problems.push(problem('HAS_LEFT', {}, { field: 'leaverStaffId' }));
      const start = fromDate(leaver.engagementStart);
      const end = fromDate(leaver.engagementEnd);
      if (start !== null && input.leavingDate < start)
        problems.push(problem('BEFORE_ENGAGEMENT_START', { startDay: start }, { field: 'leavingDate' }));
      if (end !== null && input.leavingDate >= end)
        problems.push(problem('NOT_BEFORE_ENGAGEMENT_END', { endDay: end }, { field: 'leavingDate' }));
      if (problems.length > 0) throw new AppError('REPLACEMENT_INVALID', 'this replacement cannot be recorded', problems);
      if (await this.repo.pendingReplacementOf(tx, leaver.id))
        throw new AppError('RECRUITMENT_STAGE', 'a replacement of this supervisor is already proposed; accept it first');
      const next = await this.nextCandidate(tx, p, c.id, m, leaver);
      const r = await this.repo.createReplacement(tx, {
        competitionId: c.id,
        municipalityId: m.id,
        leaverStaffId: leaver.id,
        leavingDate: toDate(input.leavingDate),
        cutoverDate: toDate(cutoverDate),
        reason: input.reason,
        proposedApplicationId: next.id,
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'proposed',
        entity: 'Replacement',
        entityIds: [r.id, leaver.id, next.id],
        municipalityId: m.id,
        details: { kind: StaffKind.SUPERVISOR, leavingDate: input.leavingDate, cutoverDate },
      });
      return { ...replacementView(r), proposed: proposedView(next) };
    });
  }

  /** The next eligible supervisor reserve candidate, skipping candidates proposed for other leavers. */
  private async nextCandidate(
    tx: Tx,
    p: Principal,
    competitionId: string,
    m: { id: string; code: string },
    leaver: { community: Community; languageOfWork: Language },
  ) {
    const proposedElsewhere = new Set(
      (await this.repo.replacements(p.scope, competitionId, m.id, tx))
        .filter((r) => r.status === 'PROPOSED')
        .map((r) => r.proposedApplicationId),
    );
    const reserve = (await this.supervisors.supervisorApplications(p.scope, competitionId, m.id, tx)).filter(
      (a) => a.eligible && a.status === ApplicationStatus.SUBMITTED && !proposedElsewhere.has(a.id),
    );
    const pick = proposeReplacement(leaver, reserve.map(candidateOf));
    const next = pick ? reserve.find((a) => a.id === pick.id) : undefined;
    if (!next)
      throw new AppError('RESERVE_EMPTY', `no supervisor reserve candidate of the ${leaver.community} community is left in ${m.code}`);
    return next;
  }

  /** A supervisor replacement of this municipality, locked; an enumerator's replacement is not found here. */
  private async lockSupervisorReplacement(tx: Tx, p: Principal, competitionId: string, municipalityId: string, replacementId: string) {
    const r = await this.repo.lockReplacement(tx, p.scope, competitionId, municipalityId, replacementId);
    if (!r) throw unknownReplacement();
    const leaver = await this.staff.find(p.scope, r.leaverStaffId, tx);
    if (!leaver || leaver.kind !== StaffKind.SUPERVISOR) throw unknownReplacement();
    if (r.status !== 'PROPOSED') throw new AppError('RECRUITMENT_STAGE', 'this replacement was already accepted');
    return { r, leaver };
  }

  /** The proposed candidate declines: they leave the reserve (DECLINED) and the next is proposed; nobody left → 409 RESERVE_EMPTY. */
  decline(p: Principal, competitionId: string, code: string, replacementId: string) {
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const { r, leaver } = await this.lockSupervisorReplacement(tx, p, c.id, m.id, replacementId);
      await this.repo.decline(tx, p.scope, r.proposedApplicationId);
      const next = await this.nextCandidate(tx, p, c.id, m, leaver);
      await this.repo.repropose(tx, p.scope, r.id, next.id);
      await this.audit.record(tx, actorOf(p), {
        action: 'declined',
        entity: 'Replacement',
        entityIds: [r.id, r.proposedApplicationId, next.id],
        municipalityId: m.id,
      });
      return { ...replacementView({ ...r, proposedApplicationId: next.id }), proposed: proposedView(next) };
    });
  }

  /** An IBAN given at acceptance is a pending change for finance to confirm (ADMIN here). */
  accept(p: Principal, competitionId: string, code: string, replacementId: string, input: { iban?: string | null }) {
    if (input.iban) this.bankAccounts.assertMayChange(p);
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const { r } = await this.lockSupervisorReplacement(tx, p, c.id, m.id, replacementId);
      const app = (await this.supervisors.supervisorApplications(p.scope, c.id, m.id, tx)).find((a) => a.id === r.proposedApplicationId);
      if (!app || app.status !== ApplicationStatus.SUBMITTED)
        throw new AppError('RECRUITMENT_STAGE', 'the proposed candidate is no longer on the supervisor reserve');
      if (!(await this.staff.lock(tx, p.scope, r.leaverStaffId, 'update'))) throw new AppError('STAFF_UNKNOWN', 'supervisor not found');
      if (await this.staff.nationalIdTaken(tx, app.nationalId))
        throw new AppError('UNIQUE_VIOLATION', 'the proposed candidate is already a staff member', [
          problem('NATIONAL_ID_IS_STAFF', { application: r.proposedApplicationId }, { field: 'proposedApplicationId' }),
        ]);
      const cutoverDate = fromDate(r.cutoverDate) as string;
      const leavingDate = fromDate(r.leavingDate) as string;

      const staffId = await this.recruitment.hire(tx, p, c, app, r.cutoverDate, ApplicationStatus.HIRED);
      if (input.iban) await this.bankAccounts.request(tx, p, [{ staffId, municipalityId: m.id, iban: input.iban }], 'recruitment');
      // The teams (and their enumerators) pass to the replacement.
      const teams = await this.supervisors.handOverTeams(tx, p.scope, r.leaverStaffId, staffId);
      // Pay stops at the leaving date: payroll prorates the monthly pay by engaged days.
      await this.staff.update(tx, p.scope, r.leaverStaffId, { engagementEnd: r.leavingDate, status: StaffStatus.LEFT });

      const notes: ReplacementNote[] = [];
      for (const hook of this.hooks)
        notes.push(
          ...(await hook.onReplacement(tx, {
            replacementId: r.id,
            competitionId: c.id,
            municipalityId: m.id,
            leaverStaffId: r.leaverStaffId,
            replacementStaffId: staffId,
            cutoverDate,
            reason: r.reason,
            actor: actorOf(p),
          })),
        );
      await this.repo.acceptReplacement(
        tx,
        p.scope,
        r.id,
        staffId,
        notes.map((n) => ({ ...n })),
        now,
      );
      await this.audit.record(tx, actorOf(p), {
        action: 'accepted',
        entity: 'Replacement',
        entityIds: [r.id, r.leaverStaffId, staffId, ...teams.map((t) => t.id)],
        municipalityId: m.id,
        details: { kind: StaffKind.SUPERVISOR, leavingDate, cutoverDate, teams: teams.length, notes: notes.length },
      });
      return {
        id: r.id,
        status: 'ACCEPTED' as const,
        leaverStaffId: r.leaverStaffId,
        replacementStaffId: staffId,
        leavingDate,
        cutoverDate,
        teamCodes: teams.map((t) => t.code),
        notes,
      };
    });
  }
}

const proposedView = (a: { id: string; fullName: string; languageOfWork: Language; community: Community }) => ({
  applicationId: a.id,
  fullName: a.fullName,
  languageOfWork: a.languageOfWork,
  community: a.community,
});
