import type { TableRow } from '../../common/tabular/parse-table.js';
import { EA_CODE } from '../../geography/domain/ea-code.js';
import { type AssignmentPeriod, findOverlaps, periodProblem } from '../../staff/domain/assignment-rules.js';
import { DATE_ONLY, NATIONAL_ID } from '../../staff/domain/staff-fields.js';
import { type ColumnSpec, duplicateKeys, type RowProblem, rowProblem, RowReader } from '../../common/tabular/columns.js';
import { type RowOutcome } from './columns.js';

/**
 * EA assignment import (kind `assignments`), keyed by (EA, enumerator, valid_from). The EA
 * and the enumerator must already exist: import EAs and staff first.
 *
 * | column                 | required | rule                                                               |
 * |------------------------|----------|--------------------------------------------------------------------|
 * | ea_code                | yes      | an existing EA within the importer's scope                         |
 * | enumerator_national_id | yes      | an existing ENUMERATOR of the EA's municipality                    |
 * | valid_from             | yes      | date YYYY-MM-DD, first day worked (inclusive)                      |
 * | valid_to               | no       | date YYYY-MM-DD, last day worked (inclusive); blank = open-ended   |
 *
 * The period must lie inside the enumerator's engagement dates where those are set, and no
 * two assignments of one EA may share a day, counting those already stored (a file row with
 * the same key replaces the stored one).
 */
export const ASSIGNMENT_COLUMNS: ColumnSpec = { required: ['ea_code', 'enumerator_national_id', 'valid_from'], optional: ['valid_to'] };

