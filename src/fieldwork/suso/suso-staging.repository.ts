import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { auditInsertQuery } from '../../audit/audit.repository.js';

/** Staging tables of one export, on the counts import's connection and transaction (dropped at its end). */
export const STAGING_TABLES = {
  main: 'fi_main(line int, key text, iid text, ea text, login text, status text, building text, dwelling text, complete text)',
  person: 'fi_person(line int, key text, diaspora text)',
  diaspora: 'fi_diaspora(line int, key text)',
  listing: 'fi_listing(line int, ea text, login text, status text, building text)',
  /** actions 1 (InterviewerAssigned: login = responsible__name), 3 (Completed: login = originator), 6 (ApprovedByHeadquarter) */
  action: 'fi_action(line int, key text, day date, at text, action text, login text)',
} as const;
export type StagingTable = keyof typeof STAGING_TABLES;

/** One (EA, enumerator) row derived from the export. */
export interface DerivedRow {
  readonly eaCode: string;
  readonly nationalId: string;
  readonly firstLine: number;
  readonly login: string;
  readonly buildings: number;
  readonly dwellings: number;
  readonly households: number;
  readonly individuals: number;
  readonly diaspora: number;
  readonly complete: boolean;
}

/** A problem across staged files: a problem code (`problem.<code>`) with the key or login it names and the first line of a repeat. */
export interface CrossProblem {
  readonly table: StagingTable;
  readonly line: number;
  readonly column: string;
  readonly code: 'KEY_REPEATED' | 'ROSTER_ORPHAN' | 'LOGIN_NOT_LINKED';
  readonly key: string;
  readonly first: number | null;
}

export interface DeriveOptions {
  readonly mappingId: string;
  readonly counted: readonly string[];
  readonly diasporaYes: readonly string[] | null;
  readonly completeYes: readonly string[] | null;
  readonly dwellingsFrom: 'main' | 'listing';
}

const LIMIT = 1000;

/** Statuses of an interview that has been completed at least once. */
const COMPLETED_STATUSES = [
  'Completed',
  'ApprovedBySupervisor',
  'RejectedBySupervisor',
  'RejectedByHeadquarters',
  'ApprovedByHeadquarters',
];

/**
 * SQL over the staged export: checks across files (duplicate keys, roster rows of unknown
 * interviews, logins without an enumerator), the state of every interview, and the counts per
 * (EA, enumerator). Every method runs on the connection of the counts import session.
 */
@Injectable()
export class SusoStagingRepository {
  async create(c: pg.PoolClient): Promise<void> {
    for (const def of Object.values(STAGING_TABLES)) await c.query(`CREATE TEMP TABLE ${def} ON COMMIT DROP`);
  }

  /** Streams COPY text chunks into one staging table. */
  async copy(c: pg.PoolClient, table: StagingTable, chunks: AsyncIterable<string>): Promise<void> {
    const cols = /\((.*)\)/.exec(STAGING_TABLES[table])?.[1]?.replace(/ [a-z]+(,|$)/g, '$1') as string;
    await pipeline(Readable.from(chunks), c.query(copyFrom(`COPY fi_${table}(${cols}) FROM STDIN`)));
  }

  async crossProblems(c: pg.PoolClient): Promise<CrossProblem[]> {
    await c.query('ANALYZE fi_main');
    const res = await c.query<CrossProblem>(
      `(SELECT 'main' AS table, m.line, 'interview__key' AS column, 'KEY_REPEATED' AS code, m.key AS key, f.first::int AS first
          FROM fi_main m JOIN (SELECT key, min(line) AS first FROM fi_main GROUP BY key HAVING count(*) > 1) f
            ON f.key = m.key AND m.line > f.first ORDER BY m.line LIMIT ${LIMIT})
       UNION ALL
       (SELECT 'person', p.line, 'interview__key', 'ROSTER_ORPHAN', p.key, NULL::int
          FROM fi_person p WHERE NOT EXISTS (SELECT 1 FROM fi_main m WHERE m.key = p.key) ORDER BY p.line LIMIT ${LIMIT})
       UNION ALL
       (SELECT 'diaspora', d.line, 'interview__key', 'ROSTER_ORPHAN', d.key, NULL::int
          FROM fi_diaspora d WHERE NOT EXISTS (SELECT 1 FROM fi_main m WHERE m.key = d.key) ORDER BY d.line LIMIT ${LIMIT})
       UNION ALL
       (SELECT 'main', min(m.line), 'responsible', 'LOGIN_NOT_LINKED', m.login, NULL::int
          FROM fi_main m WHERE NOT EXISTS (SELECT 1 FROM "FieldLogin" l WHERE l.login = m.login) GROUP BY m.login ORDER BY 2 LIMIT ${LIMIT})
       UNION ALL
       (SELECT 'action', min(k.action_line), 'responsible__name', 'LOGIN_NOT_LINKED', k.login, NULL::int
          FROM fi_credit k JOIN fi_main m ON m.key = k.key
         WHERE k.action_line IS NOT NULL AND k.login <> m.login AND NOT EXISTS (SELECT 1 FROM "FieldLogin" l WHERE l.login = k.login)
         GROUP BY k.login ORDER BY 2 LIMIT ${LIMIT})
       UNION ALL
       (SELECT 'listing', min(x.line), 'responsible', 'LOGIN_NOT_LINKED', x.login, NULL::int
          FROM fi_listing x WHERE NOT EXISTS (SELECT 1 FROM "FieldLogin" l WHERE l.login = x.login) GROUP BY x.login ORDER BY 2 LIMIT ${LIMIT})`,
    );
    return res.rows;
  }

