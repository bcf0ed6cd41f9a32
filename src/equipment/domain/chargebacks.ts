import type { Cents } from '../../common/money/money.js';
import { notice, type Notice } from '../../common/text/notice.js';

/**
 * Equipment charge-backs (issue #6, Equipment): an item not returned after the census end
 * date (still ISSUED, or recorded LOST) costs its holder the LOST amount of its type; an item
 * returned DAMAGED costs the DAMAGED amount. The amount comes from the charge-back tariff
 * version in force on the day that decides it: the census end date for items still out, the
 * day of the return (or of the loss report) otherwise. Integer cents only.
 *
 * One charge per item, described by item type and serial (a code with parameters) so that payroll tells charges apart
 * by description (the same item is always described the same way, and an item returned later
 * in good condition disappears, which an adjustment run pays back).
 */

export interface ChargeItem {
  readonly serial: string;
  readonly typeCode: string;
  readonly typeName: string;
  readonly status: 'IN_STORAGE' | 'ISSUED' | 'RETURNED' | 'DAMAGED' | 'LOST';
  /** holder for ISSUED items, the person responsible for DAMAGED or LOST ones */
  readonly staffId: string | null;
  /** YYYY-MM-DD of the last status change */
  readonly statusDate: string | null;
}

export interface ChargebackTariffVersion {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly rates: ReadonlyMap<string, { readonly lost: Cents; readonly damaged: Cents }>;
}

export type ChargeReason = 'NOT_RETURNED' | 'DAMAGED';

export interface Charge {
  readonly staffId: string;
  readonly serial: string;
  readonly typeCode: string;
  readonly reason: ChargeReason;
  readonly tariffVersion: number;
  readonly pricedOn: string;
  readonly amount: Cents;
  /** what is charged, as payroll stores and the statement words it (`payNote.CHARGEBACK`) */
  readonly description: Notice;
}

export interface Unpriced {
  readonly staffId: string;
  readonly serial: string;
  readonly typeCode: string;
  /** why it cannot be priced: `UNPRICED_NO_TARIFF {day}` or `UNPRICED_NO_AMOUNT {version, typeCode}` */
  readonly reason: Notice;
}

/** The version in force on a day: latest effectiveFrom ≤ day, then highest version. */
export function tariffInForce(tariffs: readonly ChargebackTariffVersion[], day: string): ChargebackTariffVersion | null {
  let best: ChargebackTariffVersion | null = null;
  for (const t of tariffs) {
    if (t.effectiveFrom > day) continue;
    if (!best || t.effectiveFrom > best.effectiveFrom || (t.effectiveFrom === best.effectiveFrom && t.version > best.version)) best = t;
  }
  return best;
}

/** A charge as a code with the item type's name and serial (the same item is always described the same way). */
export function chargeNotice(reason: ChargeReason, typeName: string, serial: string): Notice {
  return notice('CHARGEBACK', { reason, item: typeName, serial });
}

export function computeChargebacks(
  items: readonly ChargeItem[],
  tariffs: readonly ChargebackTariffVersion[],
  /** censusEnd: the last day of field work of the census (from its calendar) */
  opts: { readonly today: string; readonly censusEnd: string },
): { charges: Charge[]; unpriced: Unpriced[] } {
  const censusEnd = opts.censusEnd;
  const charges: Charge[] = [];
  const unpriced: Unpriced[] = [];
  for (const it of items) {
    if (it.staffId === null) continue;
    let reason: ChargeReason;
    let day: string;
    if (it.status === 'ISSUED') {
      if (opts.today <= censusEnd) continue; // still in use during the census
      reason = 'NOT_RETURNED';
      day = censusEnd;
    } else if (it.status === 'LOST') {
      reason = 'NOT_RETURNED';
      day = it.statusDate ?? censusEnd;
    } else if (it.status === 'DAMAGED') {
      reason = 'DAMAGED';
      day = it.statusDate ?? censusEnd;
    } else continue;
    const t = tariffInForce(tariffs, day);
    const rate = t?.rates.get(it.typeCode);
    if (!t || !rate) {
      unpriced.push({
        staffId: it.staffId,
        serial: it.serial,
        typeCode: it.typeCode,
        reason: t ? notice('UNPRICED_NO_AMOUNT', { version: t.version, typeCode: it.typeCode }) : notice('UNPRICED_NO_TARIFF', { day }),
      });
      continue;
    }
    const amount = reason === 'DAMAGED' ? rate.damaged : rate.lost;
    if (amount === 0) continue;
    charges.push({
      staffId: it.staffId,
      serial: it.serial,
      typeCode: it.typeCode,
      reason,
      tariffVersion: t.version,
      pricedOn: day,
      amount,
      description: chargeNotice(reason, it.typeName, it.serial),
    });
  }
  charges.sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0));
  return { charges, unpriced };
}
