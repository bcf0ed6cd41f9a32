// Shapes of the payroll API as the console reads them (money always as decimal strings).

export type PayRunStatus = 'QUEUED' | 'COMPUTING' | 'COMPUTED' | 'FAILED' | 'APPROVED';

export interface MunicipalityTotals {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
  readonly payable: number;
  readonly blocked: number;
  readonly gross: string;
  readonly deductions: string;
  readonly net: string;
}

export interface PayRun {
  readonly id: string;
  readonly kind: 'REGULAR' | 'ADJUSTMENT';
  readonly status: PayRunStatus;
  readonly municipality: { readonly code: string; readonly nameSq: string } | null;
  readonly tariffVersion: number;
  readonly progress: number;
  readonly createdById: string;
  readonly createdAt: string;
  readonly computedAt: string | null;
  readonly approvedById: string | null;
  readonly approvedAt: string | null;
  readonly failedReason: string | null;
  readonly peopleCount: number;
  readonly blockedCount: number;
  readonly totals: { readonly gross: string; readonly deductions: string; readonly net: string; readonly currency: 'EUR' };
  readonly municipalities?: readonly MunicipalityTotals[];
}

export interface PayPerson {
  readonly staffId: string;
  readonly name: string;
  readonly kind: string;
  readonly municipality: { readonly code: string; readonly nameSq: string } | null;
  readonly status: 'PAYABLE' | 'BLOCKED';
  readonly blockReason: string | null;
  readonly gross: string;
  readonly deductions: string;
  readonly net: string;
}

export interface PayLine {
  readonly id: string;
  readonly staffId: string;
  readonly personName: string | null;
  readonly municipalityCode: string | null;
  readonly lineType: string;
  readonly eaCode: string | null;
  readonly unit: string | null;
  readonly quantity: number;
  readonly basis: number | null;
  readonly rate: string;
  readonly amount: string;
  readonly tariffVersion: number;
  readonly periodFrom: string | null;
  readonly periodTo: string | null;
  readonly description: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** the `cursor` of the next page; null on the last page */
  readonly nextCursor?: string | null;
}

export interface Municipality {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

/** The run is still being computed: poll it. */
export const isBusy = (s: PayRunStatus): boolean => s === 'QUEUED' || s === 'COMPUTING';
