import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Transactions, type Tx } from '../common/prisma/transaction.js';
import { readImport, refuseRows } from '../common/tabular/tabular-import.js';
import { StaffKind } from '../generated/prisma/enums.js';
import { unknownCompetition } from './competition.service.js';
import { planScoreImport, SCORE_IMPORT, type ScoredApplication } from './domain/score-import.js';
import { scoreToHundredths } from './domain/shortlist.js';
import { ScoreRepository } from './score.repository.js';

/** 8750 → "87.50", exact (integer arithmetic, no floats). */
const hundredthsText = (h: number): string => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;

/**
 * ASK's test scores from a file, with the guarantees of every other import: 400 IMPORT_FORMAT
 * for a body or header that cannot be read, 422 IMPORT_INVALID naming each bad row and column
 * with nothing stored, a dry run that validates only, and the same file twice changing nothing.
 */
@Injectable()
export class ScoreImportService {
  constructor(
    private readonly repo: ScoreRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async run(p: Principal, competitionId: string, body: unknown, contentType: string | undefined, dryRun: boolean) {
    const { table, rows, problems } = readImport(SCORE_IMPORT, body, contentType);
    return this.transactions.run(async (tx) => {
      if (!(await this.repo.competitionExists(tx, competitionId))) throw unknownCompetition();
      await this.repo.lockCompetitionScores(tx, competitionId);
      const apps = await this.applications(
        tx,
        competitionId,
        rows.map((r) => r.nationalId),
      );
      const plan = planScoreImport(rows, apps);
      refuseRows([...problems, ...plan.problems]);
      const result = { competitionId, dryRun, rows: table.rows.length, ...plan.counts };
      if (dryRun || plan.writes.length === 0) return result;
      for (const w of plan.writes) await this.repo.setScore(tx, w.applicationId, hundredthsText(w.hundredths));
      await this.audit.record(tx, actorOf(p), {
        action: 'scores-imported',
        entity: 'Application',
        entityIds: [competitionId, ...plan.writes.map((w) => w.applicationId)],
        details: { rows: table.rows.length, ...plan.counts },
      });
      return result;
    });
  }

  /** The competition's applications of these national ids, with whether their list is decided. */
  private async applications(tx: Tx, competitionId: string, nationalIds: readonly string[]): Promise<Map<string, ScoredApplication>> {
    const apps = await this.repo.applicationsOf(tx, competitionId, nationalIds);
    const decided = await this.repo.decided(tx, competitionId);
    return new Map(
      apps.map((a) => [
        a.nationalId,
        {
          id: a.id,
          kind: a.kind,
          scoreHundredths: a.score === null ? null : scoreToHundredths(a.score.toFixed(2)),
          locked: (a.kind === StaffKind.SUPERVISOR ? decided.supervisors : decided.enumerators).has(a.municipalityId),
        },
      ]),
    );
  }
}
