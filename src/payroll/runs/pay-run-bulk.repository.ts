import { finished } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DatabaseHandle } from '../../common/prisma/database.js';
import { DATABASE } from '../../common/prisma/prisma.module.js';
import type { LineType, PaidLine } from '../domain/compute-pay.js';
import type { Day, Window } from '../domain/days.js';
import type { Unit } from '../domain/tariff.js';
import { noticeOf, type Notice } from '../../common/text/notice.js';
import { copyRows, fromCopy, NULL } from '../../common/prisma/copy-text.js';
import { type ChunkEncoder, copyInto, PAY_LINE_COPY, PAY_PERSON_COPY } from './pay-run-writer.js';
import { anyPaidSql, overlappingRunsSql, UUID, uuidLiteral } from './paid-sql.js';
import { APPROVAL_LOCK } from './pay-run.repository.js';

/**
 * The bulk side of pay runs, on plain `pg` connections with COPY (Prisma cannot stream):
 *  - a consistent snapshot of everything a computation reads, exported once and imported by
 *    every reader, taken under the approval lock (shared) so that it either includes an
 *    approval or precedes it in time (see PayRunService.approve: the staleness rule);
 *  - people with their current counts, and lines already paid, streamed in staff-id order
 *    (COPY TO), so memory stays bounded whatever the number of people;
 *  - results written with binary COPY FROM in chunks, in one transaction per writer; lines go
 *    into a table of the run's own without any index (people too), which gets its indexes in one
 *    sorted build at the end and becomes the run's partition of PayLine (PayPerson; see the
 *    migration payline_partitioned_by_run): millions of B-tree inserts were a third of a
 *    run's time.
 * Dates travel as day numbers (days since 1970-01-01) to skip date parsing.
 */

import type { PersonRecord } from './person-record.js';

/** What a computation reads about contracts: the run's census (null: none) and whether it gates pay. */
export interface ContractView {
  readonly censusId: string | null;
  readonly gate: boolean;
  /** any contract exists (of the census, when there is one): else the number is not looked up per person */
  readonly any: boolean;
}

export interface PaidRecord extends PaidLine {
  readonly staffId: string;
}

/** Staff ids in [from, to); null = open. Partitions a run so that several connections write at once. */
export interface StaffRange {
  readonly from: string | null;
  readonly to: string | null;
}

export interface Snapshot {
  readonly id: string;
  /** database clock when the snapshot was taken, after every approval it includes */
  readonly takenAt: Date;
  /** an approved run overlapping the scope paid something (the run is an adjustment) */
  readonly anyPaid: boolean;
  /** end the exporting transaction: call once every reader has started */
  release(): Promise<void>;
}

export interface Reader<T> {
  /** Iterate once. The connection closes when the stream ends or fails. */
  readonly batches: AsyncGenerator<T>;
  /** Close early (idempotent), e.g. when another partition failed. */
  close(): Promise<void>;
}

export interface RunWriter {
  /** One chunk: its lines, then its people, each a complete binary COPY input. */
  write(chunk: ChunkEncoder): Promise<void>;
  commit(): Promise<void>;
  /** Ends the connection; an uncommitted transaction is rolled back by the server. */
  close(): Promise<void>;
}

/**
 * The quoted name of a run's own table of lines or people (its partition of PayLine or
 * PayPerson), or of one of that table's constraints and indexes.
 */
export function runTable(parent: 'PayLine' | 'PayPerson', runId: string, suffix?: 'run' | 'pkey' | 'mun'): string {
  if (!UUID.test(runId)) throw new Error('not a uuid');
  return `"${parent}_${runId.replaceAll('-', '')}${suffix ? `_${suffix}` : ''}"`;
}

function rangeSql(column: string, r: StaffRange): string {
  return (
    [r.from ? `${column} >= ${uuidLiteral(r.from)}` : '', r.to ? `${column} < ${uuidLiteral(r.to)}` : ''].filter(Boolean).join(' AND ') ||
    'true'
  );
}

/**
 * People in scope with their current counts. "Has an assignment" is an IN over the range's
 * assignments, which PostgreSQL answers from one hash table (a hashed SubPlan) instead of an
 * index probe per person as EXISTS did: a third of the query's time.
 */
