/**
 * The ledger of a pay run: people and money per municipality, split into what the run pays
 * (PAYABLE) and what it lists but does not pay (BLOCKED). Every output of a run — the run API,
 * the XLSX summary, the bank file's check, the payroll-summary PDF, statement packs — takes
 * its totals from here, so they agree to the cent and count blocked people the same way:
 * listed, never in the payable totals.
 */
export type LedgerStatus = 'PAYABLE' | 'BLOCKED';

/** One group of the one query shape: people of one municipality with one status. */
export interface LedgerRow {
  readonly municipalityId: string;
  readonly status: LedgerStatus;
  readonly people: number;
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
}

export interface LedgerTotals {
  /** people paid by the run */
  readonly payable: number;
  /** people listed with a reason, not paid */
  readonly blocked: number;
  /** over payable people only */
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
  /** what blocked people would have been paid: computed, not paid */
  readonly blockedNetCents: bigint;
}

export interface MunicipalityLedger extends LedgerTotals {
  readonly municipalityId: string;
}

export interface RunLedger {
  /** in the order given (the letter's order of the 38 municipalities) */
  readonly municipalities: readonly MunicipalityLedger[];
  readonly total: LedgerTotals;
}

/** What the run row stores at computation (payable people's sums and the two counts). */
export interface StoredRunTotals {
  readonly peopleCount: number;
  readonly blockedCount: number;
  readonly grossCents: bigint;
  readonly deductionsCents: bigint;
  readonly netCents: bigint;
}

export const EMPTY_TOTALS: LedgerTotals = {
  payable: 0,
  blocked: 0,
  grossCents: 0n,
  deductionsCents: 0n,
  netCents: 0n,
  blockedNetCents: 0n,
};

function add(t: LedgerTotals, r: LedgerRow): LedgerTotals {
  return r.status === 'BLOCKED'
    ? { ...t, blocked: t.blocked + r.people, blockedNetCents: t.blockedNetCents + r.netCents }
    : {
        ...t,
        payable: t.payable + r.people,
        grossCents: t.grossCents + r.grossCents,
        deductionsCents: t.deductionsCents + r.deductionsCents,
        netCents: t.netCents + r.netCents,
      };
}

export function sumTotals(rows: readonly LedgerTotals[]): LedgerTotals {
  return rows.reduce(
    (s, m) => ({
      payable: s.payable + m.payable,
      blocked: s.blocked + m.blocked,
      grossCents: s.grossCents + m.grossCents,
      deductionsCents: s.deductionsCents + m.deductionsCents,
      netCents: s.netCents + m.netCents,
      blockedNetCents: s.blockedNetCents + m.blockedNetCents,
    }),
    EMPTY_TOTALS,
  );
}

/** Group rows per municipality; `order` sorts municipalities (ties by id). */
export function buildLedger(rows: readonly LedgerRow[], order: (municipalityId: string) => number): RunLedger {
  const by = new Map<string, LedgerTotals>();
  for (const r of rows) by.set(r.municipalityId, add(by.get(r.municipalityId) ?? EMPTY_TOTALS, r));
  const municipalities = [...by]
    .map(([municipalityId, t]) => ({ municipalityId, ...t }))
    .sort((a, b) => order(a.municipalityId) - order(b.municipalityId) || a.municipalityId.localeCompare(b.municipalityId));
  return { municipalities, total: sumTotals(municipalities) };
}

/** Where the ledger and the run's stored totals disagree (empty: they agree to the cent). */
export function ledgerMismatches(total: LedgerTotals, run: StoredRunTotals): string[] {
  const out: string[] = [];
  if (total.payable !== run.peopleCount) out.push(`payable people ${total.payable} ≠ ${run.peopleCount}`);
  if (total.blocked !== run.blockedCount) out.push(`blocked people ${total.blocked} ≠ ${run.blockedCount}`);
  if (total.grossCents !== run.grossCents) out.push(`gross ${total.grossCents} ≠ ${run.grossCents} cents`);
  if (total.deductionsCents !== run.deductionsCents) out.push(`deductions ${total.deductionsCents} ≠ ${run.deductionsCents} cents`);
  if (total.netCents !== run.netCents) out.push(`net ${total.netCents} ≠ ${run.netCents} cents`);
  return out;
}
