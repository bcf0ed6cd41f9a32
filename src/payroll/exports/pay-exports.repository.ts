import { Inject, Injectable } from '@nestjs/common';
import { AppError, problem } from '../../common/errors/app-error.js';
import { type KeyColumn, keysetAfter, keysetOrderBy, keysetPage, keysetWhere, type Page } from '../../common/http/lists.js';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../../common/scope/scope.js';
import { scopeSql } from '../../common/scope/scope-sql.js';
import type { PayPersonStatus } from '../../generated/prisma/enums.js';
import { payRunVisibleSql, payRunVisibleWhere } from '../runs/pay-run-visibility.js';

/**
 * Read side of pay runs for lists, statements and files. Every method takes the caller's scope
 * and puts it in the WHERE clause: a run is visible when its municipality is in scope (national
 * runs have none, so municipal callers never see them), and people and lines additionally by
 * their own municipality. Lines and people have no foreign key to their run (see the schema),
 * so for a municipal caller the run's own scope is looked up first and a run out of scope
 * becomes a run id that matches nothing.
 */
const NO_RUN = '00000000-0000-0000-0000-000000000000';

const runSelect = {
  id: true,
  kind: true,
  status: true,
  municipalityId: true,
  createdById: true,
  createdAt: true,
  computedAt: true,
  approvedById: true,
  approvedAt: true,
  peopleCount: true,
  blockedCount: true,
  grossCents: true,
  deductionsCents: true,
  netCents: true,
  tariff: { select: { version: true, name: true, effectiveFrom: true, currency: true } },
} as const satisfies Prisma.PayRunSelect;

export type RunRow = Prisma.PayRunGetPayload<{ select: typeof runSelect }>;

const personSelect = {
  staffId: true,
  municipalityId: true,
  kind: true,
  status: true,
  blockReasons: true,
  grossCents: true,
  deductionsCents: true,
  netCents: true,
  fullName: true,
  iban: true,
  ibanVersion: true,
  contractNumber: true,
} as const satisfies Prisma.PayPersonSelect;

export type PersonRow = Prisma.PayPersonGetPayload<{ select: typeof personSelect }>;

const lineSelect = {
  id: true,
  staffId: true,
  municipalityId: true,
  lineType: true,
  eaId: true,
  unit: true,
  countId: true,
  periodFrom: true,
  periodTo: true,
  quantity: true,
  basis: true,
  rate: true,
  amountCents: true,
  tariffVersion: true,
  description: true,
} as const satisfies Prisma.PayLineSelect;

export type LineRow = Prisma.PayLineGetPayload<{ select: typeof lineSelect }>;

/** Lines in the primary key's order: by person, then as the engine wrote them. */
const LINE_ORDER = [{ staffId: 'asc' }, { id: 'asc' }] as const satisfies Prisma.PayLineOrderByWithRelationInput[];

/** What one person's statement needs besides the lines: the run, the person, the national id, the municipality. */
export interface StatementHead {
  readonly run: RunRow;
  /** null: the person is not in the run (or not in scope) */
  readonly person: PersonRow | null;
  readonly nationalId: string | null;
  readonly municipality: { code: string; nameSq: string; nameSr: string } | null;
}

/** A line of a statement with its EA (code, name) and the diaspora flag of its counted row, as far as in scope. */
export type StatementLineRow = LineRow & { eaCode: string | null; eaName: string | null; diasporaListComplete: boolean | null };

export interface PeopleFilter {
  readonly status?: PayPersonStatus;
  readonly municipalityId?: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Keyset orders of the people and lines lists (the last column is unique within a run). */
const PEOPLE_KEYS: readonly KeyColumn[] = [
  { field: 'fullName', dir: 'asc' },
  { field: 'staffId', dir: 'asc' },
];
const LINE_KEYS: readonly KeyColumn[] = [
  { field: 'staffId', dir: 'asc' },
  { field: 'id', dir: 'asc' },
];

/** A line cursor's key: the line number travels as a string (JSON has no bigint). */
function lineKey(after: readonly unknown[] | null): [string, bigint] | null {
  if (!after) return null;
  const [staffId, id] = after;
  if (typeof staffId !== 'string' || typeof id !== 'string' || !/^\d{1,19}$/.test(id))
    throw new AppError('VALIDATION_FAILED', 'request validation failed', [problem('NOT_A_CURSOR', {}, { field: 'cursor' })]);
  return [staffId, BigInt(id)];
}

export interface LinesFilter {
  readonly staffId?: string;
  readonly municipalityId?: string;
}

@Injectable()
export class PayExportsRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** A run the caller may see, or null. */
  findRun(scope: Scope, runId: string, db: Tx | PrismaClient = this.prisma): Promise<RunRow | null> {
    return db.payRun.findFirst({ where: { id: runId, ...payRunVisibleWhere(scope) }, select: runSelect });
  }

