import { countrySpecs } from 'ibantools';

/**
 * IBAN validation per ISO 13616: a country of the SWIFT IBAN registry, that country's length
 * and BBAN structure (and its national check digits where the registry defines them, e.g.
 * BA, ME, MK, RS, SI), check digits 02–98, and the mod-97 checksum (ISO 7064) of the
 * rearranged number equal to 1. The registry table is ibantools' (maintained upstream), not
 * a hand-kept list. Input may contain spaces, hyphens and lower case (as people type it);
 * we store the electronic form.
 */

/** Why an IBAN was refused: a stable code with its parameters (`problem.<code>` words it). */
export type IbanProblem =
  | 'IBAN_CHARACTERS'
  | 'IBAN_COUNTRY_UNKNOWN'
  | 'IBAN_LENGTH'
  | 'IBAN_BBAN_FORMAT'
  | 'IBAN_NATIONAL_CHECK'
  | 'IBAN_CHECK_DIGITS'
  | 'IBAN_CHECKSUM';

export type IbanResult =
  | { readonly ok: true; readonly iban: string }
  | { readonly ok: false; readonly code: IbanProblem; readonly params: Readonly<Record<string, string | number>> };

interface CountryRule {
  readonly length: number;
  readonly bban: RegExp;
  readonly nationalCheck: ((bban: string) => boolean) | null;
}

/**
 * The registry countries, compiled once: pay runs check a million IBANs. Countries ibantools
 * lists outside the registry (national formats some banks use, e.g. DZ, AO) are not IBANs
 * under ISO 13616 and are refused.
 */
const RULES: ReadonlyMap<string, CountryRule> = new Map(
  Object.entries(countrySpecs).flatMap(([country, spec]): Array<[string, CountryRule]> =>
    spec.IBANRegistry === true && spec.chars !== undefined && spec.bban_regexp !== undefined
      ? [[country, { length: spec.chars, bban: new RegExp(spec.bban_regexp), nationalCheck: spec.bban_validation_func ?? null }]]
      : [],
  ),
);

/** Two-letter codes of the countries in the IBAN registry. */
export const IBAN_COUNTRIES: readonly string[] = [...RULES.keys()].sort();

export function normalizeIban(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

/** mod 97 of the IBAN's numeric form, computed piecewise so no big integers are needed. */
export function ibanMod97(iban: string): number {
  // Rearranged = characters 5.. then 1–4; letters count as two digits (A = 10 … Z = 35).
  // Character codes instead of strings: pay runs check a million IBANs.
  let rest = 0;
  const n = iban.length;
  const cut = Math.min(4, n);
  for (let k = 0; k < n; k++) {
    const code = iban.charCodeAt(k < n - cut ? k + cut : k - (n - cut));
    if (code >= 65 && code <= 90) {
      const v = code - 55;
      rest = (rest * 10 + Math.floor(v / 10)) % 97;
      rest = (rest * 10 + (v % 10)) % 97;
    } else {
      rest = (rest * 10 + (code - 48)) % 97;
    }
  }
  return rest;
}

const refuse = (code: IbanProblem, params: Readonly<Record<string, string | number>> = {}): IbanResult => ({ ok: false, code, params });

export function validateIban(input: string): IbanResult {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return refuse('IBAN_CHARACTERS');
  const country = iban.slice(0, 2);
  const rule = RULES.get(country);
  if (rule === undefined) return refuse('IBAN_COUNTRY_UNKNOWN', { country });
  if (iban.length !== rule.length) return refuse('IBAN_LENGTH', { country, length: rule.length, given: iban.length });
  const bban = iban.slice(4);
  if (!rule.bban.test(bban)) return refuse('IBAN_BBAN_FORMAT', { country });
  // 98 − (mod 97) can only give 02..98: 00, 01 and 99 are never check digits.
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return refuse('IBAN_CHECK_DIGITS', { digits: iban.slice(2, 4) });
  if (ibanMod97(iban) !== 1) return refuse('IBAN_CHECKSUM');
  if (rule.nationalCheck !== null && !rule.nationalCheck(bban)) return refuse('IBAN_NATIONAL_CHECK', { country });
  return { ok: true, iban };
}

/** Build a valid IBAN from country and BBAN (used for demo data and tests). */
export function makeIban(country: string, bban: string): string {
  const check = 98 - ibanMod97(`${country}00${bban}`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** Display form in groups of four, for statements. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
