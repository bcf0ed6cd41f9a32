import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type Prisma, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import { Prisma as P } from '../generated/prisma/client.js';
import { scopeSql } from '../common/scope/scope-sql.js';

const personSelect = { id: true, fullName: true, kind: true, status: true } as const;

export const teamSelect = {
  id: true,
  code: true,
  municipalityId: true,
  municipality: { select: { code: true, nameSq: true } },
  supervisorId: true,
  supervisor: { select: personSelect },
  _count: { select: { members: true } },
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SupervisorTeamSelect;

export const teamDetailSelect = {
  ...teamSelect,
  members: { select: personSelect, orderBy: [{ fullName: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.SupervisorTeamSelect;

export interface TeamFilter {
  readonly municipalityCode?: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Supervisor teams and their membership. Every method takes the caller's scope. */
@Injectable()
export class TeamRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(scope: Scope, f: TeamFilter) {
    const where: Prisma.SupervisorTeamWhereInput = {
      ...municipalityWhere(scope),
      ...(f.municipalityCode ? { municipality: { code: f.municipalityCode } } : {}),
    };
    const offset = offsetOf(f.cursor);
    const [items, total] = await Promise.all([
      this.prisma.supervisorTeam.findMany({
        where,
        select: teamSelect,
        orderBy: [{ code: 'asc' }, { id: 'asc' }],
        take: f.limit,
        skip: offset,
      }),
      this.prisma.supervisorTeam.count({ where }),
    ]);
    return offsetPage(items, offset, f.limit, total);
  }

  find(scope: Scope, id: string, db: Tx | PrismaClient = this.prisma) {
    return db.supervisorTeam.findFirst({ where: { id, ...municipalityWhere(scope) }, select: teamDetailSelect });
  }

  findByCode(scope: Scope, code: string, db: Tx | PrismaClient = this.prisma) {
    return db.supervisorTeam.findFirst({
      where: { code, ...municipalityWhere(scope) },
      select: { id: true, code: true, municipalityId: true },
    });
  }

  /** National: team codes are unique across all municipalities. */
  async codeTaken(db: Tx | PrismaClient, code: string): Promise<boolean> {
    return (await db.supervisorTeam.count({ where: { code } })) > 0;
  }

  /** Lock the team row within scope, so membership changes of one team run one at a time. */
  async lock(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const rows = await tx.$queryRaw<{ id: string }[]>(
      P.sql`SELECT id FROM "SupervisorTeam" WHERE id = ${id}::uuid ${scopeSql(scope)} FOR UPDATE`,
    );
    return rows.length > 0;
  }

  create(tx: Tx, data: { code: string; municipalityId: string; supervisorId: string | null }) {
    return tx.supervisorTeam.create({ data, select: teamDetailSelect });
  }

  async setSupervisor(tx: Tx, scope: Scope, id: string, supervisorId: string | null): Promise<boolean> {
    const res = await tx.supervisorTeam.updateMany({ where: { id, ...municipalityWhere(scope) }, data: { supervisorId } });
    return res.count > 0;
  }

  /** Join people to the team: only those without a team (or already in it) move; returns how many. */
  async addMembers(tx: Tx, scope: Scope, teamId: string, staffIds: readonly string[]): Promise<number> {
    const res = await tx.staffMember.updateMany({
      where: { id: { in: [...staffIds] }, ...municipalityWhere(scope), OR: [{ teamId: null }, { teamId }] },
      data: { teamId },
    });
    return res.count;
  }

  async removeMembers(tx: Tx, scope: Scope, teamId: string, staffIds: readonly string[]): Promise<number> {
    const res = await tx.staffMember.updateMany({
      where: { id: { in: [...staffIds] }, teamId, ...municipalityWhere(scope) },
      data: { teamId: null },
    });
    return res.count;
  }

  countMembers(tx: Tx, teamId: string): Promise<number> {
    return tx.staffMember.count({ where: { teamId } });
  }

  async delete(tx: Tx, scope: Scope, id: string): Promise<boolean> {
    const res = await tx.supervisorTeam.deleteMany({ where: { id, ...municipalityWhere(scope) } });
    return res.count > 0;
  }
}
