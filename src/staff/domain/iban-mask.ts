import { formatIban } from './iban.js';

/**
 * An IBAN as a municipality user sees it: country, check digits and the last four characters,
 * in groups of four ("XK05 **** **** **** 1234"). ASK pays the staff, so municipalities need
 * to recognise an account, not copy it.
 */
export function maskIban(iban: string): string {
  if (iban.length <= 8) return formatIban('*'.repeat(iban.length));
  return formatIban(iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4));
}