  /**
   * fi_credit: who is credited with each interview's units. Units move with a reassignment
   * from its day on: an interview first completed before the day it was reassigned stays with
   * the interviewer assigned then. Sources, first that applies: interview__actions (the last
   * InterviewerAssigned on or before the day of the first Completed, else that Completed's
   * originator); an earlier import of this mapping that saw the interview completed (its credit
   * stands: the login changed after); the `responsible` of the main file.
   */
  async credit(c: pg.PoolClient, mappingId: string, today: string): Promise<void> {
    await c.query(
      `CREATE TEMP TABLE fi_credit ON COMMIT DROP AS
       WITH done AS (SELECT DISTINCT ON (key) key, day, login, line FROM fi_action WHERE action = '3' ORDER BY key, day, at, line),
            assigned AS (
              SELECT DISTINCT ON (a.key) a.key, a.login, a.line FROM fi_action a JOIN done d ON d.key = a.key
               WHERE a.action = '1' AND a.day <= d.day ORDER BY a.key, a.day DESC, a.at DESC, a.line DESC)
       SELECT m.key,
              CASE WHEN d.key IS NOT NULL THEN coalesce(asg.login, d.login)
                   WHEN prev."completedOn" IS NOT NULL THEN coalesce(prev."creditLogin", prev.login)
                   ELSE m.login END AS login,
              CASE WHEN d.key IS NOT NULL THEN coalesce(asg.line, d.line) END AS action_line,
              coalesce(d.day, prev."completedOn",
                       CASE WHEN m.status = ANY($3::text[]) THEN $2::date END) AS completed_on
         FROM fi_main m
         LEFT JOIN done d ON d.key = m.key
         LEFT JOIN assigned asg ON asg.key = m.key
         LEFT JOIN "FieldInterview" prev ON prev."mappingId" = $1::uuid AND prev."interviewKey" = m.key`,
      [mappingId, today, COMPLETED_STATUSES],
    );
  }

  /**
   * fi_interview: one row per interview with its state (individuals: persons of the roster not
   * marked as living abroad; diaspora: those marked, plus the rows of a diaspora roster); then the counts per (EA, enumerator),
   * including a zero row for every pair this mapping counted before and counts no longer (an
   * interview rejected after approval, or reassigned to another enumerator).
   */
  async derive(c: pg.PoolClient, o: DeriveOptions): Promise<DerivedRow[]> {
    await c.query(
      `CREATE TEMP TABLE fi_interview ON COMMIT DROP AS
       SELECT m.line, m.key, m.iid, upper(m.ea) AS ea, m.login, k.login AS credit_login, l."staffId" AS staff_id, m.status,
              m.status = ANY($1::text[]) AS counted, m.building, m.dwelling,
              coalesce(p.n - p.d, 0)::int AS individuals, (coalesce(p.d, 0) + coalesce(d.n, 0))::int AS diaspora,
              ($3::text[] IS NULL OR m.complete = ANY($3::text[])) AS complete, a.day AS approved_on, k.completed_on
         FROM fi_main m
         JOIN fi_credit k ON k.key = m.key
         JOIN "FieldLogin" l ON l.login = k.login
         LEFT JOIN (SELECT key, count(*) AS n, count(*) FILTER (WHERE diaspora = ANY($2::text[])) AS d FROM fi_person GROUP BY key) p ON p.key = m.key
         LEFT JOIN (SELECT key, count(*) AS n FROM fi_diaspora GROUP BY key) d ON d.key = m.key
         LEFT JOIN (SELECT key, min(day) AS day FROM fi_action WHERE action = '6' GROUP BY key) a ON a.key = m.key`,
      [o.counted, o.diasporaYes ?? [], o.completeYes],
    );
    const units =
      o.dwellingsFrom === 'main'
        ? `SELECT ea, staff_id, count(DISTINCT building)::int AS buildings, count(DISTINCT (building, dwelling))::int AS dwellings
             FROM fi_interview WHERE status = ANY($1::text[]) GROUP BY ea, staff_id`
        : `SELECT upper(x.ea) AS ea, l."staffId" AS staff_id, count(DISTINCT x.building)::int AS buildings, count(*)::int AS dwellings
             FROM fi_listing x JOIN "FieldLogin" l ON l.login = x.login WHERE x.status = ANY($1::text[]) GROUP BY 1, 2`;
    const res = await c.query<{
      ea: string;
      national_id: string;
      first_line: number;
      login: string;
      buildings: number;
      dwellings: number;
      households: number;
      individuals: number;
      diaspora: number;
      complete: boolean;
    }>(
      `WITH hh AS (
         SELECT ea, staff_id, count(*)::int AS households, sum(individuals)::int AS individuals, sum(diaspora)::int AS diaspora,
                bool_and(complete) AS complete, min(line) AS first_line, min(credit_login) AS login
           FROM fi_interview WHERE counted GROUP BY ea, staff_id),
       un AS (${units}),
       before AS (
         SELECT DISTINCT e.code AS ea, c."enumeratorId" AS staff_id
           FROM "EaCount" c JOIN "FieldImport" f ON f."importBatchId" = c."importBatchId" AND f."mappingId" = $2::uuid
           JOIN "EnumerationArea" e ON e.id = c."eaId"
          WHERE c."isCurrent"),
       pairs AS (SELECT ea, staff_id FROM hh UNION SELECT ea, staff_id FROM un UNION SELECT ea, staff_id FROM before)
       SELECT p.ea, s."nationalId" AS national_id, coalesce(hh.first_line, 0) AS first_line, coalesce(hh.login, '') AS login,
              coalesce(un.buildings, 0) AS buildings, coalesce(un.dwellings, 0) AS dwellings, coalesce(hh.households, 0) AS households,
              coalesce(hh.individuals, 0) AS individuals, coalesce(hh.diaspora, 0) AS diaspora, coalesce(hh.complete, true) AS complete
         FROM pairs p JOIN "StaffMember" s ON s.id = p.staff_id
         LEFT JOIN hh ON hh.ea = p.ea AND hh.staff_id = p.staff_id
         LEFT JOIN un ON un.ea = p.ea AND un.staff_id = p.staff_id
        ORDER BY p.ea, s."nationalId"`,
      [o.counted, o.mappingId],
    );
    return res.rows.map((r) => ({
      eaCode: r.ea,
      nationalId: r.national_id,
      firstLine: r.first_line,
      login: r.login,
      buildings: r.buildings,
      dwellings: r.dwellings,
      households: r.households,
      individuals: r.individuals,
      diaspora: r.diaspora,
      complete: r.complete,
    }));
  }

