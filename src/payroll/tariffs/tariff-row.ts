import type { Tariff } from '../../generated/prisma/client.js';
import { fromDate } from '../../common/http/zod.pipe.js';
import { toTariffRules, type TariffRules, type TariffValues } from '../domain/tariff.js';

/**
 * A stored tariff version as the API shows it: amounts as strings with their scale ("600.00",
 * rates "0.3000", tax "0.00"), dates YYYY-MM-DD. Nothing here rounds: the columns carry
 * exactly these scales.
 */
export interface TariffView extends TariffValues {
  readonly id: string;
  /** the census it belongs to (null: from before censuses were records) */
  readonly censusId: string | null;
  readonly name: string;
  readonly effectiveFrom: string;
  readonly currency: string;
  readonly createdAt: string;
  readonly createdById: string | null;
}

export type TariffRow = Tariff;

function payMonthsOf(json: unknown): { from: string; to: string }[] {
  if (!Array.isArray(json)) throw new Error('stored tariff has malformed payMonths');
  return json.map((m: unknown) => {
    const { from, to } = (m ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string') throw new Error('stored tariff has malformed payMonths');
    return { from, to };
  });
}

export function toValues(row: TariffRow): TariffValues {
  return {
    version: row.version,
    supervisorMonthly: row.supervisorMonthly.toFixed(2),
    payMonths: payMonthsOf(row.payMonths),
    prepAmount: row.prepAmount.toFixed(2),
    prepFrom: fromDate(row.prepFrom) as string,
    prepTo: fromDate(row.prepTo) as string,
    interviewFrom: fromDate(row.interviewFrom) as string,
    interviewTo: fromDate(row.interviewTo) as string,
    rateBuilding: row.rateBuilding.toFixed(4),
    rateDwelling: row.rateDwelling.toFixed(4),
    rateHousehold: row.rateHousehold.toFixed(4),
    rateIndividual: row.rateIndividual.toFixed(4),
    rateDiaspora: row.rateDiaspora.toFixed(4),
    taxPercent: row.taxPercent.toFixed(2),
  };
}

export function toView(row: TariffRow): TariffView {
  return {
    id: row.id,
    censusId: row.censusId,
    name: row.name,
    effectiveFrom: fromDate(row.effectiveFrom) as string,
    currency: row.currency,
    ...toValues(row),
    createdAt: row.createdAt.toISOString(),
    createdById: row.createdById,
  };
}

/**
 * A stored tariff as the pure pay rules use it (integers: cents, rate units, days). Stored
 * versions were validated when created, so a failure here is a corrupt row, not user input.
 */
export function toRules(row: TariffRow): TariffRules {
  const checked = toTariffRules(toValues(row));
  if (!checked.ok) {
    throw new Error(`stored tariff version ${row.version} is invalid: ${checked.problems.map((p) => `${p.field} ${p.code}`).join('; ')}`);
  }
  return checked.rules;
}
