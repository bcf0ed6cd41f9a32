/** What the EA, staff and assignment imports share beyond the common row rules (src/common/tabular/columns.ts). */
export const IMPORT_KINDS = ['eas', 'staff', 'assignments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isImportKind = (s: string): s is ImportKind => (IMPORT_KINDS as readonly string[]).includes(s);

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export function countOutcomes(outcomes: readonly RowOutcome[]): ImportCounts {
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const o of outcomes) {
    if (o === 'created') created++;
    else if (o === 'updated') updated++;
    else unchanged++;
  }
  return { created, updated, unchanged };
}

/** Names of the fields whose values differ (null and undefined are the same "unset"). */
export function changedFields<T extends object>(before: T, after: Partial<T>): Array<keyof T & string> {
  const out: Array<keyof T & string> = [];
  for (const key of Object.keys(after) as Array<keyof T & string>) {
    if (after[key] === undefined) continue;
    if ((before[key] ?? null) !== (after[key] ?? null)) out.push(key);
  }
  return out;
}

/** Municipality cell → id, through the caller's scope: out of scope reads exactly like unknown (problem codes). */
export const MUNICIPALITY_NOT_IN_SCOPE = 'MUNICIPALITY_NOT_IN_SCOPE';
export const USED_OUTSIDE_SCOPE = 'USED_OUTSIDE_SCOPE';
