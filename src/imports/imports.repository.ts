import { Inject, Injectable } from '@nestjs/common';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';
import { fromDate, toDate } from '../common/http/zod.pipe.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityIdWhere, municipalityWhere, type Scope } from '../common/scope/scope.js';
import type {
  AssignmentCreate,
  AssignmentEa,
  AssignmentEnumerator,
  AssignmentUpdate,
  ExistingAssignment,
} from './domain/assignment-import.js';
import type { EaCreate, EaUpdate, ExistingEa } from './domain/ea-import.js';
import type { ExistingStaff, ExistingTeam, StaffCreate, StaffFields, StaffUpdate, TeamCreate, TeamUpdate } from './domain/staff-import.js';

/** Keys per `IN (...)` read: well under PostgreSQL's 65,535 bind parameters. */
const READ_CHUNK = 5_000;
/** Rows per INSERT: a staff row binds 13 values, so 2,000 rows stay under the parameter limit. */
const WRITE_CHUNK = 2_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function readChunked<K, R>(keys: readonly K[], read: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunks([...new Set(keys)], READ_CHUNK)) out.push(...(await read(chunk)));
  return out;
}

/** `where` fragment: rows of municipalities the caller cannot see (empty for national scope). */
function outsideScope(scope: Scope): { municipalityId: { notIn: string[] } } | null {
  return scope.kind === 'national' ? null : { municipalityId: { notIn: [...scope.municipalityIds] } };
}

/**
 * Updates grouped by (current municipality, new values): a file that closes 50,000
 * assignments on the same day is a few UPDATE ... WHERE id IN (...) statements, not 50,000.
 * Every id must still match within the scope, or the import is a race and rolls back.
 */
async function updateGrouped<U extends { readonly id: string; readonly municipalityId: string }, D extends object>(
  scope: Scope,
  updates: readonly U[],
  dataOf: (u: U) => D,
  write: (where: object, data: D) => Promise<{ count: number }>,
): Promise<void> {
  const groups = new Map<string, { municipalityId: string; data: D; ids: string[] }>();
  for (const u of updates) {
    const data = dataOf(u);
    const key = JSON.stringify([u.municipalityId, data]);
    const g = groups.get(key);
    if (g) g.ids.push(u.id);
    else groups.set(key, { municipalityId: u.municipalityId, data, ids: [u.id] });
  }
  for (const g of groups.values()) {
    for (const ids of chunks(g.ids, READ_CHUNK)) {
      const res = await write({ id: { in: ids }, AND: [{ municipalityId: g.municipalityId }, municipalityWhere(scope)] }, g.data);
      if (res.count !== ids.length) throw new ImportRaceError(ids[0]);
    }
  }
}

const optDate = (s: string | null | undefined): Date | null | undefined => (s === undefined ? undefined : s === null ? null : toDate(s));

export const batchSelect = {
  id: true,
  kind: true,
  format: true,
  fileHash: true,
  rowCount: true,
  created: true,
  updated: true,
  unchanged: true,
  actorId: true,
  createdAt: true,
} as const;

export interface BatchInput {
  readonly kind: string;
  readonly format: string;
  readonly fileHash: string;
  readonly rowCount: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly actorId: string | null;
}

/** Raised when a scoped write matched nothing: the row moved or vanished since it was read. */
export class ImportRaceError extends Error {}

/**
 * Everything the bulk import reads and writes. Reads take the caller's scope and filter by it
 * in SQL; the `...OutsideScope` reads return bare keys only, because codes and national ids
 * are unique nationally and a municipality must be told that a key is taken elsewhere.
 */
