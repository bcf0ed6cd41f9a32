import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { isUniqueViolation } from '../common/prisma/prisma-errors.js';
import { type Tx, Transactions } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import type { Table } from '../common/tabular/parse-table.js';
import { type ColumnSpec, type RowProblem } from '../common/tabular/columns.js';
import { checkHeader, readTable, refuseRows } from '../common/tabular/tabular-import.js';
import { ASSIGNMENT_COLUMNS, planAssignmentImport, readAssignmentRows } from './domain/assignment-import.js';
import { countOutcomes, type ImportCounts, type ImportKind, type RowOutcome } from './domain/columns.js';
import { EA_COLUMNS, planEaImport, readEaRows } from './domain/ea-import.js';
import { planStaffImport, readStaffRows, STAFF_COLUMNS } from './domain/staff-import.js';
import { ImportRaceError, ImportsRepository } from './imports.repository.js';
import { BankAccountService } from '../staff/bank-account.service.js';
import { mayChangeIban } from '../staff/domain/bank-account.js';
import { Role } from '../generated/prisma/enums.js';

/** Ids listed in the audit event; the full count goes in its details. */
const AUDIT_ID_CAP = 10_000;

const COLUMNS: Readonly<Record<ImportKind, ColumnSpec>> = { eas: EA_COLUMNS, staff: STAFF_COLUMNS, assignments: ASSIGNMENT_COLUMNS };

export interface ImportResult extends ImportCounts {
  readonly kind: ImportKind;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly batchId: string | null;
  /** staff imports: IBANs that became pending changes, awaiting a second finance user */
  readonly ibanChangesRequested?: number;
}

/** A validated file: what each row would do, and how to do it. */
interface Prepared {
  readonly problems: readonly RowProblem[];
  readonly outcomes: readonly RowOutcome[];
  /** Names of the stored fields the updates change (for the audit trail). */
  readonly fields: readonly string[];
  /** IBANs the file requests (staff imports by finance); each is audited on its own. */
  readonly ibanChanges: number;
  /** Performs the writes; returns the ids written and the municipalities they belong to. */
  write(tx: Tx): Promise<{ readonly touched: readonly string[]; readonly municipalityIds: readonly string[] }>;
}

/** Tries of a file whose writes lost a race (each try validates again against the stored state). */
const RACE_ATTEMPTS = 3;