  /** Same export as the last one of this mapping (same bytes): nothing to do. */
  async lastHash(c: pg.PoolClient, mappingId: string): Promise<string | null> {
    const r = await c.query<{ h: string }>(
      'SELECT "fileHash" AS h FROM "FieldImport" WHERE "mappingId" = $1::uuid ORDER BY "createdAt" DESC LIMIT 1',
      [mappingId],
    );
    return r.rows[0]?.h ?? null;
  }

  /** The import record and the new state of every interview of the mapping (replacing the previous one). */
  async record(
    c: pg.PoolClient,
    o: { mappingId: string; fileName: string; fileHash: string; batchId: string | null; actorId: string; now: Date },
  ): Promise<{ importId: string; interviews: number; counted: number }> {
    const n = await c.query<{ interviews: number; counted: number }>(
      'SELECT count(*)::int AS interviews, count(*) FILTER (WHERE counted)::int AS counted FROM fi_interview',
    );
    const { interviews, counted } = n.rows[0] as { interviews: number; counted: number };
    const imp = await c.query<{ id: string }>(
      `INSERT INTO "FieldImport" (id, "mappingId", "fileName", "fileHash", interviews, counted, "importBatchId", "actorId", "createdAt")
       VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6::uuid, $7::uuid, $8) RETURNING id`,
      [o.mappingId, o.fileName, o.fileHash, interviews, counted, o.batchId, o.actorId, o.now],
    );
    const importId = (imp.rows[0] as { id: string }).id;
    await c.query('DELETE FROM "FieldInterview" WHERE "mappingId" = $1::uuid', [o.mappingId]);
    await c.query(
      `INSERT INTO "FieldInterview" ("mappingId", "interviewKey", "interviewId", "importId", "eaId", "eaCode", "municipalityId",
                                     login, "creditLogin", "staffId", status, counted, individuals, diaspora, "approvedOn", "completedOn")
       SELECT $1::uuid, i.key, i.iid, $2::uuid, e.id, coalesce(i.ea, ''), e."municipalityId", i.login, i.credit_login, i.staff_id,
              i.status, i.counted, i.individuals, i.diaspora, i.approved_on, i.completed_on
         FROM fi_interview i LEFT JOIN "EnumerationArea" e ON e.code = i.ea`,
      [o.mappingId, importId],
    );
    const audit = auditInsertQuery(
      { userId: o.actorId, email: null },
      {
        action: 'imported',
        entity: 'FieldImport',
        entityIds: [importId, o.mappingId],
        details: { fileHash: o.fileHash, interviews, counted, batchId: o.batchId },
      },
      o.now,
    );
    await c.query(audit.text, audit.values);
    return { importId, interviews, counted };
  }
}
