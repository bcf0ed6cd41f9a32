import { Inject, Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, type CodedDetail, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import { ApplicationStatus, type Community, type Language, StaffKind, StaffStatus } from '../generated/prisma/enums.js';
import { AssignmentService } from '../staff/assignment.service.js';
import { BankAccountService } from '../staff/bank-account.service.js';
import { StaffRepository } from '../staff/staff.repository.js';
import { Clock } from './clock.js';
import { candidateOf } from './competition.service.js';
import { proposeReplacement } from './domain/shortlist.js';
import { RecruitmentRepository, type ReplacementRow } from './recruitment.repository.js';
import { RecruitmentService } from './recruitment.service.js';
import { notesOf } from './replacement-notes.js';
import { REPLACEMENT_HOOKS, type ReplacementHook, type ReplacementNote } from './recruitment.hooks.js';

const DAY_MS = 86_400_000;
const dayAfter = (iso: string): string => fromDate(new Date(toDate(iso).getTime() + DAY_MS)) as string;

export function replacementView(r: ReplacementRow) {
  return {
    ...r,
    leavingDate: fromDate(r.leavingDate),
    cutoverDate: fromDate(r.cutoverDate),
    notes: notesOf(r.notes),
  };
}

const unknownReplacement = (): AppError => new AppError('REPLACEMENT_UNKNOWN', 'replacement not found');

/**
 * When an enumerator leaves: record the leaving date and reason and propose the next reserve
 * candidate (same municipality and community; same language of work first; then rank). On
 * acceptance, in one transaction: the candidate becomes an enumerator from the cut-over (the
 * day after the leaving date), the leaver's EA assignments pass to them from the cut-over
 * (history kept), the leaver's engagement ends on the leaving date (payroll prorates by
 * engagement days) with status LEFT, and the replacement hooks run (kit, training).
 */
@Injectable()
export class ReplacementService {
  constructor(
    private readonly repo: RecruitmentRepository,
    private readonly recruitment: RecruitmentService,
    private readonly staff: StaffRepository,
    private readonly assignments: AssignmentService,
    private readonly audit: AuditService,
    private readonly bankAccounts: BankAccountService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    /** Required: bound in src/wiring (equipment, training). */
    @Inject(REPLACEMENT_HOOKS) private readonly hooks: ReplacementHook[],
  ) {}

  /** Replacements of enumerators (a supervisor's are listed on the supervisor routes). */
  async list(p: Principal, competitionId: string, code: string) {
    const { c, m } = await this.recruitment.context(p, competitionId, code);
    const enumerators = new Map((await this.repo.enumeratorApplications(p.scope, c.id, m.id)).map((a) => [a.id, a.fullName]));
    const rows = (await this.repo.replacements(p.scope, c.id, m.id)).filter((r) => enumerators.has(r.proposedApplicationId));
    // The names the commission reads beside each replacement: the leaver's and the proposed candidate's.
    const leavers = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.leaverStaffId))) {
      const leaver = await this.staff.find(p.scope, id);
      if (leaver) leavers.set(id, leaver.fullName);
    }
    return rows.map((r) => ({
      ...replacementView(r),
      leaverFullName: leavers.get(r.leaverStaffId) ?? null,
      proposedFullName: enumerators.get(r.proposedApplicationId) ?? null,
    }));
  }

  propose(p: Principal, competitionId: string, code: string, input: { leaverStaffId: string; leavingDate: string; reason: string }) {
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const stage = await this.repo.lockStage(tx, p.scope, c.id, m.id);
      if (!stage?.publishedAt)
        throw new AppError('RECRUITMENT_STAGE', 'the final list has not been published: there is no reserve list yet');
      const leaver = (await this.staff.lock(tx, p.scope, input.leaverStaffId, 'update'))
        ? await this.staff.find(p.scope, input.leaverStaffId, tx)
        : null;
      if (!leaver || leaver.municipalityId !== m.id)
        throw new AppError('STAFF_UNKNOWN', 'enumerator not found', [
          problem('NO_STAFF_OF_KIND_HERE', { kind: 'ENUMERATOR', code: m.code }, { field: 'leaverStaffId' }),
        ]);
      const cutoverDate = dayAfter(input.leavingDate);
      const problems: CodedDetail[] = [];
      if (leaver.kind !== StaffKind.ENUMERATOR)
        problems.push(problem('REPLACE_FROM_OWN_RESERVE', { kind: 'SUPERVISOR' }, { field: 'leaverStaffId' }));
      if (leaver.status === StaffStatus.LEFT) problems.push(problem('HAS_LEFT', {}, { field: 'leaverStaffId' }));
      const start = fromDate(leaver.engagementStart);
      const end = fromDate(leaver.engagementEnd);
      if (start !== null && input.leavingDate < start)
        problems.push(problem('BEFORE_ENGAGEMENT_START', { startDay: start }, { field: 'leavingDate' }));
      if (end !== null && input.leavingDate >= end)
        problems.push(problem('NOT_BEFORE_ENGAGEMENT_END', { endDay: end }, { field: 'leavingDate' }));
      if (cutoverDate > (fromDate(c.engagementEnd) as string))
        problems.push(problem('NO_ENGAGEMENT_LEFT', { endDay: fromDate(c.engagementEnd) as string }, { field: 'leavingDate' }));
      if (problems.length > 0) throw new AppError('REPLACEMENT_INVALID', 'this replacement cannot be recorded', problems);
      if (await this.repo.pendingReplacementOf(tx, leaver.id))
        throw new AppError('RECRUITMENT_STAGE', 'a replacement of this enumerator is already proposed; accept it first');

      const { next, reserve } = await this.nextCandidate(tx, p, c.id, m, leaver);
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
        details: { leavingDate: input.leavingDate, cutoverDate },
      });
      const candidate = reserve.find((a) => a.id === next.id);
      return {
        ...replacementView(r),
        proposed: {
          applicationId: next.id,
          fullName: candidate?.fullName,
          languageOfWork: candidate?.languageOfWork,
          community: candidate?.community,
        },
      };
    });
  }

  /** The next reserve candidate for this leaver, skipping candidates proposed for other leavers. */
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
    const reserve = (await this.repo.enumeratorApplications(p.scope, competitionId, m.id, tx)).filter(
      (a) => a.eligible && a.status === ApplicationStatus.SUBMITTED && !proposedElsewhere.has(a.id),
    );
    const next = proposeReplacement(leaver, reserve.map(candidateOf));
    if (!next) throw new AppError('RESERVE_EMPTY', `no reserve candidate of the ${leaver.community} community is left in ${m.code}`);
    return { next, reserve };
  }

  /**
   * The proposed candidate declines (or cannot be reached): they leave the reserve list
   * (status DECLINED) and the next candidate is proposed for the same leaver. With nobody
   * left, 409 RESERVE_EMPTY and nothing changes.
   */
  decline(p: Principal, competitionId: string, code: string, replacementId: string) {
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const r = await this.repo.lockReplacement(tx, p.scope, c.id, m.id, replacementId);
      if (!r) throw unknownReplacement();
      if (r.status !== 'PROPOSED') throw new AppError('RECRUITMENT_STAGE', 'this replacement was already accepted');
      const leaver = await this.staff.find(p.scope, r.leaverStaffId, tx);
      if (!leaver) throw new AppError('STAFF_UNKNOWN', 'enumerator not found');
      // A supervisor's replacement is handled by ASK on the supervisor routes.
      if (leaver.kind !== StaffKind.ENUMERATOR) throw unknownReplacement();
      await this.repo.decline(tx, p.scope, r.proposedApplicationId);
      const { next, reserve } = await this.nextCandidate(tx, p, c.id, m, leaver);
      await this.repo.repropose(tx, p.scope, r.id, next.id);
      await this.audit.record(tx, actorOf(p), {
        action: 'declined',
        entity: 'Replacement',
        entityIds: [r.id, r.proposedApplicationId, next.id],
        municipalityId: m.id,
      });
      const candidate = reserve.find((a) => a.id === next.id);
      return {
        ...replacementView({ ...r, proposedApplicationId: next.id }),
        proposed: {
          applicationId: next.id,
          fullName: candidate?.fullName,
          languageOfWork: candidate?.languageOfWork,
          community: candidate?.community,
        },
      };
    });
  }

  /** An IBAN given at acceptance is a pending change for finance to confirm (FINANCE/ADMIN callers only). */
  accept(p: Principal, competitionId: string, code: string, replacementId: string, input: { iban?: string | null }) {
    if (input.iban) this.bankAccounts.assertMayChange(p);
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const { c, m } = await this.recruitment.context(p, competitionId, code, tx);
      const r = await this.repo.lockReplacement(tx, p.scope, c.id, m.id, replacementId);
      if (!r) throw unknownReplacement();
      if (r.status !== 'PROPOSED') throw new AppError('RECRUITMENT_STAGE', 'this replacement was already accepted');
      const app = (await this.repo.enumeratorApplications(p.scope, c.id, m.id, tx)).find((a) => a.id === r.proposedApplicationId);
      if (!app || app.status !== ApplicationStatus.SUBMITTED)
        throw new AppError('RECRUITMENT_STAGE', 'the proposed candidate is no longer on the reserve list');
      if (!(await this.staff.lock(tx, p.scope, r.leaverStaffId, 'update'))) throw new AppError('STAFF_UNKNOWN', 'enumerator not found');
      const leaver = await this.staff.find(p.scope, r.leaverStaffId, tx);
      if (!leaver) throw new AppError('STAFF_UNKNOWN', 'enumerator not found');
      if (await this.staff.nationalIdTaken(tx, app.nationalId))
        throw new AppError('UNIQUE_VIOLATION', 'the proposed candidate is already a staff member', [
          problem('NATIONAL_ID_IS_STAFF', { application: r.proposedApplicationId }, { field: 'proposedApplicationId' }),
        ]);
      const cutoverDate = fromDate(r.cutoverDate) as string;
      const leavingDate = fromDate(r.leavingDate) as string;

      const staffId = await this.recruitment.hire(tx, p, c, app, r.cutoverDate, ApplicationStatus.HIRED, leaver.teamId);
      if (input.iban) await this.bankAccounts.request(tx, p, [{ staffId, municipalityId: m.id, iban: input.iban }], 'recruitment');

      // The leaver's EAs pass to the replacement from the cut-over; rows stay as history.
      const transferred: string[] = [];
      for (const a of await this.repo.assignmentsFrom(tx, p.scope, leaver.id, r.cutoverDate)) {
        if (a.validFrom < r.cutoverDate) {
          const t = await this.assignments.transferIn(tx, p, a.id, { toEnumeratorId: staffId, cutoverDate });
          transferred.push(t.opened.id);
        } else {
          await this.repo.reassign(tx, p.scope, a.id, staffId);
          transferred.push(a.id);
        }
      }
      // Pay stops at the leaving date: payroll prorates by engagement days.
      await this.staff.update(tx, p.scope, leaver.id, { engagementEnd: r.leavingDate, status: StaffStatus.LEFT });

      const notes: ReplacementNote[] = [];
      for (const hook of this.hooks) {
        notes.push(
          ...(await hook.onReplacement(tx, {
            replacementId: r.id,
            competitionId: c.id,
            municipalityId: m.id,
            leaverStaffId: leaver.id,
            replacementStaffId: staffId,
            cutoverDate,
            reason: r.reason,
            actor: actorOf(p),
          })),
        );
      }
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
        entityIds: [r.id, leaver.id, staffId, ...transferred],
        municipalityId: m.id,
        details: { leavingDate, cutoverDate, assignments: transferred.length, notes: notes.length },
      });
      return {
        id: r.id,
        status: 'ACCEPTED' as const,
        leaverStaffId: leaver.id,
        replacementStaffId: staffId,
        leavingDate,
        cutoverDate,
        assignmentIds: transferred,
        notes,
      };
    });
  }
}
