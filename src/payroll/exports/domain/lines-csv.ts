import type { LineType } from '../../domain/compute-pay.js';
import type { Unit } from '../../domain/tariff.js';
import type { Notice } from '../../../common/text/notice.js';
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
  /** the stored note as a code with parameters (null: the label says everything) */
  readonly description: Notice | null;
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
  'note_code',
  'note_params',
  'person_status',
  'label',
  'note',
] as const;

export const LINES_HEADER = csvHeader(LINE_COLUMNS);

/** A line in the reader's words: its label and its note (the edge words them, docs/reports.md). */
export interface LineWords {
  readonly label: string | null;
  readonly note: string | null;
}

/**
 * Text cells are neutralised; quantity, basis, rate and amount are plain numbers. The header and
 * the columns up to `person_status` are for machines (codes, decimal strings, the note's code and
 * its parameters as JSON); `label` and `note` are for people, in the caller's language.
 * `person_status` says whether the person is paid: lines of PAYABLE people add up to the run's
 * gross and deductions, lines of BLOCKED people are listed but not paid.
 */
export function lineRecord(l: LineView, words: LineWords): string {
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
    text(l.description?.code ?? null),
    text(l.description ? JSON.stringify(l.description.params) : null),
    text(l.personStatus),
    text(words.label),
    text(words.note),
  ]);
}
