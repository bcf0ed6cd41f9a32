import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { type AssignmentPeriod, periodsOverlap } from './domain/assignment-rules.js';
import { enumeratorProblems, type PeriodFields, type StaffFacts } from './domain/eligibility.js';
import { planTransfer } from './domain/transfer.js';
import { actorOf } from '../audit/audit.service.js';
import { assertNoProblems } from './staff.errors.js';
import { StaffRepository } from './staff.repository.js';
import { type AssignmentFilter, AssignmentRepository, type AssignmentRow, type LockedEa } from './assignment.repository.js';

export interface AssignmentCreateInput {
  readonly eaId: string;
  readonly enumeratorId: string;
  readonly validFrom: string;
  readonly validTo?: string | null;
}

export interface TransferInput {
  readonly toEnumeratorId: string;
  readonly cutoverDate: string;
}

export function assignmentView(a: AssignmentRow) {
  const { ea, enumerator, municipality, validFrom, validTo, ...rest } = a;
  return {
    ...rest,
    eaCode: ea.code,
    enumeratorName: enumerator.fullName,
    municipalityCode: municipality.code,
    validFrom: fromDate(validFrom) as string,
    validTo: fromDate(validTo),
  };
}

const periodOf = (a: { validFrom: Date; validTo: Date | null }): AssignmentPeriod => ({
  validFrom: fromDate(a.validFrom) as string,
  validTo: fromDate(a.validTo),
});
const toPeriodDates = (p: AssignmentPeriod) => ({ validFrom: toDate(p.validFrom), validTo: p.validTo === null ? null : toDate(p.validTo) });
const unknownAssignment = (): AppError => new AppError('ASSIGNMENT_UNKNOWN', 'assignment not found');

