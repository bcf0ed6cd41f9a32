import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import { BankAccountRepository, type BankAccountRow, type NewBankAccount } from './bank-account.repository.js';
import { changeRequest, type Decision, decisionProblem, mayChangeIban } from './domain/bank-account.js';
import { maskIban } from './domain/iban-mask.js';
import { StaffRepository } from './staff.repository.js';

export type IbanSource = NewBankAccount['source'];

/** A change to request: the person (already found within the caller's scope) and the validated IBAN. */
export interface IbanChange {
  readonly staffId: string;
  readonly municipalityId: string;
  readonly iban: string;
}

const masked = (iban: string | null): string | null => (iban === null ? null : maskIban(iban));

export const ibanForbidden = (): AppError =>
  new AppError('IBAN_FORBIDDEN', 'only FINANCE and ADMIN users may set or change an IBAN', [
    problem('ROLE_MAY_NOT_CHANGE_IBAN', {}, { field: 'iban' }),
  ]);

/**
 * Bank details under four eyes: requests (from the staff API, imports and recruitment),
 * confirmation by a second finance user, rejection, and the lists finance works from. Every
 * step writes an audit event with the old and new IBAN masked.
 */
@Injectable()
export class BankAccountService {
  constructor(
    private readonly accounts: BankAccountRepository,
    private readonly staff: StaffRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** Refuses roles that may not touch bank details (403 naming the field). */
  assertMayChange(p: Principal): void {
    if (!mayChangeIban(p.role)) throw ibanForbidden();
  }

  /**
   * Requests changes inside the caller's transaction; the caller holds the people's row locks
   * (or created them in this transaction). Returns the versions requested; an IBAN already in
   * force or already pending is no change. A different pending change refuses the whole call.
   */
  async request(tx: Tx, p: Principal, changes: readonly IbanChange[], source: IbanSource): Promise<Map<string, number>> {
    this.assertMayChange(p);
    const states = await this.accounts.states(
      tx,
      changes.map((c) => c.staffId),
    );
    const rows: NewBankAccount[] = [];
    const requested = new Map<string, number>();
    const blocked: IbanChange[] = [];
    for (const c of changes) {
      const state = states.get(c.staffId) ?? { iban: null, version: null, pending: null, lastVersion: 0 };
      const r = changeRequest(state, c.iban);
      if (r.kind === 'pending-exists') blocked.push(c);
      if (r.kind !== 'request') continue;
      rows.push({ staffId: c.staffId, version: r.version, iban: c.iban, source, requestedById: p.userId });
      requested.set(c.staffId, r.version);
    }
    if (blocked.length > 0) throw pendingExists(blocked.map((b) => b.staffId));
    await this.accounts.create(tx, rows);
    const byId = new Map(changes.map((c) => [c.staffId, c]));
    for (const r of rows) {
      const before = states.get(r.staffId);
      await this.audit.record(tx, actorOf(p), {
        action: 'iban-change-requested',
        entity: 'StaffMember',
        entityIds: [r.staffId],
        municipalityId: byId.get(r.staffId)?.municipalityId ?? null,
        details: { version: r.version, source, from: masked(before?.iban ?? null), to: maskIban(r.iban) },
      });
    }
    return requested;
  }

  /** POST /staff/:id/bank-accounts: one person, in its own transaction. */
  async requestOne(p: Principal, staffId: string, iban: string) {
    this.assertMayChange(p);
    const version = await this.transactions.run(async (tx) => {
      if (!(await this.staff.lock(tx, p.scope, staffId, 'update'))) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      const person = await this.staff.find(p.scope, staffId, tx);
      if (!person) throw new AppError('STAFF_UNKNOWN', 'staff member not found');
      const done = await this.request(tx, p, [{ staffId, municipalityId: person.municipalityId, iban }], 'api');
      return done.get(staffId);
    });
    // The newest version: the one just requested, or the pending/in-force one equal to it.
    const row = (await this.accounts.list(p.scope, { staffId, limit: 1 })).items[0];
    return { requested: version !== undefined, change: row ? await this.view(p, row) : null };
  }

  confirm(p: Principal, id: string) {
    return this.decide(p, id, 'confirm');
  }

  reject(p: Principal, id: string) {
    return this.decide(p, id, 'reject');
  }

  private decide(p: Principal, id: string, decision: Decision) {
    this.assertMayChange(p);
    return this.transactions.run(async (tx) => {
      const found = await this.accounts.find(tx, p.scope, id);
      if (!found) throw unknownChange();
      // The person's row lock orders this against requests and other decisions for them.
      if (!(await this.staff.lock(tx, p.scope, found.staffId, 'update'))) throw unknownChange();
      const change = await this.accounts.find(tx, p.scope, id);
      if (!change) throw unknownChange();
      const problem = decisionProblem(change, p.userId, decision);
      if (problem === 'not-pending')
        throw new AppError('IBAN_CHANGE_DECIDED', `this change was already ${change.status === 'CONFIRMED' ? 'confirmed' : 'rejected'}`);
      if (problem === 'same-person')
        throw new AppError('IBAN_FOUR_EYES', 'a change of bank details must be confirmed by a second finance user, not by its requester');
      const now = new Date();
      const status = decision === 'confirm' ? 'CONFIRMED' : 'REJECTED';
      if (!(await this.accounts.decide(tx, id, status, p.userId, now)))
        throw new AppError('IBAN_CHANGE_DECIDED', 'this change was decided meanwhile');
      if (decision === 'confirm') await this.accounts.putInForce(tx, change.staffId, change.iban, change.version);
      await this.audit.record(tx, actorOf(p), {
        action: decision === 'confirm' ? 'iban-change-confirmed' : 'iban-change-rejected',
        entity: 'StaffMember',
        entityIds: [change.staffId],
        municipalityId: change.staff.municipalityId,
        details: {
          version: change.version,
          requestedById: change.requestedById,
          from: masked(change.staff.iban),
          to: maskIban(change.iban),
          ...(change.staff.ibanVersion !== null ? { previousVersion: change.staff.ibanVersion } : {}),
        },
      });
      const after = await this.accounts.find(tx, p.scope, id);
      return this.view(p, after ?? change);
    });
  }

  async list(
    p: Principal,
    q: { status?: 'PENDING' | 'CONFIRMED' | 'REJECTED'; staffId?: string; limit: number; cursor?: string | undefined },
  ) {
    this.assertMayChange(p);
    if (q.staffId !== undefined && !(await this.staff.find(p.scope, q.staffId)))
      throw new AppError('STAFF_UNKNOWN', 'staff member not found');
    const page = await this.accounts.list(p.scope, q);
    const emails = await this.accounts.emails(page.items.flatMap((r) => [r.requestedById, r.decidedById]));
    return { ...page, items: page.items.map((r) => this.shape(p, r, emails)) };
  }

  private async view(p: Principal, r: BankAccountRow) {
    return this.shape(p, r, await this.accounts.emails([r.requestedById, r.decidedById]));
  }

  private shape(p: Principal, r: BankAccountRow, emails: ReadonlyMap<string, string>) {
    // Finance roles are national; a municipal reader (none today) would see masked IBANs.
    const show = (iban: string | null) => (iban === null ? null : p.scope.kind === 'municipal' ? maskIban(iban) : iban);
    const user = (id: string | null) => (id === null ? null : { id, email: emails.get(id) ?? null });
    return {
      id: r.id,
      staffId: r.staffId,
      nationalId: r.staff.nationalId,
      fullName: r.staff.fullName,
      version: r.version,
      iban: show(r.iban),
      status: r.status,
      source: r.source,
      requestedBy: user(r.requestedById),
      requestedAt: r.requestedAt,
      decidedBy: user(r.decidedById),
      decidedAt: r.decidedAt,
      inForce: { iban: show(r.staff.iban), version: r.staff.ibanVersion },
    };
  }
}

const unknownChange = (): AppError => new AppError('IBAN_CHANGE_UNKNOWN', 'bank-account change not found');

const pendingExists = (staffIds: readonly string[]): AppError =>
  new AppError(
    'IBAN_CHANGE_PENDING',
    'a change of bank details is already awaiting confirmation: confirm or reject it before requesting another',
    staffIds.map((id) => problem('IBAN_CHANGE_PENDING_FOR', { staffId: id }, { field: 'iban' })),
  );
