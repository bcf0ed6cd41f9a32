import { actorOf } from '../../audit/audit.service.js';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { openRecords, type Records } from '../../common/tabular/records.js';
import { importFormatError } from '../../common/tabular/tabular-import.js';
import { type RowProblem, rowProblem, sortProblems } from '../../common/tabular/columns.js';
import { TariffRepository } from '../tariffs/tariff.repository.js';
import { CountFlagRepository } from './quality/count-flag.repository.js';
import { CountImportRepository, type CountImportSession, type PhaseObserver } from './count-import.repository.js';
import {
  type ColumnIndex,
  columnIndex,
  COUNT_IMPORT,
  DuplicateFinder,
  duplicateProblems,
  type InterviewWindow,
  readCountRow,
  referenceProblems,
} from './domain/count-rows.js';

/**
 * At most this many problems are listed in a 422 answer (the message says when there are
 * more): a file of a million bad rows would otherwise answer with a hundred megabytes.
 */
export const MAX_LISTED_PROBLEMS = 10_000;

export interface CountImportResult {
  readonly kind: 'counts';
  readonly dryRun: boolean;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly batchId: string | null;
  /** the tariff whose interview period the assignments were checked against */
  readonly tariffVersion: number;
}

/** Keeps the first problems in row order and counts the rows that have any. */
class Problems {
  readonly listed: RowProblem[] = [];
  rows = 0;
  truncated = false;
  private lastRow = -1;

  add(p: RowProblem): void {
    if (p.row !== this.lastRow) {
      this.rows++;
      this.lastRow = p.row;
    }
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(p);
    else this.truncated = true;
  }
}

/**
 * EA counts import (issue "Payroll: Counts"). Load → validate → persist, all or nothing, in
 * one pass over the file: cells are checked as they are read (pure rules in domain/), rows
 * stream into a temporary table while the file is still being read, and the database checks
 * EAs, enumerators, assignments and current versions in a few set-based statements. Any bad
 * row rolls everything back; a corrected row adds a new version and retires the old one; a
 * file that changes nothing writes nothing (no batch, no audit event).
 */
@Injectable()
export class CountImportService {
  constructor(
    private readonly repo: CountImportRepository,
    private readonly tariffs: TariffRepository,
    private readonly flags: CountFlagRepository,
  ) {}

  async run(
    p: Principal,
    body: unknown,
    contentType: string | undefined,
    dryRun: boolean,
    opts: { readonly now?: Date; readonly observe?: PhaseObserver } = {},
  ): Promise<CountImportResult> {
    const now = opts.now ?? new Date();
    const records = openRecords(COUNT_IMPORT, body, contentType);
    const idx = columnIndex(records.columns) as ColumnIndex;
    const tariff = await this.tariffs.effectiveOn(now);
    if (!tariff)
      throw new AppError(
        'TARIFF_NOT_IN_EFFECT',
        `no tariff is in effect on ${fromDate(now)}: counts are checked against its interview period; create one first`,
      );
    const window: InterviewWindow = { from: fromDate(tariff.interviewFrom) as string, to: fromDate(tariff.interviewTo) as string };
    const fileHash = createHash('sha256')
      .update(typeof body === 'string' ? body : JSON.stringify(body))
      .digest('hex');

    return this.repo.run(async (session) => {
      const read = await this.stream(records, idx, session);
      const resolution = await session.resolve(p.scope, window, MAX_LISTED_PROBLEMS);
      if (read.problems.rows > 0 || resolution.problems.length > 0) {
        const all = sortProblems([
          ...read.problems.listed,
          ...resolution.problems.flatMap((r) => referenceProblems(r.row, r.eaCode, r.ref, window)),
        ]);
        const lines = new Set(all.map((x) => x.row)).size;
        const truncated = read.problems.truncated || all.length > MAX_LISTED_PROBLEMS || resolution.problems.length >= MAX_LISTED_PROBLEMS;
        throw new AppError(
          'IMPORT_INVALID',
          truncated
            ? `more than ${Math.max(lines, read.problems.rows)} rows have errors; ${MAX_LISTED_PROBLEMS} problems are listed`
            : `${lines} ${lines === 1 ? 'row has' : 'rows have'} errors`,
          all.slice(0, MAX_LISTED_PROBLEMS),
        );
      }
      const result: Omit<CountImportResult, 'batchId'> = {
        kind: 'counts',
        dryRun,
        rows: read.rows,
        created: resolution.created,
        updated: resolution.updated,
        unchanged: resolution.unchanged,
        tariffVersion: tariff.version,
      };
      if (dryRun || result.created + result.updated === 0) return { ...result, batchId: null };
      const batchId = await session.persist({
        format: records.format,
        fileHash,
        rowCount: read.rows,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        actor: actorOf(p),
        municipalityId: resolution.municipalityIds.length === 1 ? (resolution.municipalityIds[0] as string) : null,
        details: {
          kind: 'counts',
          format: records.format,
          rows: read.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          tariffVersion: tariff.version,
        },
      });
      // The new versions meet the quality rules in the same transaction: a flagged row is held from pay at once.
      await session.withClient((c) => this.flags.evaluateBatch(c, batchId, now));
      return { ...result, batchId };
    }, opts.observe);
  }

  /** Reads every record, checks its cells and queues it for the database; bad structure stops the import. */
  private async stream(records: Records, idx: ColumnIndex, session: CountImportSession): Promise<{ rows: number; problems: Problems }> {
    const problems = new Problems();
    const formatProblems: RowProblem[] = [];
    const duplicates = new DuplicateFinder();
    const rowProblems: RowProblem[] = [];
    const width = records.columns.length;
    let rows = 0;
    while (records.next()) {
      const cells = records.cells;
      const row = records.row;
      rows++;
      if (cells.length !== width) {
        if (formatProblems.length < MAX_LISTED_PROBLEMS)
          formatProblems.push(rowProblem(row, 'FIELD_COUNT', { fields: cells.length, columns: width }));
        continue;
      }
      if (formatProblems.length) continue;
      const r = readCountRow(cells, idx, row, rowProblems);
      if (rowProblems.length) {
        for (const x of rowProblems) problems.add(x);
        rowProblems.length = 0;
      }
      if (r.eaCode !== null && r.nationalId !== null) duplicates.add(r.eaCode, r.nationalId, row);
      if (session.add(r)) await session.flush();
    }
    if (formatProblems.length) throw importFormatError(formatProblems);
    const candidates = duplicates.candidates;
    if (candidates.length) for (const x of duplicateProblems(await session.keysOfLines(candidates))) problems.add(x);
    return { rows, problems };
  }
}