@Injectable()
export class AssignmentService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(p: Principal, f: AssignmentFilter) {
    const page = await this.assignments.list(p.scope, f);
    return { ...page, items: page.items.map(assignmentView) };
  }

  async get(p: Principal, id: string) {
    const a = await this.assignments.find(p.scope, id);
    if (!a) throw unknownAssignment();
    return assignmentView(a);
  }

  create(p: Principal, input: AssignmentCreateInput) {
    const period: AssignmentPeriod = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    return this.transactions.run(async (tx) => {
      const ea = await this.assignments.lockEa(tx, p.scope, input.eaId);
      if (!ea) throw new AppError('EA_UNKNOWN', 'enumeration area not found', [problem('EA_UNKNOWN', {}, { field: 'eaId' })]);
      await this.checkEnumerator(tx, p.scope, ea, input.enumeratorId, period, { who: 'enumeratorId', from: 'validFrom', to: 'validTo' });
      await this.checkNoOverlap(tx, ea, period, null, 'validFrom');
      const created = await this.assignments.create(tx, {
        eaId: ea.id,
        enumeratorId: input.enumeratorId,
        municipalityId: ea.municipalityId,
        ...toPeriodDates(period),
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'created',
        entity: 'EaAssignment',
        entityIds: [created.id],
        municipalityId: ea.municipalityId,
        details: { eaCode: ea.code, validFrom: period.validFrom, validTo: period.validTo },
      });
      return assignmentView(created);
    });
  }

  /**
   * Hand an EA over mid-census: close the current period the day before the cut-over and open
   * one for the new enumerator from the cut-over to the old end. Both rows stay as history.
   */
  transfer(p: Principal, id: string, input: TransferInput) {
    return this.transactions.run((tx) => this.transferIn(tx, p, id, input));
  }

  /** {@link transfer} inside the caller's transaction (replacements hand over several EAs at once). */
  async transferIn(tx: Tx, p: Principal, id: string, input: TransferInput) {
    const found = await this.assignments.find(p.scope, id, tx);
    if (!found) throw unknownAssignment();
    const ea = await this.assignments.lockEa(tx, p.scope, found.eaId);
    // Read again under the EA lock: a concurrent transfer may have closed this period.
    const current = ea ? await this.assignments.find(p.scope, id, tx) : null;
    if (!ea || !current) throw unknownAssignment();

    const plan = planTransfer(periodOf(current), input.cutoverDate);
    if (!plan.ok)
      throw new AppError('ASSIGNMENT_INVALID', 'the cut-over date does not fall inside the period', [
        problem(plan.code, plan.params, { field: 'cutoverDate' }),
      ]);
    if (input.toEnumeratorId === current.enumeratorId) {
      throw new AppError('ASSIGNMENT_INVALID', 'the EA is already assigned to this enumerator', [
        problem('ALREADY_CURRENT_ENUMERATOR', {}, { field: 'toEnumeratorId' }),
      ]);
    }
    await this.checkEnumerator(tx, p.scope, ea, input.toEnumeratorId, plan.opened, {
      who: 'toEnumeratorId',
      from: 'cutoverDate',
      to: 'toEnumeratorId',
    });
    await this.checkNoOverlap(tx, ea, plan.opened, current.id, 'cutoverDate');

    if (!(await this.assignments.setValidTo(tx, p.scope, current.id, toDate(plan.closed.validTo as string)))) throw unknownAssignment();
    const opened = await this.assignments.create(tx, {
      eaId: ea.id,
      enumeratorId: input.toEnumeratorId,
      municipalityId: ea.municipalityId,
      ...toPeriodDates(plan.opened),
    });
    const closed = await this.assignments.find(p.scope, current.id, tx);
    if (!closed) throw unknownAssignment();
    await this.audit.record(tx, actorOf(p), {
      action: 'transferred',
      entity: 'EaAssignment',
      entityIds: [current.id, opened.id],
      municipalityId: ea.municipalityId,
      details: { eaCode: ea.code, cutoverDate: input.cutoverDate, closedValidTo: plan.closed.validTo },
    });
    return { closed: assignmentView(closed), opened: assignmentView(opened) };
  }

  /** Corrections only (ADMIN, LOGISTICS): history is normally kept by transferring instead. */
  async remove(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const a = await this.assignments.find(p.scope, id, tx);
      if (!a || !(await this.assignments.delete(tx, p.scope, id))) throw unknownAssignment();
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'EaAssignment',
        entityIds: [id],
        municipalityId: a.municipalityId,
        details: { eaCode: a.ea.code, validFrom: fromDate(a.validFrom), validTo: fromDate(a.validTo) },
      });
    });
  }

  /** The person exists in scope (share-locked against deletion) and may work this EA over the period. */
  private async checkEnumerator(
    tx: Tx,
    scope: Scope,
    ea: LockedEa,
    staffId: string,
    period: AssignmentPeriod,
    fields: PeriodFields,
  ): Promise<void> {
    const who = (await this.staff.lock(tx, scope, staffId, 'share')) ? await this.staff.find(scope, staffId, tx) : null;
    // Another municipality's person looks exactly like an unknown one.
    if (!who) throw new AppError('STAFF_UNKNOWN', 'enumerator not found', [problem('STAFF_UNKNOWN', {}, { field: fields.who })]);
    const facts: StaffFacts = { ...who, engagementStart: fromDate(who.engagementStart), engagementEnd: fromDate(who.engagementEnd) };
    assertNoProblems(
      enumeratorProblems(ea.municipalityId, facts, period, fields),
      'ASSIGNMENT_INVALID',
      'this enumerator cannot work this enumeration area over this period',
    );
  }

  /** One enumerator per EA per day: no other period of the EA may share a day with this one. */
  private async checkNoOverlap(tx: Tx, ea: LockedEa, period: AssignmentPeriod, ignoreId: string | null, field: string): Promise<void> {
    const clashes = (await this.assignments.periodsOfEa(tx, ea.id)).filter((o) => o.id !== ignoreId && periodsOverlap(periodOf(o), period));
    if (clashes.length === 0) return;
    throw new AppError(
      'ASSIGNMENT_OVERLAP',
      `enumeration area ${ea.code} is already assigned for part of this period`,
      clashes.map((c) =>
        problem(
          'OVERLAPS_ASSIGNMENT',
          { assignment: c.id, from: fromDate(c.validFrom) as string, to: fromDate(c.validTo) ?? 'open' },
          { field },
        ),
      ),
    );
  }
}
