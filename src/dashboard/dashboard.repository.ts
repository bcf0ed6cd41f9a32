import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/transaction.js';
import type { Scope } from '../common/scope/scope.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { Prisma as P } from '../generated/prisma/client.js';
import type { DeadlineFlagKind, PayRunKind, PayRunStatus } from '../generated/prisma/enums.js';
import { payRunVisibleSql } from '../payroll/runs/pay-run-visibility.js';

export interface MunicipalityRow {
  readonly id: string;
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

/** Per municipality: the figures of one question, keyed by municipality id. */
type ByMunicipality<T> = T & { readonly municipalityId: string };

export interface RecruitmentTargetRow {
  readonly targets: number;
  readonly competitions: number;
}
export interface ApplicationRow {
  readonly applications: number;
  readonly eligible: number;
  readonly shortlisted: number;
  readonly selected: number;
}
export interface StageRow {
  readonly shortlistsSent: number;
  readonly finalLists: number;
  readonly published: number;
}
export interface EaRow {
  readonly total: number;
  readonly counted: number;
  readonly expected: number;
  readonly countedHouseholds: number;
  readonly expectedHouseholds: number;
  readonly countedIndividuals: number;
  readonly expectedIndividuals: number;
}
export interface PayRunRow {
  readonly runId: string;
  /** null: a national run */
  readonly municipalityId: string | null;
  readonly kind: PayRunKind;
  readonly status: PayRunStatus;
  readonly people: number;
  readonly grossCents: bigint;
  readonly netCents: bigint;
  readonly at: Date;
}
export interface ItemRow {
  readonly items: number;
  readonly issued: number;
  readonly returned: number;
  readonly damaged: number;
  readonly lost: number;
}
export interface KitRow {
  readonly handovers: number;
  readonly returns: number;
}
export interface FlagCountRow {
  readonly quality: number;
  readonly deadlines: number;
}
export interface DeadlineRow {
  readonly kind: DeadlineFlagKind;
  readonly municipalityCode: string;
  readonly competitionCode: string;
  readonly subject: string;
  readonly dueAt: Date;
  readonly raisedAt: Date;
}

/** Competitions of a census (all when none is named): what recruitment figures count. */
const ofCensus = (censusId: string | null, column: string): P.Sql =>
  censusId ? P.sql`AND ${P.raw(column)} IN (SELECT id FROM "Competition" WHERE "censusId" = ${censusId}::uuid)` : P.empty;

/**
 * The dashboard's read model: one aggregate statement per question, grouped by municipality,
 * each with the caller's scope in its WHERE clause (one round trip per question whatever the
 * number of municipalities or people). Read-only; the service runs them in one transaction.
 */
@Injectable()
export class DashboardRepository {
  municipalities(tx: Tx, scope: Scope): Promise<MunicipalityRow[]> {
    return tx.$queryRaw<MunicipalityRow[]>`
      SELECT id, code, "nameSq", "nameSr" FROM "Municipality" WHERE true ${scopeSql(scope, '"id"')} ORDER BY "sortOrder", code`;
  }

  async municipalityInScope(tx: Tx, scope: Scope, code: string): Promise<MunicipalityRow | null> {
    const rows = await tx.$queryRaw<MunicipalityRow[]>`
      SELECT id, code, "nameSq", "nameSr" FROM "Municipality" WHERE code = ${code} ${scopeSql(scope, '"id"')}`;
    return rows[0] ?? null;
  }

  targets(tx: Tx, scope: Scope, censusId: string | null): Promise<ByMunicipality<RecruitmentTargetRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", sum(supervisors + enumerators)::int AS targets, count(DISTINCT "competitionId")::int AS competitions
        FROM "StaffingTarget" WHERE true ${scopeSql(scope)} ${ofCensus(censusId, '"competitionId"')}
       GROUP BY "municipalityId"`;
  }

  applications(tx: Tx, scope: Scope, censusId: string | null): Promise<ByMunicipality<ApplicationRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", count(*)::int AS applications,
             count(*) FILTER (WHERE eligible)::int AS eligible,
             count(*) FILTER (WHERE "shortlistRank" IS NOT NULL)::int AS shortlisted,
             count(*) FILTER (WHERE status IN ('SELECTED', 'HIRED'))::int AS selected
        FROM "Application" WHERE true ${scopeSql(scope)} ${ofCensus(censusId, '"competitionId"')}
       GROUP BY "municipalityId"`;
  }

