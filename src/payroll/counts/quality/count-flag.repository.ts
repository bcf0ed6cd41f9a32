import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { DatabaseHandle } from '../../../common/prisma/database.js';
import { DATABASE } from '../../../common/prisma/prisma.module.js';
import { fromDate } from '../../../common/http/zod.pipe.js';
import {
  DEFAULT_THRESHOLDS,
  evaluateQuality,
  type QualityInput,
  qualityThresholds,
  type QualityThresholds,
} from '../domain/quality-rules.js';

interface Loaded {
  id: string;
  ea_id: string;
  enumerator_id: string;
  municipality_id: string;
  code: string;
  buildings: number;
  dwellings: number;
  households: number;
  individuals: number;
  diaspora: number;
  complete: boolean;
  p_dwellings: number | null;
  p_households: number | null;
  p_individuals: number | null;
  t_dwellings: number;
  t_households: number;
  t_individuals: number;
  x_dwellings: number | null;
  x_households: number | null;
  x_individuals: number | null;
  empty: number | null;
  last_approved: string | null;
}

/**
 * The rows to evaluate (current versions matching `filter`), with their previous version, the
 * EA's current totals, its expectation and the field system's figures. Totals and field
 * figures are grouped once and hash-joined: EaCount has no index that starts with the EA, so a
 * per-row subquery would scan it once per row.
 */
const load = (filter: string) => `
  WITH r AS (SELECT * FROM "EaCount" c WHERE c."isCurrent" AND ${filter}),
  t AS (SELECT o."eaId", sum(o.dwellings)::int AS dwellings, sum(o.households)::int AS households, sum(o.individuals)::int AS individuals
          FROM "EaCount" o WHERE o."isCurrent" AND o."eaId" IN (SELECT "eaId" FROM r) GROUP BY o."eaId"),
  f AS (SELECT fi."eaId", fi."staffId", count(*) FILTER (WHERE fi.counted AND fi.individuals = 0)::int AS empty,
               max(fi."approvedOn") AS last_approved
          FROM "FieldInterview" fi WHERE fi."eaId" IN (SELECT "eaId" FROM r) GROUP BY fi."eaId", fi."staffId")
  SELECT c.id, c."eaId" AS ea_id, c."enumeratorId" AS enumerator_id, c."municipalityId" AS municipality_id, e.code,
         c.buildings, c.dwellings, c.households, c.individuals, c."diasporaPersons" AS diaspora, c."diasporaListComplete" AS complete,
         p.dwellings AS p_dwellings, p.households AS p_households, p.individuals AS p_individuals,
         t.dwellings AS t_dwellings, t.households AS t_households, t.individuals AS t_individuals,
         x."expectedDwellings" AS x_dwellings, x."expectedHouseholds" AS x_households, x."expectedIndividuals" AS x_individuals,
         f.empty, to_char(f.last_approved, 'YYYY-MM-DD') AS last_approved
    FROM r c
    JOIN "EnumerationArea" e ON e.id = c."eaId"
    JOIN t ON t."eaId" = c."eaId"
    LEFT JOIN "EaCount" p ON p."enumeratorId" = c."enumeratorId" AND p."eaId" = c."eaId" AND p.version = c.version - 1
    LEFT JOIN "EaExpectation" x ON x."eaId" = c."eaId"
    LEFT JOIN f ON f."eaId" = c."eaId" AND f."staffId" = c."enumeratorId"`;

/** Rows are read through a cursor in pieces of this many: a million-row import stays in bounded memory. */
const FETCH = 10_000;

