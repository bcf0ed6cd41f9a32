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
 * `TERREN-<run 8 hex>-<staff 16 hex>`: 32 characters, within the 35 of a SEPA end-to-end id,
 * letters, digits and hyphens only. The staff part is 16 hex digits (60 random bits of a v4
 * UUID) so that references stay distinct even in a run of millions of people (8 digits would
 * collide about a hundred times among a million).
 */
export function paymentReference(runId: string, staffId: string): string {
  return `TERREN-${shortId(runId)}-${shortId(staffId, 16)}`;
}

export interface BankRowIn {
  readonly staffId: string;
  readonly fullName: string;
  /** electronic form, no spaces */
  readonly iban: string;
  /** confirmed bank-account version of that IBAN; null only for runs computed before versions existed */
  readonly ibanVersion: number | null;
  readonly netCents: bigint;
}

export function bankRecord(runId: string, p: BankRowIn): string {
  if (p.netCents <= 0n) throw new RangeError(`bank row with a non-positive amount (staff ${p.staffId})`);
  return csvRecord([
    text(p.iban),
    text(p.fullName),
    num(formatCents(p.netCents)),
    text(paymentReference(runId, p.staffId)),
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