function peopleSql(municipalityId: string | null, range: StaffRange, contracts: ContractView): string {
  const census = contracts.censusId === null ? '' : `AND k."censusId" = ${uuidLiteral(contracts.censusId)}`;
  // Covered days as "from:to" day numbers; an ended contract covers up to its leaving date
  // (the rule of coveredPeriod in src/contracts/domain/contract-lifecycle.ts, here in SQL).
  const covered = `(SELECT string_agg((k."periodFrom" - DATE '1970-01-01') || ':' || (LEAST(k."periodTo", COALESCE(k."endedOn", k."periodTo")) - DATE '1970-01-01'), ',')
        FROM "Contract" k WHERE k."staffId" = s.id AND k.status IN ('SIGNED', 'ENDED') ${census})`;
  const number = `(SELECT k.number FROM "Contract" k WHERE k."staffId" = s.id AND k.status <> 'REPLACED' ${census}
        ORDER BY k.status IN ('SIGNED', 'ENDED') DESC, k.seq DESC LIMIT 1)`;
  return `COPY (
    SELECT s.id, s.kind, s."municipalityId", s."engagementStart" - DATE '1970-01-01', s."engagementEnd" - DATE '1970-01-01',
           s.iban, s."fullName",
           s.kind = 'SUPERVISOR' OR s.id IN (SELECT a."enumeratorId" FROM "EaAssignment" a WHERE ${rangeSql('a."enumeratorId"', range)}),
           c.id, c."eaId", e.code, c.buildings, c.dwellings, c.households, c.individuals, c."diasporaPersons", c."diasporaListComplete",
           s."ibanVersion", s.id IN (SELECT b."staffId" FROM "StaffBankAccount" b WHERE b.status = 'PENDING'),
           (SELECT string_agg(f.rule, ',' ORDER BY f.rule) FROM "CountFlag" f WHERE f."countId" = c.id AND f."acceptedAt" IS NULL),
           ${contracts.gate ? `${covered}, true` : 'NULL, false'}, ${contracts.any ? number : 'NULL'}
    FROM "StaffMember" s
    LEFT JOIN "EaCount" c ON c."enumeratorId" = s.id AND c."isCurrent" AND s.kind = 'ENUMERATOR' AND ${rangeSql('c."enumeratorId"', range)}
    LEFT JOIN "EnumerationArea" e ON e.id = c."eaId"
    WHERE ${municipalityId === null ? 'true' : `s."municipalityId" = ${uuidLiteral(municipalityId)}`} AND ${rangeSql('s.id', range)}
    ORDER BY s.id, e.code, c.id
  ) TO STDOUT`;
}

function paidSql(municipalityId: string | null, range: StaffRange): string {
  return `COPY (
    SELECT l."staffId", l."lineType", l."eaId", l.unit, l."periodFrom" - DATE '1970-01-01', l.description, l."amountCents"
    FROM "PayLine" l
    JOIN "PayRun" r ON r.id = l."runId" AND r.status = 'APPROVED'
    JOIN "PayPerson" p ON p."runId" = l."runId" AND p."staffId" = l."staffId" AND p.status = 'PAYABLE'
    WHERE ${overlappingRunsSql('r', municipalityId)}
      ${municipalityId === null ? '' : `AND l."municipalityId" = ${uuidLiteral(municipalityId)}`}
      AND ${rangeSql('l."staffId"', range)}
    ORDER BY l."staffId", l.id
  ) TO STDOUT`;
}

const int = (s: string): number => Number(s);
/** A stored line note (jsonb as COPY prints it): null, or the notice. */
const noteOf = (s: string | null): Notice | null => (s === null ? null : noticeOf(JSON.parse(s)));
/** "from:to,from:to" day numbers (NULL: none) → windows. */
const coveredDays = (s: string): Window[] =>
  s === NULL
    ? []
    : s.split(',').map((w) => {
        const [from, to] = w.split(':');
        return { from: Number(from), to: Number(to) };
      });
const dayOrNull = (s: string): Day | null => (s === NULL ? null : Number(s));

@Injectable()
export class PayRunBulkRepository {
  constructor(@Inject(DATABASE) private readonly db: DatabaseHandle) {}

  private async connect(): Promise<pg.Client> {
    const client = await this.db.connectPgClient();
    // A connection dropped by the server fails the query in progress; without a listener the
    // 'error' event would end the process instead.
    client.on('error', () => undefined);
    return client;
  }