/** A write that lost to a concurrent import: a key it meant to create now exists, or a row it meant to update moved. */
const isRace = (err: unknown): boolean => err instanceof ImportRaceError || isUniqueViolation(err);

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/**
 * Bulk import of EAs, staff and EA assignments. Load → validate (pure, in domain/) → persist,
 * all or nothing: a file with any bad row changes nothing and every bad row is reported; a
 * file that changes nothing writes nothing (no batch, no audit event).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly repo: ImportsRepository,
    private readonly audit: AuditService,
    private readonly bankAccounts: BankAccountService,
    private readonly transactions: Transactions,
  ) {}

  async run(p: Principal, kind: ImportKind, body: unknown, contentType: string | undefined, dryRun: boolean): Promise<ImportResult> {
    // FINANCE imports staff only (for bank details); EAs and assignments are field organisation.
    if (p.role === Role.FINANCE && kind !== 'staff')
      throw new AppError('FORBIDDEN', `FINANCE may import staff only, not ${kind}`, [problem('NOT_FOR_YOUR_ROLE', {}, { field: 'kind' })]);
    const table = readTable(body, contentType);
    checkHeader(COLUMNS[kind], table);
    // Bank details are for finance: another role's file with an iban column is refused whole.
    if (kind === 'staff' && table.columns.includes('iban') && !mayChangeIban(p.role))
      throw new AppError('IBAN_FORBIDDEN', 'only FINANCE and ADMIN users may import IBANs', [
        problem('IBAN_COLUMN_FOR_FINANCE', {}, { row: 1, field: 'iban' }),
      ]);
    const fileHash = createHash('sha256')
      .update(typeof body === 'string' ? body : JSON.stringify(body))
      .digest('hex');
    // Two imports racing for the same keys (the same file sent twice at once, typically): the
    // loser's writes fail on a unique key or a moved row and roll back whole. It is then
    // validated again against what the winner stored, so the same file answers "unchanged".
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(p, kind, table, fileHash, dryRun);
      } catch (err) {
        if (!isRace(err)) throw err;
        if (attempt >= RACE_ATTEMPTS)
          throw new AppError('CONFLICT', 'a record changed while the file was being imported; nothing was changed, try again');
      }
    }
  }

  private async attempt(p: Principal, kind: ImportKind, table: Table, fileHash: string, dryRun: boolean): Promise<ImportResult> {
    const prepared = await this.prepare(kind, p, table);
    refuseRows(prepared.problems);
    const counts = countOutcomes(prepared.outcomes);
    const result = {
      kind,
      dryRun,
      rows: table.rows.length,
      ...counts,
      ...(kind === 'staff' ? { ibanChangesRequested: prepared.ibanChanges } : {}),
    };
    if (dryRun || counts.created + counts.updated === 0) return { ...result, batchId: null };

    return this.transactions.run(async (tx) => {
      const { touched, municipalityIds } = await prepared.write(tx);
      const batch = await this.repo.createBatch(tx, {
        kind,
        format: table.format,
        fileHash,
        rowCount: table.rows.length,
        ...counts,
        actorId: p.userId,
      });
      await this.audit.record(tx, actorOf(p), {
        action: 'imported',
        entity: 'Import',
        entityIds: [batch.id, ...touched.slice(0, AUDIT_ID_CAP)],
        municipalityId: municipalityIds.length === 1 ? municipalityIds[0] : null,
        details: {
          kind,
          format: table.format,
          rows: table.rows.length,
          ...counts,
          touched: touched.length,
          idsListed: Math.min(touched.length, AUDIT_ID_CAP),
          fields: [...prepared.fields],
          ...(prepared.ibanChanges > 0 ? { ibanChangesRequested: prepared.ibanChanges } : {}),
        },
      });
      return { ...result, batchId: batch.id };
    });
  }

  list(p: Principal, page: { limit: number; cursor?: string | undefined; sort: 'createdAt' | '-createdAt'; kind?: string }) {
    return this.repo.listBatches(p.scope, page);
  }

  async get(p: Principal, id: string) {
    const batch = await this.repo.findBatch(p.scope, id);
    if (!batch) throw new AppError('NOT_FOUND', 'import not found');
    return batch;
  }

  private prepare(kind: ImportKind, p: Principal, table: Table): Promise<Prepared> {
    switch (kind) {
      case 'eas':
        return this.prepareEas(p.scope, table);
      case 'staff':
        return this.prepareStaff(p, table);
      case 'assignments':
        return this.prepareAssignments(p.scope, table);
    }
  }

  private async prepareEas(scope: Scope, table: Table): Promise<Prepared> {
    const read = readEaRows(table.rows, await this.repo.municipalityIdsByCode(scope));
    const codes = read.rows.map((r) => r.code);
    const [existing, outside] = await Promise.all([this.repo.easByCode(scope, codes), this.repo.eaCodesOutsideScope(scope, codes)]);
    const plan = planEaImport(read.rows, existing, outside, randomUUID);
    return {
      problems: [...read.problems, ...plan.problems],
      outcomes: plan.outcomes,
      fields: unique(plan.updates.flatMap((u) => u.fields)),
      ibanChanges: 0,
      write: async (tx) => {
        await this.repo.createEas(tx, plan.creates);
        await this.repo.updateEas(tx, scope, plan.updates);
        return {
          touched: [...plan.creates.map((c) => c.id), ...plan.updates.map((u) => u.id)],
          municipalityIds: unique([
            ...plan.creates.map((c) => c.municipalityId),
            ...plan.updates.flatMap((u) => [u.municipalityId, u.data.municipalityId ?? u.municipalityId]),
          ]),
        };
      },
    };
  }

  private async prepareStaff(p: Principal, table: Table): Promise<Prepared> {
    const scope = p.scope;
    const read = readStaffRows(table.rows, await this.repo.municipalityIdsByCode(scope));
    const ids = read.rows.map((r) => r.nationalId);
    const teamCodes = unique(read.rows.flatMap((r) => (r.teamCode ? [r.teamCode] : [])));
    const [existing, outsideScope, teams, teamsOutsideScope] = await Promise.all([
      this.repo.staffByNationalId(scope, ids),
      this.repo.nationalIdsOutsideScope(scope, ids),
      this.repo.teamsByCode(scope, teamCodes),
      this.repo.teamCodesOutsideScope(scope, teamCodes),
    ]);
    const plan = planStaffImport({
      rows: read.rows,
      brokenTeams: read.brokenTeams,
      existing,
      outsideScope,
      teams,
      teamsOutsideScope,
      newId: randomUUID,
    });
    const teamChanges = plan.teamCreates.length + plan.teamUpdates.length > 0 ? ['team'] : [];
    return {
      problems: [...read.problems, ...plan.problems],
      outcomes: plan.outcomes,
      fields: unique([...plan.staffUpdates.flatMap((u) => u.fields), ...teamChanges, ...(plan.ibanChanges.length > 0 ? ['iban'] : [])]),
      ibanChanges: plan.ibanChanges.length,
      write: async (tx) => {
        // Supervisors before the teams that point at them, teams before the enumerators in them.
        await this.repo.createStaff(tx, plan.supervisorCreates);
        await this.repo.createTeams(tx, plan.teamCreates);
        await this.repo.updateTeams(tx, scope, plan.teamUpdates);
        await this.repo.createStaff(tx, plan.enumeratorCreates);
        await this.repo.updateStaff(tx, scope, plan.staffUpdates);
        // Requested, not applied: pay runs keep paying the confirmed account until a second finance user confirms.
        if (plan.ibanChanges.length > 0) await this.bankAccounts.request(tx, p, plan.ibanChanges, 'import');
        const creates = [...plan.supervisorCreates, ...plan.enumeratorCreates];
        return {
          touched: unique([
            ...creates.map((c) => c.id),
            ...plan.staffUpdates.map((u) => u.id),
            ...plan.ibanChanges.map((c) => c.staffId),
            ...plan.teamCreates.map((t) => t.id),
            ...plan.teamUpdates.map((t) => t.id),
          ]),
          municipalityIds: unique([
            ...creates.map((c) => c.municipalityId),
            ...plan.staffUpdates.flatMap((u) => [u.municipalityId, u.data.municipalityId ?? u.municipalityId]),
            ...plan.ibanChanges.map((c) => c.municipalityId),
            ...plan.teamCreates.map((t) => t.municipalityId),
            ...plan.teamUpdates.map((t) => t.municipalityId),
          ]),
        };
      },
    };
  }

  private async prepareAssignments(scope: Scope, table: Table): Promise<Prepared> {
    const read = readAssignmentRows(table.rows);
    const [eas, enumerators] = await Promise.all([
      this.repo.assignmentEas(
        scope,
        read.rows.map((r) => r.eaCode),
      ),
      this.repo.assignmentEnumerators(
        scope,
        read.rows.map((r) => r.nationalId),
      ),
    ]);
    const existing = await this.repo.assignmentsOfEas(
      scope,
      [...eas.values()].map((e) => e.id),
    );
    const plan = planAssignmentImport(read.rows, eas, enumerators, existing, randomUUID);
    return {
      problems: [...read.problems, ...plan.problems],
      outcomes: plan.outcomes,
      fields: plan.updates.length ? ['validTo'] : [],
      ibanChanges: 0,
      write: async (tx) => {
        await this.repo.createAssignments(tx, plan.creates);
        await this.repo.updateAssignments(tx, scope, plan.updates);
        return {
          touched: [...plan.creates.map((c) => c.id), ...plan.updates.map((u) => u.id)],
          municipalityIds: unique([...plan.creates, ...plan.updates].map((a) => a.municipalityId)),
        };
      },
    };
  }
}
