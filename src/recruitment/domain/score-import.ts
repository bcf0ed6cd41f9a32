import { z } from 'zod';
import type { Table } from '../../common/tabular/parse-table.js';
import { type ColumnSpec, duplicateKeys, RowReader, type RowProblem, rowProblem } from '../../common/tabular/columns.js';
import { CSV_OR_JSON, type TabularImport } from '../../common/tabular/tabular-import.js';
import type { StaffKind } from '../../generated/prisma/enums.js';
import { NATIONAL_ID, STAFF_KIND } from '../../staff/domain/staff-fields.js';
import { scoreToHundredths } from './shortlist.js';

/**
 * ASK's test scores from CSV (or JSON rows), all or nothing, against the applications of one
 * competition (one application per national id per competition).
 *
 * | column      | required | rule                                                           |
 * |-------------|----------|----------------------------------------------------------------|
 * | national_id | yes      | an applicant of this competition; once per file                |
 * | score       | yes      | points 0–100 with at most two decimals, e.g. `87.50`            |
 * | kind        | no       | ENUMERATOR or SUPERVISOR: when given, must be the application's |
 *
 * A row whose score is already stored is unchanged, so the same file twice changes nothing.
 * A score cannot change once its list is decided (the commission finalised its enumerator
 * list, or ASK selected the supervisors).
 */
export const SCORE_COLUMNS: ColumnSpec = { required: ['national_id', 'score'], optional: ['kind'] };

export const SCORE = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'NOT_SCORE')
  .transform(scoreToHundredths)
  .refine((h) => h <= 10_000, 'SCORE_OVER_100');

export interface ScoreRow {
  readonly row: number;
  readonly nationalId: string;
  readonly hundredths: number;
  readonly kind: StaffKind | null;
}

export function readScoreRows(table: Table): { rows: ScoreRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows: ScoreRow[] = [];
  for (const row of table.rows) {
    const r = new RowReader(row);
    const nationalId = r.required('national_id', NATIONAL_ID);
    const hundredths = r.required('score', SCORE);
    const kind = r.optional('kind', STAFF_KIND);
    problems.push(...r.problems);
    if (r.ok && nationalId !== undefined && hundredths !== undefined)
      rows.push({ row: row.row, nationalId, hundredths, kind: kind ?? null });
  }
  problems.push(...duplicateKeys(rows, (x) => x.nationalId, 'national_id', 'national id').problems);
  return { rows, problems };
}

/** The scores import, declared: CSV or JSON rows, its columns, its row rules. */
export const SCORE_IMPORT: TabularImport<ScoreRow> = { ...CSV_OR_JSON, columns: SCORE_COLUMNS, rows: readScoreRows };

export interface ScoredApplication {
  readonly id: string;
  readonly kind: StaffKind;
  readonly scoreHundredths: number | null;
  /** the list this application competes in is decided: its score is frozen */
  readonly locked: boolean;
}

export type ScoreOutcome = 'recorded' | 'changed' | 'unchanged';

export interface ScorePlan {
  readonly problems: RowProblem[];
  readonly writes: { readonly applicationId: string; readonly hundredths: number }[];
  readonly counts: Record<ScoreOutcome, number>;
}

/** What each row does against the stored applications (keyed by national id). */
export function planScoreImport(rows: readonly ScoreRow[], apps: ReadonlyMap<string, ScoredApplication>): ScorePlan {
  const problems: RowProblem[] = [];
  const writes: { applicationId: string; hundredths: number }[] = [];
  const counts: Record<ScoreOutcome, number> = { recorded: 0, changed: 0, unchanged: 0 };
  for (const r of rows) {
    const a = apps.get(r.nationalId);
    if (!a) {
      problems.push(rowProblem(r.row, 'NO_APPLICATION', {}, 'national_id'));
      continue;
    }
    if (r.kind !== null && r.kind !== a.kind) {
      problems.push(rowProblem(r.row, 'APPLICATION_OTHER_KIND', { kind: a.kind, given: r.kind }, 'kind'));
      continue;
    }
    if (a.scoreHundredths === r.hundredths) {
      counts.unchanged++;
      continue;
    }
    if (a.locked) {
      problems.push(rowProblem(r.row, 'SCORE_LOCKED', {}, 'score'));
      continue;
    }
    counts[a.scoreHundredths === null ? 'recorded' : 'changed']++;
    writes.push({ applicationId: a.id, hundredths: r.hundredths });
  }
  return { problems, writes, counts };
}
