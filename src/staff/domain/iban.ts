/**
 * IBAN validation per ISO 13616: country code, two check digits, country-specific length,
 * and the mod-97 checksum (ISO 7064) of the rearranged number must equal 1.
 * Input may contain spaces and lower case (as people type it); we store the electronic form.
 */

// Lengths from the SWIFT IBAN registry for the countries field staff are likely to bank in;
// other countries are accepted with the generic 15–34 length and the checksum.
const LENGTHS: Readonly<Record<string, number>> = {
  XK: 20,
  AL: 28,
  AT: 20,
  BA: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IT: 27,
  LT: 20,
  LU: 20,
  LV: 21,
  ME: 22,
  MK: 19,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  RS: 22,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
};

export type IbanResult = { readonly ok: true; readonly iban: string } | { readonly ok: false; readonly reason: string };

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

export function validateIban(input: string): IbanResult {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban))
    return { ok: false, reason: 'must start with a country code and two check digits, then letters and digits only' };
  const country = iban.slice(0, 2);
  const expected = LENGTHS[country];
  if (expected !== undefined && iban.length !== expected)
    return { ok: false, reason: `a ${country} IBAN has ${expected} characters, this one has ${iban.length}` };
  if (expected === undefined && (iban.length < 15 || iban.length > 34)) return { ok: false, reason: 'must have 15 to 34 characters' };
  if (ibanMod97(iban) !== 1) return { ok: false, reason: 'check digits do not match (ISO 13616 mod-97 checksum failed)' };
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
