import type { LineType } from '../../domain/compute-pay.js';
import type { Unit } from '../../domain/tariff.js';
import { csvHeader, csvRecord, num, text } from './cells.js';

/** One pay line with its provenance, as the API and the lines CSV show it. */
export interface LineView {
  readonly id: string;
  readonly staffId: string;
  readonly personName: string | null;
  /** PAYABLE or BLOCKED: a blocked person's lines are computed, not paid */
  readonly personStatus: string | null;
  readonly municipalityCode: string | null;
  readonly lineType: LineType;
  readonly eaId: string | null;
  readonly eaCode: string | null;
  readonly unit: Unit | null;
  /** units counted, or engaged days for time-based lines */
  readonly quantity: number;
  /** days in the window for time-based lines */
  readonly basis: number | null;
  /** "0.3000": EUR per unit, EUR per period, or percent for tax */
  readonly rate: string;
  /** "2.40" */
  readonly amount: string;
  readonly tariffVersion: number;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly description: string | null;
}

export const LINE_COLUMNS = [
  'line_id',
  'staff_id',
  'person',
  'municipality',
  'line_type',
  'ea_code',
  'unit',
  'quantity',
  'basis',
  'rate',
  'amount',
  'tariff_version',
  'period_from',
  'period_to',
  'description',
  'person_status',
] as const;

export const LINES_HEADER = csvHeader(LINE_COLUMNS);

/**
 * Text cells are neutralised; quantity, basis, rate and amount are plain numbers. The last
 * column says whether the person is paid: lines of PAYABLE people add up to the run's gross
 * and deductions, lines of BLOCKED people are listed but not paid.
 */
export function lineRecord(l: LineView): string {
  return csvRecord([
    num(l.id),
    text(l.staffId),
    text(l.personName),
    text(l.municipalityCode),
    text(l.lineType),
    text(l.eaCode),
    text(l.unit),
    num(l.quantity),
    num(l.basis),
    num(l.rate),
    num(l.amount),
    num(l.tariffVersion),
    text(l.periodFrom),
    text(l.periodTo),
    text(l.description),
    text(l.personStatus),
  ]);
}
