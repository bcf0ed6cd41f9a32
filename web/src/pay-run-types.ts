// The payroll API's answers as the console reads them: aliases of the types generated from the
// API description (web/src/generated/api.d.ts), so a change of a response breaks the type-check.
import type { Answer, ItemOf } from './api';

export type PayRun = Answer<'/payroll/runs/{id}'>;
export type PayRunStatus = PayRun['status'];
export type PayPerson = ItemOf<Answer<'/payroll/runs/{id}/people'>>;
export type PayLine = ItemOf<Answer<'/payroll/runs/{id}/lines'>>;
export type Municipality = ItemOf<Answer<'/geography/municipalities'>>;

/** A page of a list: `{ items, total, nextCursor }` (src/common/http/lists.ts). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** the `cursor` of the next page; null on the last page */
  readonly nextCursor?: string | null;
}

/** The run is still being computed: poll it. */
export const isBusy = (s: PayRunStatus): boolean => s === 'QUEUED' || s === 'COMPUTING';