@Injectable()
export class ImportsRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Municipality code → id, only those within the scope. */
  async municipalityIdsByCode(scope: Scope): Promise<Map<string, string>> {
    const rows = await this.prisma.municipality.findMany({ where: municipalityIdWhere(scope), select: { id: true, code: true } });
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  // ---- enumeration areas

  async easByCode(scope: Scope, codes: readonly string[]): Promise<Map<string, ExistingEa>> {
    const rows = await readChunked(codes, (chunk) =>
      this.prisma.enumerationArea.findMany({
        where: { code: { in: chunk }, ...municipalityWhere(scope) },
        select: { id: true, code: true, name: true, municipalityId: true, _count: { select: { assignments: true } } },
      }),
    );
    return new Map(
      rows.map((r) => [
        r.code,
        { id: r.id, code: r.code, name: r.name, municipalityId: r.municipalityId, assignmentCount: r._count.assignments },
      ]),
    );
  }

  async eaCodesOutsideScope(scope: Scope, codes: readonly string[]): Promise<Set<string>> {
    const outside = outsideScope(scope);
    if (!outside) return new Set();
    const rows = await readChunked(codes, (chunk) =>
      this.prisma.enumerationArea.findMany({ where: { code: { in: chunk }, ...outside }, select: { code: true } }),
    );
    return new Set(rows.map((r) => r.code));
  }

  async createEas(tx: Tx, rows: readonly EaCreate[]): Promise<void> {
    for (const chunk of chunks(rows, WRITE_CHUNK)) await tx.enumerationArea.createMany({ data: chunk });
  }

  updateEas(tx: Tx, scope: Scope, updates: readonly EaUpdate[]): Promise<void> {
    return updateGrouped(
      scope,
      updates,
      (u) => u.data,
      (where, data) => tx.enumerationArea.updateMany({ where, data }),
    );
  }

  // ---- staff and teams

  async staffByNationalId(scope: Scope, nationalIds: readonly string[]): Promise<Map<string, ExistingStaff>> {
    const rows = await readChunked(nationalIds, (chunk) =>
      this.prisma.staffMember.findMany({
        where: { nationalId: { in: chunk }, ...municipalityWhere(scope) },
        select: {
          id: true,
          nationalId: true,
          kind: true,
          fullName: true,
          phone: true,
          email: true,
          iban: true,
          bankAccounts: { where: { status: 'PENDING' }, select: { version: true, iban: true }, take: 1 },
          community: true,
          languageOfWork: true,
          municipalityId: true,
          engagementStart: true,
          engagementEnd: true,
          status: true,
          teamId: true,
          _count: { select: { ledTeams: true } },
        },
      }),
    );
    const periods = new Map<string, Array<{ validFrom: string; validTo: string | null }>>();
    const withPeriods = await readChunked(
      rows.map((r) => r.id),
      (chunk) =>
        this.prisma.eaAssignment.findMany({
          where: { enumeratorId: { in: chunk }, ...municipalityWhere(scope) },
          select: { enumeratorId: true, validFrom: true, validTo: true },
        }),
    );
    for (const a of withPeriods) {
      const list = periods.get(a.enumeratorId) ?? [];
      list.push({ validFrom: fromDate(a.validFrom) as string, validTo: fromDate(a.validTo) });
      periods.set(a.enumeratorId, list);
    }
    return new Map(
      rows.map(({ _count, engagementStart, engagementEnd, bankAccounts, ...r }) => [
        r.nationalId,
        {
          ...r,
          pendingIban: bankAccounts[0] ?? null,
          engagementStart: fromDate(engagementStart),
          engagementEnd: fromDate(engagementEnd),
          ledTeamCount: _count.ledTeams,
          assignments: periods.get(r.id) ?? [],
        },
      ]),
    );
  }

  async nationalIdsOutsideScope(scope: Scope, nationalIds: readonly string[]): Promise<Set<string>> {
    const outside = outsideScope(scope);
    if (!outside) return new Set();
    const rows = await readChunked(nationalIds, (chunk) =>
      this.prisma.staffMember.findMany({ where: { nationalId: { in: chunk }, ...outside }, select: { nationalId: true } }),
    );
    return new Set(rows.map((r) => r.nationalId));
  }

  async teamsByCode(scope: Scope, codes: readonly string[]): Promise<Map<string, ExistingTeam>> {
    const rows = await readChunked(codes, (chunk) =>
      this.prisma.supervisorTeam.findMany({
        where: { code: { in: chunk }, ...municipalityWhere(scope) },
        select: { id: true, code: true, municipalityId: true, supervisorId: true },
      }),
    );
    return new Map(rows.map((r) => [r.code, r]));
  }

  async teamCodesOutsideScope(scope: Scope, codes: readonly string[]): Promise<Set<string>> {
    const outside = outsideScope(scope);
    if (!outside) return new Set();
    const rows = await readChunked(codes, (chunk) =>
      this.prisma.supervisorTeam.findMany({ where: { code: { in: chunk }, ...outside }, select: { code: true } }),
    );
    return new Set(rows.map((r) => r.code));
  }

  async createStaff(tx: Tx, rows: readonly StaffCreate[]): Promise<void> {
    for (const chunk of chunks(rows, WRITE_CHUNK)) {
      await tx.staffMember.createMany({
        data: chunk.map((r) => ({ ...r, engagementStart: optDate(r.engagementStart), engagementEnd: optDate(r.engagementEnd) })),
      });
    }
  }

  updateStaff(tx: Tx, scope: Scope, updates: readonly StaffUpdate[]): Promise<void> {
    return updateGrouped(
      scope,
      updates,
      (u) => u.data,
      (where, { engagementStart, engagementEnd, ...rest }: Partial<StaffFields>) =>
        tx.staffMember.updateMany({
          where,
          data: { ...rest, engagementStart: optDate(engagementStart), engagementEnd: optDate(engagementEnd) },
        }),
    );
  }

  async createTeams(tx: Tx, rows: readonly TeamCreate[]): Promise<void> {
    for (const chunk of chunks(rows, WRITE_CHUNK)) await tx.supervisorTeam.createMany({ data: chunk });
  }

  updateTeams(tx: Tx, scope: Scope, updates: readonly TeamUpdate[]): Promise<void> {
    return updateGrouped(
      scope,
      updates,
      (u) => ({ supervisorId: u.supervisorId }),
      (where, data) => tx.supervisorTeam.updateMany({ where, data }),
    );
  }

  // ---- assignments

  async assignmentEas(scope: Scope, codes: readonly string[]): Promise<Map<string, AssignmentEa>> {
    const rows = await readChunked(codes, (chunk) =>
      this.prisma.enumerationArea.findMany({
        where: { code: { in: chunk }, ...municipalityWhere(scope) },
        select: { id: true, code: true, municipalityId: true },
      }),
    );
    return new Map(rows.map((r) => [r.code, r]));
  }

  async assignmentEnumerators(scope: Scope, nationalIds: readonly string[]): Promise<Map<string, AssignmentEnumerator>> {
    const rows = await readChunked(nationalIds, (chunk) =>
      this.prisma.staffMember.findMany({
        where: { nationalId: { in: chunk }, ...municipalityWhere(scope) },
        select: { id: true, nationalId: true, kind: true, municipalityId: true, engagementStart: true, engagementEnd: true },
      }),
    );
    return new Map(
      rows.map((r) => [r.nationalId, { ...r, engagementStart: fromDate(r.engagementStart), engagementEnd: fromDate(r.engagementEnd) }]),
    );
  }

  async assignmentsOfEas(scope: Scope, eaIds: readonly string[]): Promise<ExistingAssignment[]> {
    const rows = await readChunked(eaIds, (chunk) =>
      this.prisma.eaAssignment.findMany({
        where: { eaId: { in: chunk }, ...municipalityWhere(scope) },
        select: { id: true, eaId: true, enumeratorId: true, validFrom: true, validTo: true },
      }),
    );
    return rows.map((r) => ({ ...r, validFrom: fromDate(r.validFrom) as string, validTo: fromDate(r.validTo) }));
  }

  async createAssignments(tx: Tx, rows: readonly AssignmentCreate[]): Promise<void> {
    for (const chunk of chunks(rows, WRITE_CHUNK)) {
      await tx.eaAssignment.createMany({ data: chunk.map((r) => ({ ...r, validFrom: toDate(r.validFrom), validTo: optDate(r.validTo) })) });
    }
  }

  updateAssignments(tx: Tx, scope: Scope, updates: readonly AssignmentUpdate[]): Promise<void> {
    return updateGrouped(
      scope,
      updates,
      (u) => ({ validTo: u.validTo }),
      (where, data) => tx.eaAssignment.updateMany({ where, data: { validTo: optDate(data.validTo) } }),
    );
  }

  // ---- batches

  createBatch(tx: Tx, data: BatchInput) {
    return tx.importBatch.create({ data, select: batchSelect });
  }

  /**
   * A batch has no municipality of its own: a municipal caller sees the batches of users of
   * its municipality.
   */
  private async batchWhere(scope: Scope): Promise<{ actorId?: { in: string[] } }> {
    if (scope.kind === 'national') return {};
    const users = await this.prisma.user.findMany({ where: { municipalityId: { in: [...scope.municipalityIds] } }, select: { id: true } });
    return { actorId: { in: users.map((u) => u.id) } };
  }

  async listBatches(scope: Scope, page: { limit: number; cursor?: string | undefined; sort: 'createdAt' | '-createdAt'; kind?: string }) {
    const where = { ...(await this.batchWhere(scope)), ...(page.kind ? { kind: page.kind } : {}) };
    const { dir } = sortOf(page.sort);
    const columns = [
      { field: 'createdAt', dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(page.cursor, page.sort, columns);
    const [rows, total] = await Promise.all([
      this.prisma.importBatch.findMany({
        where: { AND: [where, keysetWhere(columns, after)] },
        select: batchSelect,
        orderBy: keysetOrderBy(columns),
        take: page.limit + 1,
      }),
      this.prisma.importBatch.count({ where }),
    ]);
    return keysetPage(rows, page.limit, total, page.sort, (r) => [r.createdAt, r.id]);
  }

  async findBatch(scope: Scope, id: string) {
    return this.prisma.importBatch.findFirst({ where: { id, ...(await this.batchWhere(scope)) }, select: batchSelect });
  }
}