function toInput(r: Loaded): QualityInput {
  return {
    eaCode: r.code,
    buildings: r.buildings,
    dwellings: r.dwellings,
    households: r.households,
    individuals: r.individuals,
    diasporaPersons: r.diaspora,
    diasporaListComplete: r.complete,
    previous:
      r.p_households === null ? null : { dwellings: r.p_dwellings ?? 0, households: r.p_households, individuals: r.p_individuals ?? 0 },
    eaTotal: { dwellings: r.t_dwellings, households: r.t_households, individuals: r.t_individuals },
    expected:
      r.x_households === null ? null : { dwellings: r.x_dwellings ?? 0, households: r.x_households, individuals: r.x_individuals ?? 0 },
    emptyHouseholds: r.empty,
    lastApprovedOn: r.last_approved,
  };
}

/**
 * Quality flags of count versions (rules in ../domain/quality-rules.ts). A flag belongs to one
 * version: a new version of the row is evaluated afresh, and the pay run only looks at flags
 * of current versions.
 */
@Injectable()
export class CountFlagRepository {
  constructor(@Inject(DATABASE) private readonly db: DatabaseHandle) {}

  async thresholds(c: pg.PoolClient | pg.Client): Promise<QualityThresholds> {
    const r = await c.query<{ thresholds: unknown }>('SELECT thresholds FROM "FieldQualitySettings" WHERE id = 1');
    const parsed = qualityThresholds.safeParse(r.rows[0]?.thresholds ?? {});
    return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
  }

  currentThresholds(): Promise<QualityThresholds> {
    return this.db.withPgClient((c) => this.thresholds(c));
  }

  /** Evaluates the versions an import batch wrote, on the import's connection and transaction. */
  async evaluateBatch(c: pg.PoolClient, batchId: string, now: Date): Promise<number> {
    return this.evaluate(c, load('c."importBatchId" = $1::uuid'), [batchId], now);
  }

  /** Evaluates every current version (time-based rules change with the date); returns the new flags. */
  evaluateCurrent(municipalityIds: readonly string[] | null, now: Date): Promise<number> {
    return this.db.withPgClient(async (c) => {
      await c.query('BEGIN');
      try {
        const n = await this.evaluate(
          c,
          municipalityIds === null ? load('true') : load('c."municipalityId" = ANY($1::uuid[])'),
          municipalityIds === null ? [] : [[...municipalityIds]],
          now,
        );
        await c.query('COMMIT');
        return n;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  private async evaluate(c: pg.PoolClient, sql: string, params: unknown[], now: Date): Promise<number> {
    const t = await this.thresholds(c);
    const today = fromDate(now) as string;
    await c.query(`DECLARE count_flag_rows NO SCROLL CURSOR FOR ${sql}`, params);
    let created = 0;
    for (;;) {
      const rows = await c.query<Loaded>(`FETCH ${FETCH} FROM count_flag_rows`);
      if (rows.rows.length === 0) break;
      created += await this.insert(c, rows.rows, t, today, now);
    }
    await c.query('CLOSE count_flag_rows');
    return created;
  }

  private async insert(c: pg.PoolClient, rows: readonly Loaded[], t: QualityThresholds, today: string, now: Date): Promise<number> {
    const ids: string[] = [];
    const eas: string[] = [];
    const enumerators: string[] = [];
    const municipalities: string[] = [];
    const rules: string[] = [];
    const explanations: string[] = [];
    for (const r of rows) {
      for (const f of evaluateQuality(toInput(r), t, today)) {
        ids.push(r.id);
        eas.push(r.ea_id);
        enumerators.push(r.enumerator_id);
        municipalities.push(r.municipality_id);
        rules.push(f.rule);
        explanations.push(JSON.stringify(f.notices));
      }
    }
    if (ids.length === 0) return 0;
    const res = await c.query(
      `INSERT INTO "CountFlag" (id, "countId", "eaId", "enumeratorId", "municipalityId", rule, explanation, "createdAt")
       SELECT gen_random_uuid(), c, e, n, m, r, x::jsonb, $7::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) AS u(c, e, n, m, r, x)
       ON CONFLICT ("countId", rule) DO NOTHING`,
      [ids, eas, enumerators, municipalities, rules, explanations, now],
    );
    return res.rowCount ?? 0;
  }
}
