import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import { wordNotice } from '../common/i18n/word-notice.js';
import { formatCents } from '../common/money/money.js';
import type { Scope } from '../common/scope/scope.js';
import type { ChargebackIn } from '../payroll/domain/compute-pay.js';
import type { ChargebackProvider } from '../payroll/runs/chargeback.provider.js';
import { type Charge, type ChargebackTariffVersion, type ChargeItem, computeChargebacks, type Unpriced } from './domain/chargebacks.js';
import { EquipmentRepository } from './equipment.repository.js';
import { CensusLookup } from '../census/census-lookup.js';

/**
 * The real CHARGEBACK_PROVIDER: for the people of a pay-run chunk, the charge-backs of the
 * items they did not return after the census or returned damaged, priced by the charge-back
 * tariff version in force (src/equipment/domain/chargebacks.ts). One deduction per item,
 * described by item type and serial, so the statement shows them and an adjustment run pays
 * back an item returned later.
 */
@Injectable()
export class EquipmentChargebacks implements ChargebackProvider {
  constructor(
    private readonly repo: EquipmentRepository,
    private readonly censuses: CensusLookup,
  ) {}

  private async compute(staffIds: readonly string[], scope?: Scope): Promise<{ charges: Charge[]; unpriced: Unpriced[] }> {
    if (staffIds.length === 0) return { charges: [], unpriced: [] };
    const [items, tariffs] = await Promise.all([this.repo.chargeableItems(staffIds, scope), this.repo.chargeTariffs()]);
    const versions: ChargebackTariffVersion[] = tariffs.map((t) => ({
      version: t.version,
      effectiveFrom: t.effectiveFrom.toISOString().slice(0, 10),
      rates: new Map(t.rates.map((r) => [r.type.code, { lost: Number(r.lostCents), damaged: Number(r.damagedCents) }])),
    }));
    const chargeItems: ChargeItem[] = items.map((i) => ({
      serial: i.serial,
      typeCode: i.type.code,
      typeName: i.type.name,
      status: i.status,
      staffId: i.status === 'ISSUED' ? i.holderStaffId : i.responsibleStaffId,
      statusDate: i.statusDate ? i.statusDate.toISOString().slice(0, 10) : null,
    }));
    const today = new Date().toISOString().slice(0, 10);
    // items are in use until the last field-work day of the open censuses (none open: until today)
    const censusEnd = (await this.censuses.fieldworkEnd()) ?? today;
    return computeChargebacks(chargeItems, versions, { today, censusEnd });
  }

  async chargebacksFor(staffIds: readonly string[]): Promise<Map<string, ChargebackIn[]>> {
    const { charges } = await this.compute(staffIds);
    const out = new Map<string, ChargebackIn[]>();
    for (const c of charges) {
      const list = out.get(c.staffId) ?? [];
      list.push({ amount: c.amount, description: c.description });
      out.set(c.staffId, list);
    }
    return out;
  }

  /** What people of the caller's scope owe today, per item, and what cannot be priced. */
  async list(p: Principal, locale: Locale = DEFAULT_LOCALE) {
    const ids = await this.repo.chargeableStaffIds(p.scope);
    const { charges, unpriced } = await this.compute(ids, p.scope);
    const names = new Map((await this.repo.staffNames(p.scope, ids)).map((s) => [s.id, s]));
    const who = (id: string) => ({
      staffId: id,
      fullName: names.get(id)?.fullName ?? null,
      municipalityCode: names.get(id)?.municipality.code ?? null,
    });
    return {
      charges: charges.map((c) => ({
        ...who(c.staffId),
        serial: c.serial,
        typeCode: c.typeCode,
        reason: c.reason,
        tariffVersion: c.tariffVersion,
        pricedOn: c.pricedOn,
        amount: formatCents(c.amount),
        description: { ...c.description, text: wordNotice(locale, 'payNote', c.description) },
      })),
      unpriced: unpriced.map((u) => ({
        ...who(u.staffId),
        serial: u.serial,
        typeCode: u.typeCode,
        reason: { ...u.reason, text: wordNotice(locale, 'notice', u.reason) },
      })),
    };
  }
}