  /** runId when the run is in the caller's scope, else an id no run has. */
  private async visibleRunId(scope: Scope, runId: string, db: Tx | PrismaClient = this.prisma): Promise<string> {
    if (scope.kind === 'national') return runId;
    const run = await db.payRun.findFirst({ where: { id: runId, ...payRunVisibleWhere(scope) }, select: { id: true } });
    return run ? run.id : NO_RUN;
  }

  private async personWhere(scope: Scope, runId: string, db: Tx | PrismaClient = this.prisma): Promise<Prisma.PayPersonWhereInput> {
    return { runId: await this.visibleRunId(scope, runId, db), ...municipalityWhere(scope) };
  }

  private async lineWhere(scope: Scope, runId: string, f: LinesFilter = {}): Promise<Prisma.PayLineWhereInput> {
    return {
      runId: await this.visibleRunId(scope, runId),
      ...municipalityWhere(scope),
      ...(f.staffId ? { staffId: f.staffId } : {}),
      ...(f.municipalityId ? { AND: [{ municipalityId: f.municipalityId }] } : {}),
    };
  }

  async listPeople(scope: Scope, runId: string, f: PeopleFilter): Promise<Page<PersonRow>> {
    const where: Prisma.PayPersonWhereInput = {
      ...(await this.personWhere(scope, runId)),
      ...(f.status ? { status: f.status } : {}),
      ...(f.municipalityId ? { AND: [{ municipalityId: f.municipalityId }] } : {}),
    };
    const after = keysetAfter(f.cursor, '', PEOPLE_KEYS);
    const [rows, total] = await Promise.all([
      this.prisma.payPerson.findMany({
        where: after ? { AND: [where, keysetWhere(PEOPLE_KEYS, after)] } : where,
        select: personSelect,
        orderBy: keysetOrderBy(PEOPLE_KEYS),
        take: f.limit + 1,
      }),
      this.prisma.payPerson.count({ where }),
    ]);
    return keysetPage(rows, f.limit, total, '', (r) => [r.fullName, r.staffId]);
  }

