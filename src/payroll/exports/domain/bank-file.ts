import { formatCents } from '../../../common/money/money.js';
import { csvHeader, csvRecord, num, text } from './cells.js';

/**
 * The bank transfer file: one row per payable person with a positive net, `iban,name,amount,
 * reference,iban_version`, amounts with two decimals and a dot. No BOM (bank importers read
 * plain UTF-8). `iban_version` is the confirmed bank-account version paid (four eyes: see
 * StaffBankAccount), so finance can trace every transfer to the confirmation behind it.
 */
export const BANK_COLUMNS = ['iban', 'name', 'amount', 'reference', 'iban_version'] as const;
export const BANK_HEADER = csvHeader(BANK_COLUMNS);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first `length` hex digits of a UUID, upper case. */
export function shortId(uuid: string, length = 8): string {
  if (!UUID.test(uuid)) throw new RangeError(`not a UUID: ${uuid}`);
  return uuid.replaceAll('-', '').slice(0, length).toUpperCase();
}

/**
 * Without a contract number: `TERREN-<run 8 hex>-<staff 16 hex>`: 32 characters, within the 35 of a SEPA end-to-end id,
 * letters, digits and hyphens only. The staff part is 16 hex digits (60 random bits of a v4
 * UUID) so that references stay distinct even in a run of millions of people (8 digits would
 * collide about a hundred times among a million).
 */
export function paymentReference(runId: string, staffId: string, contractNumber: string | null = null): string {
  const legacy = `TERREN-${shortId(runId)}-${shortId(staffId, 16)}`;
  if (contractNumber === null) return legacy;
  // With a contract: `<CONTRACT NUMBER>-<run 8 hex>` (contract numbers are unique, so is the
  // reference within a run), when it fits the 35 characters and the letters a bank takes.
  const ref = `${contractNumber.toUpperCase()}-${shortId(runId)}`;
  return ref.length <= REFERENCE_MAX && /^[A-Z0-9-]+$/.test(ref) ? ref : legacy;
}

/** A SEPA end-to-end id (ISO 20022 EndToEndId, Max35Text). */
export const REFERENCE_MAX = 35;

export interface BankRowIn {
  readonly staffId: string;
  readonly fullName: string;
  /** electronic form, no spaces */
  readonly iban: string;
  /** confirmed bank-account version of that IBAN; null only for runs computed before versions existed */
  readonly ibanVersion: number | null;
  /** the contract paid under (PayPerson snapshot); null: the reference names the person instead */
  readonly contractNumber?: string | null;
  readonly netCents: bigint;
}

export function bankRecord(runId: string, p: BankRowIn): string {
  if (p.netCents <= 0n) throw new RangeError(`bank row with a non-positive amount (staff ${p.staffId})`);
  return csvRecord([
    text(p.iban),
    text(p.fullName),
    num(formatCents(p.netCents)),
    text(paymentReference(runId, p.staffId, p.contractNumber ?? null)),
    num(p.ibanVersion),
  ]);
}

/** The file and the database disagree: never send such a file. */
export class ReconciliationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReconciliationError';
  }
}

/** Fails unless the amounts written add up to the expected total, to the cent. */
export function assertReconciles(what: string, written: bigint, expected: bigint): void {
  if (written !== expected)
    throw new ReconciliationError(`${what}: file total ${formatCents(written)} differs from the database total ${formatCents(expected)}`);
}
