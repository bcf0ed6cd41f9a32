import { Inject, Injectable } from '@nestjs/common';
import { AuditService, actorOf } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { PRISMA, type PrismaClient } from '../../common/prisma/prisma.module.js';
import type { Scope } from '../../common/scope/scope.js';
import { scopeSql } from '../../common/scope/scope-sql.js';
import { Prisma as P } from '../../generated/prisma/client.js';
import type { ExpectationRow } from '../domain/expectations.js';

export interface EaProgressRow {
  readonly eaCode: string;
  readonly municipalityCode: string;
  readonly reportedDwellings: number;
  readonly reportedHouseholds: number;
  readonly reportedIndividuals: number;
  readonly expectedDwellings: number | null;
  readonly expectedHouseholds: number | null;
  readonly expectedIndividuals: number | null;
  readonly interviews: number;
  readonly started: boolean;
  readonly finished: boolean;
}

export interface DailyRow {
  readonly day: string;
  readonly approvedInterviews: number;
  readonly approvedIndividuals: number;
}

/**
 * Expected figures per EA and progress against them, within the caller's scope. Reported =
 * the current count versions (every enumerator of the EA); started = the field system has an
 * interview in the EA or a count reports households; finished = reported households reach the
 * expected ones.
 */
@Injectable()
export class ProgressRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** EA codes → ids within scope (unknown codes are missing from the map). */
  async eas(scope: Scope, codes: readonly string[]): Promise<Map<string, { id: string; municipalityId: string }>> {
    const rows = await this.prisma.enumerationArea.findMany({
      where: { code: { in: [...codes] }, ...(scope.kind === 'national' ? {} : { municipalityId: { in: [...scope.municipalityIds] } }) },
      select: { id: true, code: true, municipalityId: true },
    });
    return new Map(rows.map((r) => [r.code, { id: r.id, municipalityId: r.municipalityId }]));
  }

  async saveExpectations(
    p: Principal,
    rows: readonly (ExpectationRow & { eaId: string; municipalityId: string })[],
  ): Promise<{ saved: number }> {
    return this.prisma.$transaction(async (tx) => {
      for (const r of rows) {
        const data = {
          municipalityId: r.municipalityId,
          expectedDwellings: r.expectedDwellings,
          expectedHouseholds: r.expectedHouseholds,
          expectedIndividuals: r.expectedIndividuals,
        };
        await tx.eaExpectation.upsert({ where: { eaId: r.eaId }, create: { eaId: r.eaId, ...data }, update: data });
      }
      await this.audit.record(tx, actorOf(p), {
        action: 'imported',
        entity: 'EaExpectation',
        entityIds: rows.slice(0, 100).map((r) => r.eaId),
        details: { rows: rows.length },
      });
      return { saved: rows.length };
    });
  }

  /** Per EA, filtered by municipality code when given. */
  perEa(scope: Scope, municipalityCode: string | undefined): Promise<EaProgressRow[]> {
    return this.prisma.$queryRaw<EaProgressRow[]>`
      SELECT e.code AS "eaCode", m.code AS "municipalityCode",
             coalesce(c.dwellings, 0)::int AS "reportedDwellings", coalesce(c.households, 0)::int AS "reportedHouseholds",
             coalesce(c.individuals, 0)::int AS "reportedIndividuals",
             x."expectedDwellings", x."expectedHouseholds", x."expectedIndividuals",
             coalesce(f.n, 0)::int AS interviews,
             (coalesce(f.n, 0) > 0 OR coalesce(c.households, 0) > 0) AS started,
             (x."expectedHouseholds" IS NOT NULL AND coalesce(c.households, 0) >= x."expectedHouseholds") AS finished
        FROM "EnumerationArea" e
        JOIN "Municipality" m ON m.id = e."municipalityId"
        LEFT JOIN "EaExpectation" x ON x."eaId" = e.id
        LEFT JOIN (SELECT "eaId", sum(dwellings) AS dwellings, sum(households) AS households, sum(individuals) AS individuals
                     FROM "EaCount" WHERE "isCurrent" GROUP BY "eaId") c ON c."eaId" = e.id
        LEFT JOIN (SELECT "eaId", count(*) AS n FROM "FieldInterview" GROUP BY "eaId") f ON f."eaId" = e.id
       WHERE true ${scopeSql(scope, 'e."municipalityId"')} ${municipalityCode ? P.sql`AND m.code = ${municipalityCode}` : P.empty}
       ORDER BY m.code, e.code`;
  }

  /** Approved interviews per day of approval (the field system's interview__actions). */
  daily(scope: Scope, municipalityCode: string | undefined): Promise<DailyRow[]> {
    return this.prisma.$queryRaw<DailyRow[]>`
      SELECT to_char(f."approvedOn", 'YYYY-MM-DD') AS day, count(*)::int AS "approvedInterviews", sum(f.individuals)::int AS "approvedIndividuals"
        FROM "FieldInterview" f JOIN "Municipality" m ON m.id = f."municipalityId"
       WHERE f.counted AND f."approvedOn" IS NOT NULL ${scopeSql(scope, 'f."municipalityId"')}
             ${municipalityCode ? P.sql`AND m.code = ${municipalityCode}` : P.empty}
       GROUP BY f."approvedOn" ORDER BY f."approvedOn"`;
  }
}