export interface AssignmentRow {
  readonly row: number;
  readonly eaCode: string;
  readonly nationalId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface AssignmentEa {
  readonly id: string;
  readonly code: string;
  readonly municipalityId: string;
}

export interface AssignmentEnumerator {
  readonly id: string;
  readonly nationalId: string;
  readonly kind: string;
  readonly municipalityId: string;
  readonly engagementStart: string | null;
  readonly engagementEnd: string | null;
}

export interface ExistingAssignment extends AssignmentPeriod {
  readonly id: string;
  readonly eaId: string;
  readonly enumeratorId: string;
}

export interface AssignmentCreate {
  readonly id: string;
  readonly eaId: string;
  readonly enumeratorId: string;
  readonly municipalityId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface AssignmentUpdate {
  readonly id: string;
  readonly municipalityId: string;
  readonly validTo: string | null;
}

/** Why a period does not fit the engagement (both inclusive; unset bounds do not limit) as a problem code with its day, or null. */
export function outsideEngagement(
  p: AssignmentPeriod,
  start: string | null,
  end: string | null,
): { readonly code: string; readonly day: string } | null {
  if (start && p.validFrom < start) return { code: 'ASSIGNMENT_BEFORE_ENGAGEMENT', day: start };
  if (end && p.validTo === null) return { code: 'ASSIGNMENT_OPEN_PAST_ENGAGEMENT', day: end };
  if (end && p.validTo !== null && p.validTo > end) return { code: 'ASSIGNMENT_AFTER_ENGAGEMENT', day: end };
  return null;
}

const keyOf = (r: { readonly eaCode: string; readonly nationalId: string; readonly validFrom: string }) =>
  `${r.eaCode}\u0000${r.nationalId}\u0000${r.validFrom}`;

export function readAssignmentRows(rows: readonly TableRow[]): { rows: AssignmentRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const good: AssignmentRow[] = [];
  for (const r of rows) {
    const read = new RowReader(r);
    const eaCode = read.required('ea_code', EA_CODE);
    const nationalId = read.required('enumerator_national_id', NATIONAL_ID);
    const validFrom = read.required('valid_from', DATE_ONLY);
    const validTo = read.optional('valid_to', DATE_ONLY);
    if (validFrom !== undefined && validTo !== undefined) {
      if (periodProblem({ validFrom, validTo })) read.problem('valid_to', 'VALID_TO_BEFORE_FROM');
    }
    problems.push(...read.problems);
    if (read.ok && eaCode !== undefined && nationalId !== undefined && validFrom !== undefined && validTo !== undefined) {
      good.push({ row: r.row, eaCode, nationalId, validFrom, validTo });
    }
  }
  const dup = duplicateKeys(good, keyOf, 'valid_from', 'ea_code, enumerator_national_id, valid_from');
  problems.push(...dup.problems);
  return { rows: good.filter((r) => !dup.rows.has(r.row)), problems };
}

export interface AssignmentPlan {
  readonly problems: RowProblem[];
  readonly outcomes: RowOutcome[];
  readonly creates: AssignmentCreate[];
  readonly updates: AssignmentUpdate[];
}

type Period = AssignmentPeriod & { readonly eaId: string; readonly line: number | null; readonly eaCode: string };

/**
 * `eas` and `enumerators` hold what the caller can see (by EA code / national id);
 * `existing` every stored assignment of those EAs.
 */
export function planAssignmentImport(
  rows: readonly AssignmentRow[],
  eas: ReadonlyMap<string, AssignmentEa>,
  enumerators: ReadonlyMap<string, AssignmentEnumerator>,
  existing: readonly ExistingAssignment[],
  newId: () => string,
): AssignmentPlan {
  const plan: AssignmentPlan = { problems: [], outcomes: [], creates: [], updates: [] };
  const stored = new Map(existing.map((a) => [`${a.eaId}\u0000${a.enumeratorId}\u0000${a.validFrom}`, a]));
  const replaced = new Set<string>();
  const incoming: Array<{ row: AssignmentRow; ea: AssignmentEa; enumerator: AssignmentEnumerator }> = [];
  for (const r of rows) {
    const rowProblems: RowProblem[] = [];
    const ea = eas.get(r.eaCode);
    const enumerator = enumerators.get(r.nationalId);
    if (!ea) rowProblems.push(rowProblem(r.row, 'EA_NOT_IN_SCOPE_IMPORT_FIRST', {}, 'ea_code'));
    if (!enumerator) rowProblems.push(rowProblem(r.row, 'STAFF_NOT_IN_SCOPE_IMPORT_FIRST', {}, 'enumerator_national_id'));
    else if (enumerator.kind !== 'ENUMERATOR')
      rowProblems.push(rowProblem(r.row, 'NOT_AN_ENUMERATOR', { kind: enumerator.kind }, 'enumerator_national_id'));
    else {
      if (ea && ea.municipalityId !== enumerator.municipalityId) {
        rowProblems.push(rowProblem(r.row, 'ENUMERATOR_OTHER_MUNICIPALITY', { ea: ea.code }, 'enumerator_national_id'));
      }
      const outside = outsideEngagement(r, enumerator.engagementStart, enumerator.engagementEnd);
      if (outside)
        rowProblems.push(
          rowProblem(
            r.row,
            outside.code,
            { day: outside.day },
            r.validFrom < (enumerator.engagementStart ?? '') ? 'valid_from' : 'valid_to',
          ),
        );
    }
    if (rowProblems.length || !ea || !enumerator) {
      plan.problems.push(...rowProblems);
      continue;
    }
    incoming.push({ row: r, ea, enumerator });
  }

  // Overlaps are judged on the state after the import: stored periods, with file rows
  // replacing stored rows of the same key.
  const periods: Period[] = [];
  for (const { row, ea, enumerator } of incoming) {
    const key = `${ea.id}\u0000${enumerator.id}\u0000${row.validFrom}`;
    if (stored.has(key)) replaced.add(key);
    periods.push({ eaId: ea.id, eaCode: ea.code, validFrom: row.validFrom, validTo: row.validTo, line: row.row });
  }
  for (const [key, a] of stored) {
    if (!replaced.has(key)) periods.push({ eaId: a.eaId, eaCode: '', validFrom: a.validFrom, validTo: a.validTo, line: null });
  }
  const bad = new Set<number>();
  // an open end: `open` yes and `to` empty
  const span = (p: Period) => ({ from: p.validFrom, to: p.validTo ?? '', open: p.validTo === null ? 'yes' : 'no' });
  for (const [a, b] of findOverlaps(periods)) {
    if (a.line !== null && b.line !== null) {
      plan.problems.push(rowProblem(a.line, 'OVERLAPS_LINE', { line: b.line, ea: a.eaCode, ...span(b) }, 'valid_from'));
      plan.problems.push(rowProblem(b.line, 'OVERLAPS_LINE', { line: a.line, ea: b.eaCode, ...span(a) }, 'valid_from'));
      bad.add(a.line).add(b.line);
    } else if (a.line !== null || b.line !== null) {
      const [file, db] = a.line !== null ? [a, b] : [b, a];
      plan.problems.push(rowProblem(file.line as number, 'OVERLAPS_STORED', { ea: file.eaCode, ...span(db) }, 'valid_from'));
      bad.add(file.line as number);
    }
    // Two stored periods that already overlap are not this file's doing.
  }

  for (const { row, ea, enumerator } of incoming) {
    if (bad.has(row.row)) continue;
    const before = stored.get(`${ea.id}\u0000${enumerator.id}\u0000${row.validFrom}`);
    if (!before) {
      plan.creates.push({
        id: newId(),
        eaId: ea.id,
        enumeratorId: enumerator.id,
        municipalityId: ea.municipalityId,
        validFrom: row.validFrom,
        validTo: row.validTo,
      });
      plan.outcomes.push('created');
    } else if ((before.validTo ?? null) !== row.validTo) {
      plan.updates.push({ id: before.id, municipalityId: ea.municipalityId, validTo: row.validTo });
      plan.outcomes.push('updated');
    } else {
      plan.outcomes.push('unchanged');
    }
  }
  return plan;
}