  /**
   * A statement's head in one statement instead of four queries (run, person, national id,
   * municipality): the run as {@link findRun} scopes it, the person (of that run) and the staff
   * record (for the national id; the run keeps no copy) each joined only when their own
   * municipality is in scope. null: no such run in scope.
   */
  async statementHead(scope: Scope, runId: string, staffId: string): Promise<StatementHead | null> {
    type Row = Omit<RunRow, 'tariff'> & {
      tVersion: number;
      tName: string;
      tEffectiveFrom: Date;
      tCurrency: string;
      pStaffId: string | null;
      pMunicipalityId: string;
      pKind: PersonRow['kind'];
      pStatus: PersonRow['status'];
      pBlockReasons: Prisma.JsonValue | null;
      pGrossCents: bigint;
      pDeductionsCents: bigint;
      pNetCents: bigint;
      pFullName: string;
      pIban: string | null;
      pIbanVersion: number | null;
      pContractNumber: string | null;
      nationalId: string | null;
      mCode: string | null;
      mNameSq: string | null;
      mNameSr: string | null;
    };
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT r.id, r.kind, r.status, r."municipalityId", r."createdById", r."createdAt", r."computedAt", r."approvedById",
             r."approvedAt", r."peopleCount", r."blockedCount", r."grossCents", r."deductionsCents", r."netCents",
             t.version AS "tVersion", t.name AS "tName", t."effectiveFrom" AS "tEffectiveFrom", t.currency AS "tCurrency",
             p."staffId" AS "pStaffId", p."municipalityId" AS "pMunicipalityId", p.kind AS "pKind", p.status AS "pStatus",
             p."blockReasons" AS "pBlockReasons", p."grossCents" AS "pGrossCents", p."deductionsCents" AS "pDeductionsCents",
             p."netCents" AS "pNetCents", p."fullName" AS "pFullName", p.iban AS "pIban",
             p."ibanVersion" AS "pIbanVersion", p."contractNumber" AS "pContractNumber", s."nationalId", m.code AS "mCode", m."nameSq" AS "mNameSq", m."nameSr" AS "mNameSr"
      FROM "PayRun" r
      JOIN "Tariff" t ON t.id = r."tariffId"
      LEFT JOIN "PayPerson" p ON p."runId" = r.id AND p."staffId" = ${staffId}::uuid ${scopeSql(scope, 'p."municipalityId"')}
      LEFT JOIN "StaffMember" s ON s.id = p."staffId" ${scopeSql(scope, 's."municipalityId"')}
      LEFT JOIN "Municipality" m ON m.id = p."municipalityId"
      WHERE r.id = ${runId}::uuid ${payRunVisibleSql(scope, 'r."municipalityId"')}`;
    const x = rows[0];
    if (!x) return null;
    const run: RunRow = {
      id: x.id,
      kind: x.kind,
      status: x.status,
      municipalityId: x.municipalityId,
      createdById: x.createdById,
      createdAt: x.createdAt,
      computedAt: x.computedAt,
      approvedById: x.approvedById,
      approvedAt: x.approvedAt,
      peopleCount: x.peopleCount,
      blockedCount: x.blockedCount,
      grossCents: x.grossCents,
      deductionsCents: x.deductionsCents,
      netCents: x.netCents,
      tariff: { version: x.tVersion, name: x.tName, effectiveFrom: x.tEffectiveFrom, currency: x.tCurrency },
    };
    const person: PersonRow | null =
      x.pStaffId === null
        ? null
        : {
            staffId: x.pStaffId,
            municipalityId: x.pMunicipalityId,
            kind: x.pKind,
            status: x.pStatus,
            blockReasons: x.pBlockReasons,
            grossCents: x.pGrossCents,
            deductionsCents: x.pDeductionsCents,
            netCents: x.pNetCents,
            fullName: x.pFullName,
            iban: x.pIban,
            ibanVersion: x.pIbanVersion,
            contractNumber: x.pContractNumber,
          };
    const municipality = x.mCode === null ? null : { code: x.mCode, nameSq: x.mNameSq ?? '', nameSr: x.mNameSr ?? '' };
    return { run, person, nationalId: person ? x.nationalId : null, municipality };
  }

  /**
   * A person's lines in a run with their EAs and diaspora flags, one statement instead of
   * three queries: the lines of a run in scope and of a municipality in scope, ordered by id;
   * the EA and (for DIASPORA lines) the counted row each joined only when in scope.
   */
  statementLines(scope: Scope, runId: string, staffId: string): Promise<StatementLineRow[]> {
    return this.prisma.$queryRaw<StatementLineRow[]>`
      SELECT l.id, l."staffId", l."municipalityId", l."lineType", l."eaId", l.unit, l."countId", l."periodFrom", l."periodTo",
             l.quantity, l.basis, l.rate, l."amountCents", l."tariffVersion", l.description,
             ea.code AS "eaCode", ea.name AS "eaName", c."diasporaListComplete"
      FROM "PayLine" l
      JOIN "PayRun" r ON r.id = l."runId" ${payRunVisibleSql(scope, 'r."municipalityId"')}
      LEFT JOIN "EnumerationArea" ea ON ea.id = l."eaId" ${scopeSql(scope, 'ea."municipalityId"')}
      LEFT JOIN "EaCount" c ON c.id = l."countId" AND l.unit = 'DIASPORA' ${scopeSql(scope, 'c."municipalityId"')}
      WHERE l."runId" = ${runId}::uuid AND l."staffId" = ${staffId}::uuid ${scopeSql(scope, 'l."municipalityId"')}
      ORDER BY l.id`;
  }

  async listLines(scope: Scope, runId: string, f: LinesFilter & { limit: number; cursor?: string | undefined }): Promise<Page<LineRow>> {
    const where = await this.lineWhere(scope, runId, f);
    const after = lineKey(keysetAfter(f.cursor, '', LINE_KEYS));
    const [rows, total] = await Promise.all([
      this.prisma.payLine.findMany({
        where: after ? { AND: [where, keysetWhere(LINE_KEYS, after as never)] } : where,
        select: lineSelect,
        orderBy: LINE_ORDER,
        take: f.limit + 1,
      }),
      this.prisma.payLine.count({ where }),
    ]);
    return keysetPage(rows, f.limit, total, '', (r) => [r.staffId, r.id.toString()]);
  }

  /** All lines of a run in person order, a batch at a time (keyset on the primary key: staffId, id). */
  async *lineBatches(scope: Scope, runId: string, f: LinesFilter = {}, batchSize = 5_000): AsyncGenerator<LineRow[]> {
    const where = await this.lineWhere(scope, runId, f);
    let after: { staffId: string; id: bigint } | null = null;
    for (;;) {
      const batch: LineRow[] = await this.prisma.payLine.findMany({
        where:
          after === null
            ? where
            : { AND: [where, { OR: [{ staffId: { gt: after.staffId } }, { staffId: after.staffId, id: { gt: after.id } }] }] },
        select: lineSelect,
        orderBy: LINE_ORDER,
        take: batchSize,
      });
      if (batch.length === 0) return;
      yield batch;
      if (batch.length < batchSize) return;
      const last = batch[batch.length - 1] as LineRow;
      after = { staffId: last.staffId, id: last.id };
    }
  }

  /** Names and statuses of people of a run, for labelling lines. */
  async personLabels(
    scope: Scope,
    runId: string,
    staffIds: readonly string[],
  ): Promise<Map<string, { fullName: string; status: PayPersonStatus }>> {
    if (staffIds.length === 0) return new Map();
    const rows = await this.prisma.payPerson.findMany({
      where: { ...(await this.personWhere(scope, runId)), staffId: { in: [...staffIds] } },
      select: { staffId: true, fullName: true, status: true },
    });
    return new Map(rows.map((r) => [r.staffId, { fullName: r.fullName, status: r.status }]));
  }

  async eas(scope: Scope, ids: readonly string[]): Promise<Map<string, { code: string; name: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.enumerationArea.findMany({
      where: { id: { in: [...ids] }, ...municipalityWhere(scope) },
      select: { id: true, code: true, name: true },
    });
    return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
  }

  /** Municipalities are national reference data (38 rows). */
  async municipalities(): Promise<Map<string, { code: string; nameSq: string; nameSr: string; sortOrder: number }>> {
    const rows = await this.prisma.municipality.findMany({ select: { id: true, code: true, nameSq: true, nameSr: true, sortOrder: true } });
    return new Map(rows.map((r) => [r.id, { code: r.code, nameSq: r.nameSq, nameSr: r.nameSr, sortOrder: r.sortOrder }]));
  }

  async userEmails(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = ids.filter((x) => x.length > 0);
    if (wanted.length === 0) return new Map();
    const rows = await this.prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  /** What the bank file will hold: payable people with a positive net. */
  async bankTotals(tx: Tx, scope: Scope, runId: string): Promise<{ rows: number; netCents: bigint; withoutIban: number }> {
    const where: Prisma.PayPersonWhereInput = { ...(await this.personWhere(scope, runId, tx)), status: 'PAYABLE', netCents: { gt: 0n } };
    const [agg, withoutIban] = await Promise.all([
      tx.payPerson.aggregate({ where, _count: { _all: true }, _sum: { netCents: true } }),
      tx.payPerson.count({ where: { ...where, OR: [{ iban: null }, { iban: '' }] } }),
    ]);
    return { rows: agg._count._all, netCents: agg._sum.netCents ?? 0n, withoutIban };
  }

  /**
   * People of a run ordered by municipality (as the caller lists them) and name, a batch at a
   * time: one municipality after the other (index on runId, municipalityId), keyset on
   * (fullName, staffId) within it, so a run of millions never sits in memory.
   */
  async *peopleBatches(
    scope: Scope,
    runId: string,
    municipalityIds: readonly string[],
    f: { payableWithNet?: boolean } = {},
    batchSize = 5_000,
  ): AsyncGenerator<PersonRow[]> {
    const where = await this.personWhere(scope, runId);
    for (const municipalityId of municipalityIds) {
      let after: { fullName: string; staffId: string } | null = null;
      for (;;) {
        const batch: PersonRow[] = await this.prisma.payPerson.findMany({
          where: {
            ...where,
            AND: [
              { municipalityId },
              ...(f.payableWithNet ? [{ status: 'PAYABLE' as const, netCents: { gt: 0n } }] : []),
              ...(after
                ? [{ OR: [{ fullName: { gt: after.fullName } }, { fullName: after.fullName, staffId: { gt: after.staffId } }] }]
                : []),
            ],
          },
          select: personSelect,
          orderBy: [{ fullName: 'asc' }, { staffId: 'asc' }],
          take: batchSize,
        });
        if (batch.length > 0) yield batch;
        if (batch.length < batchSize) break;
        const last = batch[batch.length - 1] as PersonRow;
        after = { fullName: last.fullName, staffId: last.staffId };
      }
    }
  }
}