  /**
   * Fix what the computation sees. The shared approval lock waits for approvals in progress to
   * commit; the snapshot is taken after it, so every approval either is in the snapshot or
   * gets an approvedAt later than `takenAt`.
   */
  async snapshot(municipalityId: string | null): Promise<Snapshot> {
    const c = await this.connect();
    try {
      await c.query('BEGIN ISOLATION LEVEL READ COMMITTED');
      await c.query('SELECT pg_advisory_xact_lock_shared($1::bigint)', [APPROVAL_LOCK]);
      const snap = await c.query<{ id: string; at: Date }>('SELECT pg_export_snapshot() AS id, clock_timestamp() AS at');
      const paid = await c.query<{ any: boolean }>(anyPaidSql(municipalityId));
      const row = snap.rows[0] as { id: string; at: Date };
      let released = false;
      return {
        id: row.id,
        takenAt: row.at,
        anyPaid: paid.rows[0]?.any === true,
        release: async () => {
          if (released) return;
          released = true;
          await c.query('COMMIT').finally(() => c.end());
        },
      };
    } catch (err) {
      await c.end();
      throw err;
    }
  }

  /** A reader on its own connection, inside the exported snapshot. */
  private async openReader<T>(snapshotId: string, sql: string, map: (rows: string[][]) => AsyncGenerator<T>): Promise<Reader<T>> {
    const c = await this.connect();
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await c.end();
    };
    try {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await c.query(`SET TRANSACTION SNAPSHOT '${snapshotId.replace(/[^0-9A-Za-z-]/g, '')}'`);
      // Sort the stream in memory rather than on disk, and in this backend only: the writers
      // need the CPUs more than this query needs parallel workers.
      await c.query("SET LOCAL work_mem = '128MB'");
      await c.query('SET LOCAL max_parallel_workers_per_gather = 0');
    } catch (err) {
      await close();
      throw err;
    }
    async function* batches(): AsyncGenerator<T> {
      try {
        for await (const rows of copyRows(c.query(copyTo(sql)))) yield* map(rows);
        await c.query('COMMIT');
      } finally {
        await close();
      }
    }
    return { batches: batches(), close };
  }

  /** People in scope with their current counts, in staff-id order, a batch per network chunk. */
  openPeople(
    snapshotId: string,
    municipalityId: string | null,
    range: StaffRange,
    contracts: ContractView = { censusId: null, gate: false, any: true },
  ): Promise<Reader<PersonRecord[]>> {
    let current: PersonRecord | null = null;
    let finished = false;
    async function* group(rows: string[][]): AsyncGenerator<PersonRecord[]> {
      const done: PersonRecord[] = [];
      for (const f of rows) {
        const id = f[0] as string;
        if (current === null || current.staffId !== id) {
          if (current !== null) done.push(current);
          current = {
            staffId: id,
            kind: f[1] === 'SUPERVISOR' ? 'SUPERVISOR' : 'ENUMERATOR',
            municipalityId: f[2] as string,
            engagementStart: dayOrNull(f[3] as string),
            engagementEnd: dayOrNull(f[4] as string),
            iban: fromCopy(f[5] as string),
            ibanVersion: f[17] === NULL ? null : int(f[17] as string),
            ibanAwaiting: f[18] === 't',
            fullName: fromCopy(f[6] as string) ?? '',
            hasAssignment: f[7] === 't',
            counts: [],
            contracts: f[21] === 't' ? coveredDays(f[20] as string) : null,
            contractNumber: fromCopy(f[22] as string),
          };
        }
        if (f[8] !== NULL) {
          current.counts.push({
            countId: f[8] as string,
            eaId: f[9] as string,
            eaCode: fromCopy(f[10] as string) ?? '',
            buildings: int(f[11] as string),
            dwellings: int(f[12] as string),
            households: int(f[13] as string),
            individuals: int(f[14] as string),
            diasporaPersons: int(f[15] as string),
            diasporaListComplete: f[16] === 't',
            held: fromCopy(f[19] as string),
          });
        }
      }
      if (done.length > 0) yield done;
    }
    return this.openReader(snapshotId, peopleSql(municipalityId, range, contracts), group).then((r) => ({
      close: r.close,
      // The last person is complete only when the stream ends.
      batches: (async function* () {
        yield* r.batches;
        if (!finished && current !== null) {
          finished = true;
          yield [current];
        }
      })(),
    }));
  }

  /** Lines of payable people in approved runs overlapping the scope, in staff-id order. */
  openPaid(snapshotId: string, municipalityId: string | null, range: StaffRange): Promise<Reader<PaidRecord[]>> {
    async function* map(rows: string[][]): AsyncGenerator<PaidRecord[]> {
      yield rows.map((f) => ({
        staffId: f[0] as string,
        lineType: f[1] as LineType,
        eaId: f[2] === NULL ? null : (f[2] as string),
        unit: f[3] === NULL ? null : (f[3] as Unit),
        periodFrom: dayOrNull(f[4] as string),
        description: noteOf(fromCopy(f[5] as string)),
        amount: int(f[6] as string),
      }));
    }
    return this.openReader(snapshotId, paidSql(municipalityId, range), map);
  }

  /** A writer on its own connection and transaction, into the run's own tables (see {@link prepareResults}). */
  async openWriter(runId: string): Promise<RunWriter> {
    // The columns and their order are the encoder's (pay-run-writer.ts).
    const copyLines = copyInto(runTable('PayLine', runId), PAY_LINE_COPY);
    const copyPeople = copyInto(runTable('PayPerson', runId), PAY_PERSON_COPY);
    const c = await this.connect();
    await c.query('BEGIN');
    const copy = async (sql: string, text: Buffer) => {
      if (text.length === 0) return;
      const s = c.query(copyFrom(sql));
      s.end(text);
      await finished(s);
    };
    return {
      write: async (chunk) => {
        await copy(copyLines, chunk.lines.finish());
        await copy(copyPeople, chunk.people.finish());
      },
      commit: async () => {
        await c.query('COMMIT');
      },
      close: () => c.end(),
    };
  }

  /**
   * Clears what an earlier attempt or computation of this run left (its tables, attached or
   * not; its rows in the default partitions) and creates the run's own tables of lines and
   * people: the parent's columns and defaults, no index, and a CHECK on the run id, which lets
   * the final ATTACH skip scanning them. Writers COPY into them; {@link attachResults} indexes
   * them and makes them the run's partitions of PayLine and PayPerson.
   */
  async prepareResults(runId: string): Promise<void> {
    const c = await this.connect();
    try {
      await c.query('BEGIN');
      // Dropping an attached partition (a recomputed run) locks the parent table exclusively:
      // queries on PayLine queue behind the DROP while it waits for running ones (a long export)
      // to end. Wait at most this long; the job then fails and is retried with backoff.
      await c.query("SET LOCAL lock_timeout = '10s'");
      for (const parent of ['PayLine', 'PayPerson'] as const) {
        const table = runTable(parent, runId);
        await c.query(`DROP TABLE IF EXISTS ${table}`);
        await c.query(`DELETE FROM "${parent}" WHERE "runId" = $1::uuid`, [runId]);
        await c.query(
          `CREATE TABLE ${table} (LIKE "${parent}" INCLUDING DEFAULTS, CONSTRAINT ${runTable(parent, runId, 'run')} CHECK ("runId" = ${uuidLiteral(runId)}))`,
        );
      }
      await c.query('COMMIT');
    } finally {
      await c.end();
    }
  }

  /**
   * Once every writer has committed: the indexes are built in one sorted pass each and the
   * tables become the run's partitions. Lines and people on two connections at once: the
   * lines' build runs in parallel workers but ends in one process merging the sorted runs,
   * when the other CPU builds the people's two indexes. Until its ATTACH no reader of PayLine
   * or PayPerson sees any of the run's rows.
   */
  async attachResults(runId: string): Promise<void> {
    const lines = runTable('PayLine', runId);
    const people = runTable('PayPerson', runId);
    await Promise.all([
      this.indexAndAttach(runId, 'PayLine', [
        `ALTER TABLE ${lines} ADD CONSTRAINT ${runTable('PayLine', runId, 'pkey')} PRIMARY KEY ("runId", "staffId", "id")`,
      ]),
      this.indexAndAttach(runId, 'PayPerson', [
        `ALTER TABLE ${people} ADD CONSTRAINT ${runTable('PayPerson', runId, 'pkey')} PRIMARY KEY ("runId", "staffId")`,
        `CREATE INDEX ${runTable('PayPerson', runId, 'mun')} ON ${people} ("runId", "municipalityId")`,
      ]),
    ]);
  }

  private async indexAndAttach(runId: string, parent: 'PayLine' | 'PayPerson', indexes: readonly string[]): Promise<void> {
    const c = await this.connect();
    try {
      await c.query('BEGIN');
      await c.query("SET LOCAL maintenance_work_mem = '512MB'");
      for (const sql of indexes) await c.query(sql);
      await c.query(`ALTER TABLE "${parent}" ATTACH PARTITION ${runTable(parent, runId)} FOR VALUES IN (${uuidLiteral(runId)})`);
      await c.query('COMMIT');
    } finally {
      await c.end();
    }
  }
}
