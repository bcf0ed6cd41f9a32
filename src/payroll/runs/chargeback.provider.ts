import type { ChargebackIn } from '../domain/compute-pay.js';

/**
 * The hook through which equipment charge-backs reach payroll (issue "Payroll", Deductions).
 * A pay run asks for the charge-backs of each chunk of people it computes and turns each into
 * a CHARGEBACK deduction line (amount in cents, description a code naming the reason, item and
 * serial, worded on the statement). Charge-backs are told apart by their description, so a provider
 * must describe the same charge-back the same way every time it is asked, and give two
 * charge-backs of one person different descriptions (name the serial numbers).
 *
 * Required: bound to equipment's EquipmentChargebacks in src/wiring (a run is never computed
 * without charge-backs because of a wiring slip: the process does not boot).
 */
export const CHARGEBACK_PROVIDER = Symbol('CHARGEBACK_PROVIDER');

export interface ChargebackProvider {
  /** Charge-backs per staff id; people without any may be left out of the map. */
  chargebacksFor(staffIds: readonly string[]): Promise<Map<string, ChargebackIn[]>>;
}
