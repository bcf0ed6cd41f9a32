import { z } from 'zod';
import type { TableRow } from '../../common/tabular/parse-table.js';
import { EA_CODE } from '../../geography/domain/ea-code.js';
import { type ColumnSpec, duplicateKeys, type RowProblem, rowProblem, RowReader } from '../../common/tabular/columns.js';
import { changedFields, MUNICIPALITY_NOT_IN_SCOPE, type RowOutcome, USED_OUTSIDE_SCOPE } from './columns.js';

/**
 * Enumeration area import (kind `eas`), keyed by EA code.
 *
 * | column            | required | rule                                                                 |
 * |-------------------|----------|----------------------------------------------------------------------|
 * | ea_code           | yes      | 1–32 letters, digits, `.`, `-`, `_`; stored upper-case; unique nationally |
 * | municipality_code | yes      | municipality code (e.g. `prishtine`), within the importer's scope     |
 * | name              | no       | up to 200 characters; blank clears the name                           |
 *
 * An EA that has assignments cannot move to another municipality.
 */
export const EA_COLUMNS: ColumnSpec = { required: ['ea_code', 'municipality_code'], optional: ['name'] };

const EA_NAME = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().max(200));

const MUNICIPALITY_CODE = z.string().trim().toLowerCase();

export interface EaRow {
  readonly row: number;
  readonly code: string;
  readonly municipalityId: string;
  readonly name: string | null;
}

export interface ExistingEa {
  readonly id: string;
  readonly code: string;
  readonly name: string | null;
  readonly municipalityId: string;
  readonly assignmentCount: number;
}

export interface EaCreate {
  readonly id: string;
  readonly code: string;
  readonly name: string | null;
  readonly municipalityId: string;
}

export interface EaUpdate {
  readonly id: string;
  /** Where the EA is now (the write is scoped by it). */
  readonly municipalityId: string;
  readonly data: { readonly name?: string | null; readonly municipalityId?: string };
  readonly fields: readonly string[];
}

/** Cell-level checks and in-file duplicates. `municipalities` holds only codes in the caller's scope. */
export function readEaRows(
  rows: readonly TableRow[],
  municipalities: ReadonlyMap<string, string>,
): { rows: EaRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const good: EaRow[] = [];
  for (const r of rows) {
    const read = new RowReader(r);
    const code = read.required('ea_code', EA_CODE);
    const mCode = read.required('municipality_code', MUNICIPALITY_CODE);
    const municipalityId = mCode === undefined ? undefined : municipalities.get(mCode);
    if (mCode !== undefined && municipalityId === undefined) read.problem('municipality_code', MUNICIPALITY_NOT_IN_SCOPE);
    const name = read.optional('name', EA_NAME);
    problems.push(...read.problems);
    if (read.ok && code !== undefined && municipalityId !== undefined && name !== undefined) {
      good.push({ row: r.row, code, municipalityId, name: name === '' ? null : name });
    }
  }
  const dup = duplicateKeys(good, (r) => r.code, 'ea_code', 'ea_code');
  problems.push(...dup.problems);
  return { rows: good.filter((r) => !dup.rows.has(r.row)), problems };
}

export interface EaPlan {
  readonly problems: RowProblem[];
  readonly outcomes: RowOutcome[];
  readonly creates: EaCreate[];
  readonly updates: EaUpdate[];
}

/**
 * Compare the file with what exists. `existing` holds the caller-visible EAs by code;
 * `outsideScope` the codes that exist in municipalities the caller cannot see.
 */
export function planEaImport(
  rows: readonly EaRow[],
  existing: ReadonlyMap<string, ExistingEa>,
  outsideScope: ReadonlySet<string>,
  newId: () => string,
): EaPlan {
  const plan: EaPlan = { problems: [], outcomes: [], creates: [], updates: [] };
  for (const r of rows) {
    if (outsideScope.has(r.code)) {
      plan.problems.push(rowProblem(r.row, USED_OUTSIDE_SCOPE, {}, 'ea_code'));
      continue;
    }
    const before = existing.get(r.code);
    if (!before) {
      plan.creates.push({ id: newId(), code: r.code, name: r.name, municipalityId: r.municipalityId });
      plan.outcomes.push('created');
      continue;
    }
    const fields = changedFields(
      { name: before.name, municipalityId: before.municipalityId },
      { name: r.name, municipalityId: r.municipalityId },
    );
    if (fields.includes('municipalityId') && before.assignmentCount > 0) {
      plan.problems.push(rowProblem(r.row, 'EA_CANNOT_MOVE', {}, 'municipality_code'));
      continue;
    }
    if (fields.length === 0) {
      plan.outcomes.push('unchanged');
      continue;
    }
    const data: { name?: string | null; municipalityId?: string } = {};
    if (fields.includes('name')) data.name = r.name;
    if (fields.includes('municipalityId')) data.municipalityId = r.municipalityId;
    plan.updates.push({ id: before.id, municipalityId: before.municipalityId, data, fields });
    plan.outcomes.push('updated');
  }
  return plan;
}
