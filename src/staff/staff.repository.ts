import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { municipalityInScope } from '../geography/geography.repository.js';
import { Prisma as P } from '../generated/prisma/client.js';
import type { Community, Language, StaffKind, StaffStatus } from '../generated/prisma/enums.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { likeLiteral } from '../common/prisma/like.js';
import { keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';

export const staffSelect = {
  id: true,
  kind: true,
  nationalId: true,
  fullName: true,
  phone: true,
  email: true,
  iban: true,
  ibanVersion: true,
  bankAccounts: { where: { status: 'PENDING' }, select: { version: true, iban: true, requestedAt: true }, take: 1 },
  community: true,
  languageOfWork: true,
  municipalityId: true,
  municipality: { select: { code: true, nameSq: true } },
  engagementStart: true,
  engagementEnd: true,
  status: true,
  teamId: true,
  team: { select: { id: true, code: true, municipalityId: true } },
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.StaffMemberSelect;

export type StaffRow = Prisma.StaffMemberGetPayload<{ select: typeof staffSelect }>;

export interface StaffFilter {
  readonly municipalityCode?: string;
  readonly kind?: StaffKind;
  readonly status?: StaffStatus;
  readonly teamCode?: string;
  /** Prefix of the national id, or of any word of the name. */
  readonly q?: string;
  /** One of the list's orders, `-` for descending. */
  readonly sort: StaffSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export type StaffSort = 'fullName' | 'nationalId' | 'createdAt' | '-fullName' | '-nationalId' | '-createdAt';

export interface StaffData {
  nationalId: string;
  kind: StaffKind;
  fullName: string;
  phone: string | null;
  email: string | null;
  /** set only by a confirmed bank-account version (BankAccountService); null for a new person */
  iban: string | null;
  ibanVersion: number | null;
  community: Community;
  languageOfWork: Language;
  municipalityId: string;
  engagementStart: Date | null;
  engagementEnd: Date | null;
  status: StaffStatus;
  teamId: string | null;
}

/** Supervisors and enumerators. Every method takes the caller's scope and filters by it in SQL. */
@Injectable()
export class StaffRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(scope: Scope, f: StaffFilter) {
    const where: Prisma.StaffMemberWhereInput = {
      ...municipalityWhere(scope),
      ...(f.municipalityCode ? { municipality: { code: f.municipalityCode } } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.teamCode ? { team: { code: f.teamCode } } : {}),
      ...(f.q
        ? {
            OR: [
              { nationalId: { startsWith: likeLiteral(f.q.toUpperCase()) } },
              { fullName: { startsWith: likeLiteral(f.q), mode: 'insensitive' } },
              { fullName: { contains: ` ${likeLiteral(f.q)}`, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    // Keyset order: the sort column, then id in the same direction (indexes in list_keyset_indexes).
    const { key, dir } = sortOf(f.sort);
    const columns = [
      { field: key, dir },
      { field: 'id', dir },
    ];
    const after = keysetAfter(f.cursor, f.sort, columns);
    const [rows, total] = await Promise.all([
      this.prisma.staffMember.findMany({
        where: { AND: [where, keysetWhere(columns, after)] },
        select: staffSelect,
        orderBy: keysetOrderBy(columns),
        take: f.limit + 1,
      }),
      this.prisma.staffMember.count({ where }),
    ]);
    return keysetPage(rows, f.limit, total, f.sort, (r) => [r[key], r.id]);
  }

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma): Promise<StaffRow | null> {
    return db.staffMember.findFirst({ where: { id, ...municipalityWhere(scope) }, select: staffSelect });
  }

  /** Teams the person leads and assignment periods not ended before `today`. */
  async related(scope: Scope, id: string, today: Date) {
    const [ledTeams, currentAssignments] = await Promise.all([
      this.prisma.supervisorTeam.findMany({
        where: { supervisorId: id, ...municipalityWhere(scope) },
        select: { id: true, code: true },
        orderBy: { code: 'asc' },
      }),
      this.prisma.eaAssignment.findMany({
        where: { enumeratorId: id, ...municipalityWhere(scope), OR: [{ validTo: null }, { validTo: { gte: today } }] },
        select: { id: true, eaId: true, ea: { select: { code: true } }, validFrom: true, validTo: true },
        orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
      }),
    ]);
    return { ledTeams, currentAssignments };
  }

  /**
   * Lock the person's row within scope (FOR SHARE while assigning them, FOR UPDATE while
   * deleting or changing kind) so an assignment cannot slip in between a check and a change.
   */
  async lock(tx: Tx, scope: Scope, id: string, mode: 'share' | 'update'): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>(
      P.sql`SELECT id FROM "StaffMember" WHERE id = ${id}::uuid ${scopeSql(scope)} ${mode === 'share' ? P.sql`FOR SHARE` : P.sql`FOR UPDATE`}`,
    );
    return rows.length > 0;
  }

  /** National: the national id is unique across all municipalities. */
  async nationalIdTaken(db: Tx | PrismaClient, nationalId: string, exceptId?: string): Promise<boolean> {
    const row = await db.staffMember.findUnique({ where: { nationalId }, select: { id: true } });
    return row !== null && row.id !== exceptId;
  }

  create(tx: Tx, data: StaffData): Promise<StaffRow> {
    return tx.staffMember.create({ data, select: staffSelect });
  }

  /** Update within scope; returns null when the row is not visible to the caller. */
  async update(tx: Tx, scope: Scope, id: string, data: Partial<StaffData>): Promise<StaffRow | null> {
    const res = await tx.staffMember.updateMany({ where: { id, ...municipalityWhere(scope) }, data });
    return res.count === 0 ? null : this.find(scope, id, tx);
  }

  async delete(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const res = await tx.staffMember.deleteMany({ where: { id, ...municipalityWhere(scope) } });
    return res.count > 0;
  }

  /** What ties a person to the field organisation (blocks deletion and kind changes). */
  async usage(tx: Tx, id: string): Promise<{ assignments: number; ledTeams: number; contracts: number }> {
    // Sequential: a transaction is one connection, which runs one query at a time.
    const assignments = await tx.eaAssignment.count({ where: { enumeratorId: id } });
    const ledTeams = await tx.supervisorTeam.count({ where: { supervisorId: id } });
    const contracts = await tx.contract.count({ where: { staffId: id } });
    return { assignments, ledTeams, contracts };
  }

  assignmentPeriods(tx: Tx, id: string) {
    return tx.eaAssignment.findMany({
      where: { enumeratorId: id },
      select: { id: true, validFrom: true, validTo: true },
      orderBy: { validFrom: 'asc' },
    });
  }

  /** Municipality id by code, only when the caller may act in it. */
  async municipalityId(scope: Scope, code: string, db: Tx | PrismaClient = this.prisma): Promise<string | null> {
    const m = await municipalityInScope(db, scope, code, { id: true });
    return m?.id ?? null;
  }
}