  stages(tx: Tx, scope: Scope, censusId: string | null): Promise<ByMunicipality<StageRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", count("shortlistSentAt")::int AS "shortlistsSent", count("finalisedAt")::int AS "finalLists",
             count("publishedAt")::int AS published
        FROM "CommissionStage" WHERE true ${scopeSql(scope)} ${ofCensus(censusId, '"competitionId"')}
       GROUP BY "municipalityId"`;
  }

  /** EAs, those with current counts or expectations, and counted vs expected households and people. */
  eas(tx: Tx, scope: Scope): Promise<ByMunicipality<EaRow>[]> {
    return tx.$queryRaw`
      SELECT e."municipalityId", count(*)::int AS total, count(c."eaId")::int AS counted, count(x."eaId")::int AS expected,
             coalesce(sum(c.households), 0)::int AS "countedHouseholds",
             coalesce(sum(x."expectedHouseholds"), 0)::int AS "expectedHouseholds",
             coalesce(sum(c.individuals), 0)::int AS "countedIndividuals",
             coalesce(sum(x."expectedIndividuals"), 0)::int AS "expectedIndividuals"
        FROM "EnumerationArea" e
        LEFT JOIN (SELECT "eaId", sum(households) AS households, sum(individuals) AS individuals
                     FROM "EaCount" WHERE "isCurrent" ${scopeSql(scope)} GROUP BY "eaId") c ON c."eaId" = e.id
        LEFT JOIN "EaExpectation" x ON x."eaId" = e.id
       WHERE true ${scopeSql(scope, 'e."municipalityId"')}
       GROUP BY e."municipalityId"`;
  }

  /**
   * The latest computed or approved run of each kind per municipality (and the national runs,
   * municipality null, for national callers), as far as the payroll visibility rule lets the caller see.
   */
  latestRuns(tx: Tx, scope: Scope): Promise<PayRunRow[]> {
    return tx.$queryRaw`
      SELECT DISTINCT ON (r."municipalityId", r.kind)
             r.id AS "runId", r."municipalityId", r.kind, r.status, r."peopleCount" AS people,
             r."grossCents", r."netCents", coalesce(r."approvedAt", r."computedAt", r."createdAt") AS at
        FROM "PayRun" r
       WHERE r.status IN ('COMPUTED', 'APPROVED') ${payRunVisibleSql(scope)}
       ORDER BY r."municipalityId", r.kind, r."createdAt" DESC, r.id DESC`;
  }

  items(tx: Tx, scope: Scope): Promise<ByMunicipality<ItemRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", count(*)::int AS items,
             count(*) FILTER (WHERE status = 'ISSUED')::int AS issued,
             count(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
             count(*) FILTER (WHERE status = 'DAMAGED')::int AS damaged,
             count(*) FILTER (WHERE status = 'LOST')::int AS lost
        FROM "Item" WHERE "municipalityId" IS NOT NULL ${scopeSql(scope)}
       GROUP BY "municipalityId"`;
  }

  kits(tx: Tx, scope: Scope): Promise<ByMunicipality<KitRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", count(*) FILTER (WHERE kind = 'HANDOVER')::int AS handovers,
             count(*) FILTER (WHERE kind = 'RETURN')::int AS returns
        FROM "KitRecord" WHERE true ${scopeSql(scope)}
       GROUP BY "municipalityId"`;
  }

  /** Open quality flags of current count versions, and open deadline flags. */
  flags(tx: Tx, scope: Scope, censusId: string | null): Promise<ByMunicipality<FlagCountRow>[]> {
    return tx.$queryRaw`
      SELECT "municipalityId", sum(quality)::int AS quality, sum(deadlines)::int AS deadlines FROM (
        SELECT f."municipalityId", count(*) AS quality, 0 AS deadlines
          FROM "CountFlag" f JOIN "EaCount" c ON c.id = f."countId"
         WHERE f."acceptedAt" IS NULL AND c."isCurrent" ${scopeSql(scope, 'f."municipalityId"')}
         GROUP BY f."municipalityId"
        UNION ALL
        SELECT "municipalityId", 0, count(*) FROM "DeadlineFlag"
         WHERE "doneAt" IS NULL ${scopeSql(scope)} ${ofCensus(censusId, '"competitionId"')}
         GROUP BY "municipalityId") u
       GROUP BY "municipalityId"`;
  }

  deadlines(tx: Tx, scope: Scope, censusId: string | null, limit: number): Promise<DeadlineRow[]> {
    return tx.$queryRaw`
      SELECT d.kind, m.code AS "municipalityCode", c.code AS "competitionCode", d.subject, d."dueAt", d."raisedAt"
        FROM "DeadlineFlag" d JOIN "Municipality" m ON m.id = d."municipalityId" JOIN "Competition" c ON c.id = d."competitionId"
       WHERE d."doneAt" IS NULL ${scopeSql(scope, 'd."municipalityId"')} ${ofCensus(censusId, 'd."competitionId"')}
       ORDER BY d."dueAt", m."sortOrder", d.kind, d.subject
       LIMIT ${limit}`;
  }
}
