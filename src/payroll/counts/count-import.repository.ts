import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AuditActor } from '../../audit/audit.service.js';
import type { DatabaseHandle } from '../../common/prisma/database.js';
import { DATABASE } from '../../common/prisma/prisma.module.js';
import type { Scope } from '../../common/scope/scope.js';
import type { InterviewWindow, ReadCountRow, RowReferences } from './domain/count-rows.js';
import { auditInsertQuery } from '../../audit/audit.repository.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** Where an import spends its time (the benchmark prints it). */
export type ImportPhase = 'read and stream rows' | 'resolve' | 'write' | 'commit';
export type PhaseObserver = (phase: ImportPhase, ms: number) => void;

/** Rows are sent to COPY in pieces of about this many characters. */
const COPY_CHUNK = 1 << 18;
/** One counts import at a time: the version numbers it computes must not race (arbitrary constant). */
const IMPORT_LOCK = 72_707_202;

export interface ReferenceProblem {
  readonly row: number;
  readonly eaCode: string;
  readonly ref: RowReferences;
}

export interface Resolution {
  /** Rows whose EA, enumerator or assignment is wrong, first lines first, at most `limit`. */
  readonly problems: readonly ReferenceProblem[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Municipalities of the rows that change (at most two are named: one, or "several"). */
  readonly municipalityIds: readonly string[];
}

export interface PersistInput {
  readonly format: 'csv' | 'json' | 'suso' | 'field-csv';
  readonly fileHash: string;
  readonly rowCount: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly actor: AuditActor;
  readonly municipalityId: string | null;
  readonly details: Record<string, unknown>;
}

/**
 * One counts import inside one transaction on one connection: stream the rows into a temporary
 * table (COPY), resolve them against EAs, staff, assignments and the current counts in a few
 * set-based statements, then either roll back (bad rows, dry run, nothing changed) or write
 * the new versions, the import batch and the audit event and commit. Nothing is ever updated
 * in EaCount except the isCurrent flag of a superseded version.
 */
export interface CountImportSession {
  /** Queues one row; true when the queue is full and flush() should be awaited. */
  add(r: ReadCountRow): boolean;
  flush(): Promise<void>;
  /** The keys of these lines as stored (ends the COPY): to check duplicate candidates exactly. */
  keysOfLines(lines: readonly number[]): Promise<{ row: number; eaCode: string; nationalId: string }[]>;
  /** Ends the COPY and checks every row against the database, within the caller's scope. */
  resolve(scope: Scope, window: InterviewWindow, problemLimit: number): Promise<Resolution>;
  /** Writes the new versions, batch and audit event; the transaction commits when the callback returns. */
  persist(input: PersistInput): Promise<string>;
  /**
   * Statements of another import on this transaction's connection (e.g. a field export staged
   * before its rows are added, and its provenance written after persist). Not while rows stream.
   */
  withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Commit when the callback returns even if persist() was not called (withClient wrote something). */
  keep(): void;
}

/** The row's cells as a line of COPY text format (codes and ids are validated: no tabs or backslashes). */
function copyLine(r: ReadCountRow): string {
  const c = r.counts;
  const head = `${r.row}\t${r.eaCode ?? '\\N'}\t${r.nationalId ?? '\\N'}`;
  if (!c) return `${head}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n`;
  return `${head}\t${c.buildings}\t${c.dwellings}\t${c.households}\t${c.individuals}\t${c.diasporaPersons}\t${c.diasporaListComplete ? 't' : 'f'}\n`;
}

/**
 * Ids of new versions: time-ordered UUIDs (RFC 9562 version 7 layout: 48-bit milliseconds,
 * random bits, then a counter), so a million inserts append to the primary key index instead
 * of touching random pages of it. Rows go in in (enumerator, EA) order with the counter in
 * that order, so the (enumeratorId, eaId, version) index fills in order too: measured on the
 * benchmark, 7.8 s instead of 11.4 s for a million new versions. (EaCount has no index that
 * starts with the EA: one in another order than the rows arrive costs ~4 s per million.)
 */
function idPrefix(now: number): string {
  const ms = now.toString(16).padStart(12, '0');
  const r = randomBytes(4).toString('hex');
  const variant = ((parseInt(r.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-`;
}

function scopeFilter(scope: Scope, column: string, param: number): string {
  return scope.kind === 'national' ? '' : `AND ${column} = ANY($${param}::uuid[])`;
}

const scopeParams = (scope: Scope): unknown[] => (scope.kind === 'national' ? [] : [[...scope.municipalityIds]]);

@Injectable()
export class CountImportRepository {
  constructor(@Inject(DATABASE) private readonly db: DatabaseHandle) {}

  /**
   * Runs `fn` in a transaction that commits only if `fn` called persist() and returned;
   * otherwise (an error, a dry run, nothing to change) it rolls back and leaves no trace.
   */
  run<T>(fn: (session: CountImportSession) => Promise<T>, observe?: PhaseObserver): Promise<T> {
    return this.db.withPgClient(async (client) => {
      let mark = performance.now();
      const lap = (phase: ImportPhase) => {
        const now = performance.now();
        observe?.(phase, now - mark);
        mark = now;
      };
      await client.query('BEGIN');
      // The resolve step hash-joins a million rows with three tables: in memory, not in
      // batches on disk (4 MB default); and a one-off statement gains nothing from JIT.
      await client.query(`SET LOCAL work_mem = '256MB'`);
      await client.query('SET LOCAL jit = off');
      await client.query(
        `CREATE TEMP TABLE count_in (line int NOT NULL, ea_code text, national_id text, buildings int, dwellings int,
           households int, individuals int, diaspora int, complete boolean) ON COMMIT DROP`,
      );
      // The COPY opens with the first row, so that withClient() can run statements before it.
      let copy: ReturnType<typeof copyFrom> | null = null;
      let copyError: unknown = null;
      const openCopy = () => {
        const c = client.query(copyFrom('COPY count_in FROM STDIN'));
        c.on('error', (err) => {
          copyError = err;
        });
        return c;
      };
      let buffer = '';
      let copyOpen = true;
      let persisted = false;
      const endCopy = async () => {
        if (!copyOpen) return;
        copy ??= openCopy();
        copy.end(buffer);
        buffer = '';
        await finished(copy);
        copyOpen = false;
      };
      const session: CountImportSession = {
        add(r) {
          copy ??= openCopy();
          buffer += copyLine(r);
          return buffer.length >= COPY_CHUNK;
        },
        async flush() {
          if (copyError) throw copyError;
          const chunk = buffer;
          buffer = '';
          copy ??= openCopy();
          if (!copy.write(chunk)) await once(copy, 'drain');
        },
        withClient: async (fn) => {
          if (copy !== null && copyOpen) throw new Error('withClient while count rows stream');
          return fn(client);
        },
        keep() {
          persisted = true;
        },
        keysOfLines: async (lines) => {
          await endCopy();
          const res = await client.query<{ line: number; ea_code: string; national_id: string }>(
            'SELECT line, ea_code, national_id FROM count_in WHERE line = ANY($1::int[])',
            [[...lines]],
          );
          return res.rows.map((r) => ({ row: r.line, eaCode: r.ea_code, nationalId: r.national_id }));
        },
        resolve: async (scope, window, limit) => {
          await endCopy();
          lap('read and stream rows');
          await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [IMPORT_LOCK]);
          const r = await this.resolve(client, scope, window, limit);
          lap('resolve');
          return r;
        },
        persist: async (input) => {
          const batchId = await this.persist(client, input);
          lap('write');
          persisted = true;
          return batchId;
        },
      };
      try {
        const result = await fn(session);
        await endCopy();
        await client.query(persisted ? 'COMMIT' : 'ROLLBACK');
        if (persisted) lap('commit');
        return result;
      } catch (err) {
        // With the COPY still open the connection cannot take a ROLLBACK: withPgClient then
        // drops the connection, and PostgreSQL rolls back the transaction of a closed session.
        const open = copy as ReturnType<typeof copyFrom> | null;
        if (copyOpen && open !== null) open.destroy();
        else await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  private async resolve(client: pg.PoolClient, scope: Scope, window: InterviewWindow, limit: number): Promise<Resolution> {
    // One pass joins every row to its EA, staff member, assignment and current version.
    await client.query(
      `CREATE TEMP TABLE count_res ON COMMIT DROP AS
       SELECT i.line, i.ea_code, e.id AS ea_id, e."municipalityId" AS municipality_id, s.id AS staff_id, s.kind::text AS staff_kind,
              (e.id IS NOT NULL AND s.id IS NOT NULL AND EXISTS (
                 SELECT 1 FROM "EaAssignment" a
                  WHERE a."eaId" = e.id AND a."enumeratorId" = s.id
                    AND a."validFrom" <= $2::date AND (a."validTo" IS NULL OR a."validTo" >= $1::date))) AS assigned,
              i.buildings, i.dwellings, i.households, i.individuals, i.diaspora, i.complete,
              c.id AS cur_id, c.version AS cur_version,
              (c.id IS NOT NULL AND c.buildings = i.buildings AND c.dwellings = i.dwellings AND c.households = i.households
                AND c.individuals = i.individuals AND c."diasporaPersons" = i.diaspora
                AND c."diasporaListComplete" = i.complete) AS same
         FROM count_in i
         LEFT JOIN "EnumerationArea" e ON e.code = i.ea_code ${scopeFilter(scope, 'e."municipalityId"', 3)}
         LEFT JOIN "StaffMember" s ON s."nationalId" = i.national_id ${scopeFilter(scope, 's."municipalityId"', 3)}
         LEFT JOIN "EaCount" c ON c."eaId" = e.id AND c."enumeratorId" = s.id AND c."isCurrent"
        WHERE i.ea_code IS NOT NULL AND i.national_id IS NOT NULL`,
      [window.from, window.to, ...scopeParams(scope)],
    );
    const bad = await client.query<{ line: number; ea_code: string; ea_found: boolean; staff_kind: string | null; assigned: boolean }>(
      `SELECT line, ea_code, ea_id IS NOT NULL AS ea_found, staff_kind, assigned FROM count_res
        WHERE ea_id IS NULL OR staff_kind IS DISTINCT FROM 'ENUMERATOR' OR NOT assigned
        ORDER BY line LIMIT $1`,
      [limit],
    );
    const problems = bad.rows.map((r) => ({
      row: r.line,
      eaCode: r.ea_code,
      ref: { eaFound: r.ea_found, staffKind: r.staff_kind, assigned: r.assigned },
    }));
    if (problems.length > 0) return { problems, created: 0, updated: 0, unchanged: 0, municipalityIds: [] };
    const outcome = await client.query<{ created: string; updated: string; unchanged: string }>(
      `SELECT count(*) FILTER (WHERE cur_id IS NULL) AS created,
              count(*) FILTER (WHERE cur_id IS NOT NULL AND NOT same) AS updated,
              count(*) FILTER (WHERE same) AS unchanged
         FROM count_res`,
    );
    const mun = await client.query<{ municipality_id: string }>('SELECT DISTINCT municipality_id FROM count_res WHERE NOT same LIMIT 2');
    const o = outcome.rows[0] as { created: string; updated: string; unchanged: string };
    return {
      problems,
      created: Number(o.created),
      updated: Number(o.updated),
      unchanged: Number(o.unchanged),
      municipalityIds: mun.rows.map((r) => r.municipality_id),
    };
  }

  private async persist(client: pg.PoolClient, input: PersistInput): Promise<string> {
    const now = new Date();
    const batch = await client.query<{ id: string }>(
      `INSERT INTO "ImportBatch" (id, kind, format, "fileHash", "rowCount", created, updated, unchanged, "actorId", "createdAt")
       VALUES (gen_random_uuid(), 'counts', $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [input.format, input.fileHash, input.rowCount, input.created, input.updated, input.unchanged, input.actor.userId, now],
    );
    const batchId = (batch.rows[0] as { id: string }).id;
    // The superseded version keeps its values (it may have been paid); only its flag changes.
    await client.query('UPDATE "EaCount" c SET "isCurrent" = false FROM count_res r WHERE c.id = r.cur_id AND NOT r.same');
    await client.query(
      `INSERT INTO "EaCount" (id, "eaId", "enumeratorId", "municipalityId", version, "isCurrent", buildings, dwellings,
                              households, individuals, "diasporaPersons", "diasporaListComplete", "importBatchId",
                              "createdById", "createdAt")
       SELECT ($1 || lpad(to_hex(n), 12, '0'))::uuid, ea_id, staff_id, municipality_id, coalesce(cur_version, 0) + 1, true,
              buildings, dwellings, households, individuals, diaspora, complete, $2::uuid, $3::uuid, $4
         FROM (SELECT *, row_number() OVER (ORDER BY staff_id, ea_id) AS n FROM count_res WHERE NOT same) AS r`,
      [idPrefix(now.getTime()), batchId, input.actor.userId, now],
    );
    const audit = auditInsertQuery(
      input.actor,
      {
        action: 'imported',
        entity: 'Import',
        entityIds: [batchId],
        municipalityId: input.municipalityId,
        details: input.details as Prisma.InputJsonValue,
      },
      now,
    );
    await client.query(audit.text, audit.values);
    return batchId;
  }
}
