import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/transaction.js';

/** Scores of a competition's applications (national data: ASK assesses every municipality's applicants). */
@Injectable()
export class ScoreRepository {
  competitionExists(tx: Tx, id: string) {
    return tx.competition.findUnique({ where: { id }, select: { id: true } });
  }

  /** One import of a competition's scores at a time: the second waits, then finds the first's scores. */
  async lockCompetitionScores(tx: Tx, competitionId: string): Promise<void> {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`score-import:${competitionId}`}))::text`;
  }

  applicationsOf(tx: Tx, competitionId: string, nationalIds: readonly string[]) {
    return tx.application.findMany({
      where: { competitionId, nationalId: { in: [...nationalIds] } },
      select: { id: true, nationalId: true, kind: true, score: true, municipalityId: true },
    });
  }

  /** Municipalities whose enumerator list is final (commission) and whose supervisors ASK has selected. */
  async decided(tx: Tx, competitionId: string) {
    const finalised = await tx.commissionStage.findMany({
      where: { competitionId, finalisedAt: { not: null } },
      select: { municipalityId: true },
    });
    const selected = await tx.supervisorSelection.findMany({
      where: { competitionId, selectedAt: { not: null } },
      select: { municipalityId: true },
    });
    return {
      enumerators: new Set(finalised.map((s) => s.municipalityId)),
      supervisors: new Set(selected.map((s) => s.municipalityId)),
    };
  }

  async setScore(tx: Tx, applicationId: string, score: string): Promise<void> {
    await tx.application.update({ where: { id: applicationId }, data: { score } });
  }
}
