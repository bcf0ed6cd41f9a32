import { type ColumnSpec, type RowProblem, rowProblem } from '../../common/tabular/columns.js';
import type { TabularFormat } from '../../common/tabular/tabular-import.js';
import { EA_CODE_PATTERN } from '../../geography/domain/ea-code.js';
import { countParams, parseCount } from '../../payroll/counts/domain/count-rows.js';

/** Expected figures per EA: `ea_code, expected_dwellings, expected_households, expected_individuals`. Pure. */
export const EXPECTATION_COLUMNS = ['ea_code', 'expected_dwellings', 'expected_households', 'expected_individuals'] as const;

/** The expectations import, declared: CSV with these columns; row rules: {@link readExpectation}. */
export const EXPECTATION_IMPORT: { readonly formats: readonly TabularFormat[]; readonly columns: ColumnSpec } = {
  formats: ['csv'],
  columns: { required: EXPECTATION_COLUMNS, optional: [] },
};

export interface ExpectationRow {
  readonly row: number;
  readonly eaCode: string;
  readonly expectedDwellings: number;
  readonly expectedHouseholds: number;
  readonly expectedIndividuals: number;
}

const MAX = 100_000;

export function readExpectation(
  cells: readonly string[],
  idx: readonly number[],
  row: number,
  problems: RowProblem[],
): ExpectationRow | null {
  const before = problems.length;
  const ea = (cells[idx[0] as number] ?? '').trim();
  if (ea === '') problems.push(rowProblem(row, 'REQUIRED', {}, 'ea_code'));
  else if (!EA_CODE_PATTERN.test(ea)) problems.push(rowProblem(row, 'EA_CODE_FORM', {}, 'ea_code'));
  const num = (i: number): number => {
    const v = parseCount(cells[idx[i] as number] ?? '', MAX);
    if (typeof v === 'string') {
      problems.push(rowProblem(row, v, countParams(v, MAX), EXPECTATION_COLUMNS[i] as string));
      return -1;
    }
    return v;
  };
  const d = num(1);
  const h = num(2);
  const ind = num(3);
  if (problems.length > before) return null;
  return { row, eaCode: ea.toUpperCase(), expectedDwellings: d, expectedHouseholds: h, expectedIndividuals: ind };
}

/** Shares as decimal strings with one decimal ("37.5"): part ÷ whole × 100, half up; null without a whole. */
export function percent(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const tenths = Math.floor((part * 1000 + Math.floor(whole / 2)) / whole);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
