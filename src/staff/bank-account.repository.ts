import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import type { BankState } from './domain/bank-account.js';

export const bankAccountSelect = {
  id: true,
  staffId: true,
  version: true,
  iban: true,
  status: true,
  source: true,
  requestedById: true,
  requestedAt: true,
  decidedById: true,
  decidedAt: true,
  staff: { select: { nationalId: true, fullName: true, municipalityId: true, iban: true, ibanVersion: true } },
} as const satisfies Prisma.StaffBankAccountSelect;

export type BankAccountRow = Prisma.StaffBankAccountGetPayload<{ select: typeof bankAccountSelect }>;

export interface NewBankAccount {
  readonly staffId: string;
  readonly version: number;
  readonly iban: string;
  readonly source: 'api' | 'import' | 'recruitment';
  readonly requestedById: string;
}

/**
 * Bank-account versions of staff. Reads and writes go through the person's municipality scope;
 * callers hold the person's row lock (StaffRepository.lock) while they change versions, which
 * keeps one pending change per person.
 */
@Injectable()
export class BankAccountRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** Confirmed IBAN in force, the pending change and the last version number of each person. */
  async states(db: Tx | PrismaClient, staffIds: readonly string[]): Promise<Map<string, BankState>> {
    const out = new Map<string, BankState>();
    if (staffIds.length === 0) return out;
    const [people, versions] = [
      await db.staffMember.findMany({ where: { id: { in: [...staffIds] } }, select: { id: true, iban: true, ibanVersion: true } }),
      await db.staffBankAccount.groupBy({ by: ['staffId'], where: { staffId: { in: [...staffIds] } }, _max: { version: true } }),
    ];
    const pending = await db.staffBankAccount.findMany({
      where: { staffId: { in: [...staffIds] }, status: 'PENDING' },
      select: { id: true, staffId: true, version: true, iban: true },
    });
    const last = new Map(versions.map((v) => [v.staffId, v._max.version ?? 0]));
    const open = new Map(pending.map((p) => [p.staffId, { id: p.id, version: p.version, iban: p.iban }]));
    for (const p of people) {
      out.set(p.id, { iban: p.iban, version: p.ibanVersion, pending: open.get(p.id) ?? null, lastVersion: last.get(p.id) ?? 0 });
    }
    return out;
  }

  create(tx: Tx, rows: readonly NewBankAccount[]): Promise<{ count: number }> {
    return tx.staffBankAccount.createMany({ data: rows.map((r) => ({ ...r, status: 'PENDING' as const })) });
  }

  /** A change within scope (through its person's municipality), for deciding: locks nothing. */
  find(db: Tx | PrismaClient, scope: Scope, id: string): Promise<BankAccountRow | null> {
    return db.staffBankAccount.findFirst({ where: { id, staff: municipalityWhere(scope) }, select: bankAccountSelect });
  }

  /** PENDING → CONFIRMED/REJECTED; false when it was decided meanwhile. */
  async decide(tx: Tx, id: string, status: 'CONFIRMED' | 'REJECTED', deciderId: string, at: Date): Promise<boolean> {
    const res = await tx.staffBankAccount.updateMany({
      where: { id, status: 'PENDING' },
      data: { status, decidedById: deciderId, decidedAt: at },
    });
    return res.count === 1;
  }

  /** The confirmed version becomes the account in force (pay runs read it from the person). */
  async putInForce(tx: Tx, staffId: string, iban: string, version: number): Promise<void> {
    await tx.staffMember.update({ where: { id: staffId }, data: { iban, ibanVersion: version } });
  }

  async list(
    scope: Scope,
    q: { status?: 'PENDING' | 'CONFIRMED' | 'REJECTED'; staffId?: string; limit: number; cursor?: string | undefined },
  ) {
    const where: Prisma.StaffBankAccountWhereInput = {
      staff: municipalityWhere(scope),
      ...(q.status ? { status: q.status } : {}),
      ...(q.staffId ? { staffId: q.staffId } : {}),
    };
    const offset = offsetOf(q.cursor);
    const [items, total] = await Promise.all([
      this.prisma.staffBankAccount.findMany({
        where,
        select: bankAccountSelect,
        orderBy: q.staffId ? [{ version: 'desc' }] : [{ requestedAt: 'asc' }, { id: 'asc' }],
        take: q.limit,
        skip: offset,
      }),
      this.prisma.staffBankAccount.count({ where }),
    ]);
    return offsetPage(items, offset, q.limit, total);
  }

  /** E-mails of the users who requested and decided, for the list (ids stay in the rows). */
  async emails(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
    if (wanted.length === 0) return new Map();
    const users = await this.prisma.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
    return new Map(users.map((u) => [u.id, u.email]));
  }
}
