import { formatIban } from '../../../staff/domain/iban.js';
import { centsToNumber, sheetText } from './cells.js';

/**
 * The rows of the XLSX payroll summary as plain values: strings for text (neutralised, so no
 * cell can become a formula) and numbers for money (from cents, see centsToNumber). The
 * workbook writer only places them. Totals are computed here from the same cents, never as
 * spreadsheet formulas, and must equal the run's stored totals.
 */
export type SheetValue = string | number;

export const MONEY_FORMAT = '#,##0.00';

export interface MunicipalityTotals {
  readonly code: string;
  readonly name: string;
  /** payable people */
  readonly people: number;
  readonly blocked: number;
  /** over payable people: what the run pays */
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
  /** net of blocked people: computed, not paid */
  readonly blockedNetCents: bigint;
}

export const MUNICIPALITY_COLUMNS = [
  { header: 'Municipality', width: 28, money: false },
  { header: 'People', width: 10, money: false },
  { header: 'Blocked', width: 10, money: false },
  { header: 'Gross', width: 16, money: true },
  { header: 'Deductions', width: 16, money: true },
  { header: 'Net', width: 16, money: true },
  { header: 'Net of blocked (not paid)', width: 24, money: true },
] as const;

export function municipalityRow(m: MunicipalityTotals): SheetValue[] {
  return [
    sheetText(m.name),
    m.people,
    m.blocked,
    centsToNumber(m.grossCents),
    centsToNumber(m.deductionsCents),
    centsToNumber(m.netCents),
    centsToNumber(m.blockedNetCents),
  ];
}

/** Sum of the municipality rows in cents (BigInt: exact at any size). */
export function sumMunicipalities(rows: readonly MunicipalityTotals[]): Omit<MunicipalityTotals, 'code' | 'name'> {
  return rows.reduce(
    (t, m) => ({
      people: t.people + m.people,
      blocked: t.blocked + m.blocked,
      grossCents: t.grossCents + m.grossCents,
      deductionsCents: t.deductionsCents + m.deductionsCents,
      netCents: t.netCents + m.netCents,
      blockedNetCents: t.blockedNetCents + m.blockedNetCents,
    }),
    { people: 0, blocked: 0, grossCents: 0n, deductionsCents: 0n, netCents: 0n, blockedNetCents: 0n },
  );
}

export function totalRow(rows: readonly MunicipalityTotals[]): SheetValue[] {
  return municipalityRow({ code: '', name: 'Total', ...sumMunicipalities(rows) });
}

export interface PersonTotals {
  readonly municipality: string;
  readonly name: string;
  readonly iban: string | null;
  readonly status: string;
  readonly blockReason: string | null;
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
}

export const PEOPLE_COLUMNS = [
  { header: 'Municipality', width: 24, money: false },
  { header: 'Name', width: 32, money: false },
  { header: 'IBAN', width: 30, money: false },
  { header: 'Status', width: 10, money: false },
  { header: 'Block reason', width: 40, money: false },
  { header: 'Gross', width: 14, money: true },
  { header: 'Deductions', width: 14, money: true },
  { header: 'Net', width: 14, money: true },
  { header: 'Net of blocked (not paid)', width: 24, money: true },
] as const;

/**
 * A payable person's amounts sit in Gross, Deductions and Net; a blocked person's in the last
 * column only, so that every money column adds up to the same column of the Municipalities
 * sheet and a blocked person never shows a payable net.
 */
export function personRow(p: PersonTotals): SheetValue[] {
  const paid = p.status !== 'BLOCKED';
  return [
    sheetText(p.municipality),
    sheetText(p.name),
    sheetText(p.iban === null ? null : formatIban(p.iban)),
    sheetText(p.status),
    sheetText(p.blockReason),
    paid ? centsToNumber(p.grossCents) : '',
    paid ? centsToNumber(p.deductionsCents) : '',
    paid ? centsToNumber(p.netCents) : '',
    paid ? '' : centsToNumber(p.netCents),
  ];
}

export interface RunFacts {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly scope: string;
  readonly tariffVersion: number;
  readonly tariffName: string;
  readonly currency: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly computedAt: string | null;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  /** payable people */
  readonly people: number;
  readonly blocked: number;
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
}

export const NOT_APPROVED_BANNER = 'DRAFT - NOT APPROVED - NOT FOR PAYMENT';

/** Field/value rows of the "Run" sheet; the first says plainly whether the figures are final. */
export function runRows(r: RunFacts): [string, SheetValue][] {
  const approved = r.status === 'APPROVED';
  return [
    ['Approval', approved ? 'APPROVED - final figures for payment' : `${NOT_APPROVED_BANNER} (status ${r.status})`],
    ['Run id', r.id],
    ['Kind', r.kind],
    ['Status', r.status],
    ['Scope', sheetText(r.scope)],
    ['Tariff version', r.tariffVersion],
    ['Tariff name', sheetText(r.tariffName)],
    ['Currency', sheetText(r.currency)],
    ['Created by', sheetText(r.createdBy)],
    ['Created at', sheetText(r.createdAt)],
    ['Computed at', sheetText(r.computedAt)],
    ['Approved by', approved ? sheetText(r.approvedBy) : 'not approved'],
    ['Approved at', approved ? sheetText(r.approvedAt) : 'not approved'],
    ['People paid', r.people],
    ['People blocked', r.blocked],
    ['Gross', centsToNumber(r.grossCents)],
    ['Deductions', centsToNumber(r.deductionsCents)],
    ['Net', centsToNumber(r.netCents)],
  ];
}

/** Labels of the money rows of the Run sheet, for the writer's number format. */
export const RUN_MONEY_FIELDS: ReadonlySet<string> = new Set(['Gross', 'Deductions', 'Net']);
