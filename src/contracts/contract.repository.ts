import { Inject, Injectable } from '@nestjs/common';
import { offsetOf, offsetPage, type Page } from '../common/http/lists.js';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { MATCHES_NOTHING, municipalityWhere, type Scope } from '../common/scope/scope.js';
import type { ContractStatus } from '../generated/prisma/enums.js';

export const contractSelect = {
  id: true,
  censusId: true,
  census: { select: { code: true, timeZone: true } },
  seq: true,
  number: true,
  staffId: true,
  staff: { select: { fullName: true, kind: true } },
  municipalityId: true,
  status: true,
  periodFrom: true,
  periodTo: true,
  generatedById: true,
  generatedAt: true,
  sentById: true,
  sentAt: true,
  signedOn: true,
  signedBy: true,
  signatureRecordedById: true,
  signatureRecordedAt: true,
  paperReference: true,
  scanType: true,
  scanSize: true,
  scanSha256: true,
  endedOn: true,
  endReason: true,
  endedById: true,
  replacedById: true,
} as const satisfies Prisma.ContractSelect;

export type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

export interface ContractFilter {
  readonly municipalityId?: string;
  readonly staffId?: string;
  readonly censusId?: string;
  readonly status?: ContractStatus;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Contracts and their per-census counters. Every read and change carries the caller's scope. */
@Injectable()
export class ContractRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma): Promise<ContractRow | null> {
    return db.contract.findFirst({ where: { id, ...municipalityWhere(scope) }, select: contractSelect });
  }

  async list(scope: Scope, f: ContractFilter): Promise<Page<ContractRow>> {
    const where: Prisma.ContractWhereInput = {
      ...municipalityWhere(scope),
      ...(f.municipalityId ? { AND: [{ municipalityId: f.municipalityId }] } : {}),
      ...(f.staffId ? { staffId: f.staffId } : {}),
      ...(f.censusId ? { censusId: f.censusId } : {}),
      ...(f.status ? { status: f.status } : {}),
    };
    const offset = offsetOf(f.cursor);
    const [items, total] = await Promise.all([
      this.prisma.contract.findMany({
        where,
        select: contractSelect,
        orderBy: [{ censusId: 'asc' }, { seq: 'asc' }, { id: 'asc' }],
        take: f.limit,
        skip: offset,
      }),
      this.prisma.contract.count({ where }),
    ]);
    return offsetPage(items, offset, f.limit, total);
  }

  /** The person a contract is for, within the caller's scope. */
  staff(tx: Tx, scope: Scope, staffId: string) {
    return tx.staffMember.findFirst({
      where: { id: staffId, ...municipalityWhere(scope) },
      select: { id: true, municipalityId: true, engagementStart: true, engagementEnd: true },
    });
  }

  /** census code → id for a list filter; an unknown code filters to nothing rather than to everything. */
  async censusIdForFilter(code: string | undefined): Promise<string | undefined> {
    if (code === undefined) return undefined;
    return (await this.prisma.census.findUnique({ where: { code }, select: { id: true } }))?.id ?? MATCHES_NOTHING;
  }

  censusByCode(tx: Tx, code: string) {
    return tx.census.findUnique({ where: { code }, select: { id: true, code: true } });
  }

  /** The censuses of the competitions the person was recruited through (their application). */
  async censusesOfStaff(tx: Tx, staffId: string): Promise<{ id: string; code: string }[]> {
    const rows = await tx.$queryRaw<{ id: string; code: string }[]>`
      SELECT DISTINCT c.id, c.code FROM "Application" a
      JOIN "Competition" k ON k.id = a."competitionId"
      JOIN "Census" c ON c.id = k."censusId"
      WHERE a."staffId" = ${staffId}::uuid
      ORDER BY c.code`;
    return rows;
  }

  /** Every census, at most `take` (to tell "exactly one" from "several"). */
  censuses(tx: Tx, take: number) {
    return tx.census.findMany({ select: { id: true, code: true }, orderBy: { code: 'asc' }, take });
  }

  /**
   * The next number of a census. The counter row is created or incremented in one statement
   * and stays locked until the caller's transaction ends: concurrent creations in the same
   * census queue here, and a rolled-back creation gives its number back (no gaps).
   */
  async nextSeq(tx: Tx, censusId: string): Promise<number> {
    const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
      INSERT INTO "ContractCounter" ("censusId", "lastSeq") VALUES (${censusId}::uuid, 1)
      ON CONFLICT ("censusId") DO UPDATE SET "lastSeq" = "ContractCounter"."lastSeq" + 1
      RETURNING "lastSeq"`;
    const seq = rows[0]?.lastSeq;
    if (seq === undefined) throw new Error('contract counter returned no row');
    return seq;
  }

  /** A contract of this person and census not yet ended or replaced (at most one by the service's rule). */
  live(tx: Tx, staffId: string, censusId: string) {
    return tx.contract.findFirst({
      where: { staffId, censusId, status: { in: ['GENERATED', 'SENT', 'SIGNED'] } },
      select: { id: true, number: true },
    });
  }

  async create(tx: Tx, data: Prisma.ContractUncheckedCreateInput): Promise<ContractRow> {
    return tx.contract.create({ data, select: contractSelect });
  }

  /** Changes a contract only if it is still in `from` (a concurrent transition makes this 0). */
  async transition(
    tx: Tx,
    scope: Scope,
    id: string,
    from: ContractStatus,
    data: Prisma.ContractUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const res = await tx.contract.updateMany({ where: { id, status: from, ...municipalityWhere(scope) }, data });
    return res.count === 1;
  }

  /** Where the scan of a contract in scope is stored. */
  scan(scope: Scope, id: string) {
    return this.prisma.contract.findFirst({
      where: { id, ...municipalityWhere(scope) },
      select: { id: true, number: true, scanPath: true, scanType: true, scanSize: true },
    });
  }

  /** The contract to print with a person's contract document: the one named, else their newest not replaced. */
  forDocument(scope: Scope, staffId: string, contractId: string | undefined) {
    return this.prisma.contract.findFirst({
      where: {
        staffId,
        ...municipalityWhere(scope),
        ...(contractId ? { id: contractId } : { status: { not: 'REPLACED' } }),
      },
      select: { id: true, number: true, periodFrom: true, periodTo: true, status: true, updatedAt: true },
      orderBy: { generatedAt: 'desc' },
    });
  }
}
