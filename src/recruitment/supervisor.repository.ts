import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { Prisma } from '../generated/prisma/client.js';
import { ApplicationStatus, StaffKind } from '../generated/prisma/enums.js';
import { type ApplicationRow, applicationSelect } from './recruitment.repository.js';

type Db = Tx | PrismaClient;

/** Supervisor selection data of a municipality, always with the caller's scope in the WHERE clause. */
@Injectable()
export class SupervisorRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  supervisorApplications(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma): Promise<ApplicationRow[]> {
    return db.application.findMany({
      where: { competitionId, municipalityId, kind: StaffKind.SUPERVISOR, ...municipalityWhere(scope) },
      select: applicationSelect,
      orderBy: [{ submittedAt: 'asc' }, { nationalId: 'asc' }],
    });
  }

  stage(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma) {
    return db.supervisorSelection.findFirst({ where: { competitionId, municipalityId, ...municipalityWhere(scope) } });
  }

  /** The selection row, created if missing, locked for the rest of the transaction. */
  async lockStage(tx: Tx, scope: Scope, competitionId: string, municipalityId: string) {
    await tx.supervisorSelection.upsert({
      where: { competitionId_municipalityId: { competitionId, municipalityId } },
      create: { competitionId, municipalityId },
      update: {},
    });
    const rows = await tx.$queryRaw<{ selectedAt: Date | null; publishedAt: Date | null }[]>(
      Prisma.sql`SELECT "selectedAt", "publishedAt" FROM "SupervisorSelection"
                 WHERE "competitionId" = ${competitionId}::uuid AND "municipalityId" = ${municipalityId}::uuid
                 ${scopeSql(scope)}
                 FOR UPDATE`,
    );
    return rows[0] ?? null;
  }

  async setStage(
    tx: Tx,
    scope: Scope,
    competitionId: string,
    municipalityId: string,
    data: Prisma.SupervisorSelectionUpdateManyMutationInput,
  ) {
    await tx.supervisorSelection.updateMany({ where: { competitionId, municipalityId, ...municipalityWhere(scope) }, data });
  }

  /** A new selection replaces an earlier one not yet published: the previously selected go back to the reserve. */
  async clearSelection(tx: Tx, scope: Scope, competitionId: string, municipalityId: string): Promise<void> {
    await tx.application.updateMany({
      where: { competitionId, municipalityId, kind: StaffKind.SUPERVISOR, status: ApplicationStatus.SELECTED, ...municipalityWhere(scope) },
      data: { status: ApplicationStatus.SUBMITTED, deviationReason: null },
    });
  }

  /** The supervisor's team, created at publication and named after the supervisor's national id (unique). */
  createTeam(tx: Tx, municipalityId: string, code: string, supervisorId: string) {
    return tx.supervisorTeam.create({ data: { code, municipalityId, supervisorId }, select: { id: true, code: true } });
  }

  teamCodeTaken(db: Db, code: string) {
    return db.supervisorTeam.findUnique({ where: { code }, select: { id: true } });
  }

  teamsLedBy(scope: Scope, supervisorIds: readonly string[], db: Db = this.prisma) {
    return db.supervisorTeam.findMany({
      where: { supervisorId: { in: [...supervisorIds] }, ...municipalityWhere(scope) },
      select: { id: true, code: true, supervisorId: true },
      orderBy: { code: 'asc' },
    });
  }

  /** Every team the leaver leads passes to the replacement (members stay with the team). */
  async handOverTeams(tx: Tx, scope: Scope, leaverId: string, replacementId: string) {
    const teams = await this.teamsLedBy(scope, [leaverId], tx);
    await tx.supervisorTeam.updateMany({
      where: { id: { in: teams.map((t) => t.id) }, ...municipalityWhere(scope) },
      data: { supervisorId: replacementId },
    });
    return teams;
  }
}
