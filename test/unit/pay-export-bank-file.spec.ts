import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import {
  assertReconciles,
  BANK_HEADER,
  bankRecord,
  paymentReference,
  ReconciliationError,
  shortId,
} from '../../src/payroll/exports/domain/bank-file.js';

const RUN = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const STAFF = 'f0e1d2c3-b4a5-4968-8776-655443322110';

describe('shortId and paymentReference', () => {
  it.each([
    [RUN, 8, '0A1B2C3D'],
    [STAFF, 16, 'F0E1D2C3B4A54968'],
    [RUN.toUpperCase(), 8, '0A1B2C3D'],
  ])('shortId(%s, %d) → %s', (uuid, length, out) => {
    expect(shortId(uuid, length)).toBe(out);
  });

  it.each([['not-a-uuid'], [''], ['0a1b2c3d4e5f4a6b8c7d9e0f1a2b3c4d']])('refuses %j', (bad) => {
    expect(() => shortId(bad)).toThrow(RangeError);
  });

  it('is TERREN-<run>-<staff>, 32 characters of letters, digits and hyphens (fits a SEPA end-to-end id)', () => {
    const ref = paymentReference(RUN, STAFF);
    expect(ref).toBe('TERREN-0A1B2C3D-F0E1D2C3B4A54968');
    expect(ref).toHaveLength(32);
    expect(ref).toMatch(/^[A-Z0-9-]{1,35}$/);
  });

  it.each([
    // 'xk-2023-000123' + '-' + 8 hex = 23 characters
    ['xk-2023-000123', 'XK-2023-000123-0A1B2C3D'],
    // 26 + 1 + 8 = 35: still fits
    ['census-of-2031-pil-x000001', 'CENSUS-OF-2031-PIL-X000001-0A1B2C3D'],
    // 27 + 1 + 8 = 36: too long, the person-based reference is used
    ['census-of-2031-pilot-000001', 'TERREN-0A1B2C3D-F0E1D2C3B4A54968'],
    ['pilot-2031-000001', 'PILOT-2031-000001-0A1B2C3D'],
    // letters a bank may refuse: the person-based reference
    ['xk_2023-000001', 'TERREN-0A1B2C3D-F0E1D2C3B4A54968'],
  ])('with contract %s is %s', (contract, ref) => {
    expect(paymentReference(RUN, STAFF, contract)).toBe(ref);
    expect(paymentReference(RUN, STAFF, contract).length).toBeLessThanOrEqual(35);
  });
});

describe('bankRecord', () => {
  it.each([
    [
      'a plain row',
      { fullName: 'Arbër Krasniqi', netCents: 165380n },
      `XK051212012345678906,Arbër Krasniqi,1653.80,TERREN-0A1B2C3D-F0E1D2C3B4A54968,2\r\n`,
    ],
    ['one cent', { fullName: 'Besa Gashi', netCents: 1n }, `XK051212012345678906,Besa Gashi,0.01,TERREN-0A1B2C3D-F0E1D2C3B4A54968,2\r\n`],
    [
      'a name that looks like a formula',
      { fullName: '=HYPERLINK("http://x","y")', netCents: 240n },
      `XK051212012345678906,"'=HYPERLINK(""http://x"",""y"")",2.40,TERREN-0A1B2C3D-F0E1D2C3B4A54968,2\r\n`,
    ],
    [
      'a name with a comma',
      { fullName: 'Hoxha, Dren', netCents: 100000n },
      `XK051212012345678906,"Hoxha, Dren",1000.00,TERREN-0A1B2C3D-F0E1D2C3B4A54968,2\r\n`,
    ],
  ])('%s', (_label, p, line) => {
    expect(bankRecord(RUN, { staffId: STAFF, iban: 'XK051212012345678906', ibanVersion: 2, ...p })).toBe(line);
  });

  it.each([[0n], [-1n]])('refuses a non-positive amount (%s cents)', (netCents) => {
    expect(() => bankRecord(RUN, { staffId: STAFF, iban: 'XK051212012345678906', ibanVersion: 1, fullName: 'X', netCents })).toThrow(
      RangeError,
    );
  });

  it('parses back under its header', () => {
    const text =
      BANK_HEADER +
      bankRecord(RUN, { staffId: STAFF, iban: 'XK051212012345678906', ibanVersion: 3, fullName: '@x', netCents: 98720n }) +
      bankRecord(RUN, { staffId: STAFF, iban: 'XK051212012345678906', ibanVersion: null, fullName: 'Old run', netCents: 100n });
    expect(parse(text, { columns: true })).toEqual([
      { iban: 'XK051212012345678906', name: "'@x", amount: '987.20', reference: 'TERREN-0A1B2C3D-F0E1D2C3B4A54968', iban_version: '3' },
      { iban: 'XK051212012345678906', name: 'Old run', amount: '1.00', reference: 'TERREN-0A1B2C3D-F0E1D2C3B4A54968', iban_version: '' },
    ]);
  });
});

describe('assertReconciles', () => {
  it('passes when equal to the cent', () => {
    expect(() => assertReconciles('file', 254975n, 254975n)).not.toThrow();
  });

  it.each([
    [254976n, 254975n],
    [0n, 1n],
  ])('fails on %s against %s', (written, expected) => {
    expect(() => assertReconciles('file', written, expected)).toThrow(ReconciliationError);
  });

  it('names both totals', () => {
    expect(() => assertReconciles('bank file', 254976n, 254975n)).toThrow(
      'bank file: file total 2549.76 differs from the database total 2549.75',
    );
  });
});
