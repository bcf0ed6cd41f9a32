import { describe, expect, it } from '@jest/globals';
import {
  municipalityRow,
  NOT_APPROVED_BANNER,
  personRow,
  runRows,
  sumMunicipalities,
  totalRow,
  type MunicipalityTotals,
  type RunFacts,
} from '../../src/payroll/exports/domain/summary-sheets.js';

const m = (o: Partial<MunicipalityTotals>): MunicipalityTotals => ({
  code: 'prishtine',
  name: 'Prishtinë',
  people: 0,
  blocked: 0,
  grossCents: 0n,
  deductionsCents: 0n,
  netCents: 0n,
  blockedNetCents: 0n,
  ...o,
});

const run: RunFacts = {
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  kind: 'REGULAR',
  status: 'APPROVED',
  scope: 'national',
  tariffVersion: 1,
  tariffName: 'Example',
  currency: 'EUR',
  createdBy: 'finance@demo.terren',
  createdAt: '2023-12-18T09:00:00.000Z',
  computedAt: '2023-12-18T09:01:00.000Z',
  approvedBy: 'finance2@demo.terren',
  approvedAt: '2023-12-19T10:30:00.000Z',
  people: 3,
  blocked: 1,
  grossCents: 257475n,
  deductionsCents: 2500n,
  netCents: 254975n,
};

describe('Municipalities sheet', () => {
  it.each<[string, MunicipalityTotals, (string | number)[]]>([
    [
      'money as numbers from cents',
      m({ people: 4, blocked: 1, grossCents: 257475n, deductionsCents: 2500n, netCents: 254975n, blockedNetCents: 15000n }),
      ['Prishtinë', 4, 1, 2574.75, 25, 2549.75, 150],
    ],
    ['a name that looks like a formula is text', m({ name: '=1+1' }), ["'=1+1", 0, 0, 0, 0, 0, 0]],
  ])('%s', (_label, row, values) => {
    expect(municipalityRow(row)).toEqual(values);
  });

  it('totals in cents, not in floating point: 0.10 + 0.20 = 0.30 exactly', () => {
    const rows = [
      m({ people: 1, grossCents: 10n, netCents: 10n }),
      m({ people: 2, blocked: 1, grossCents: 20n, netCents: 20n, blockedNetCents: 5n }),
    ];
    expect(sumMunicipalities(rows)).toEqual({
      people: 3,
      blocked: 1,
      grossCents: 30n,
      deductionsCents: 0n,
      netCents: 30n,
      blockedNetCents: 5n,
    });
    expect(totalRow(rows)).toEqual(['Total', 3, 1, 0.3, 0, 0.3, 0.05]);
  });
});

describe('People sheet', () => {
  it('formats the IBAN in groups of four and neutralises text', () => {
    expect(
      personRow({
        municipality: 'Prizren',
        name: '@evil',
        iban: 'XK051212012345678906',
        status: 'PAYABLE',
        blockReason: null,
        grossCents: 167880n,
        deductionsCents: 2500n,
        netCents: 165380n,
      }),
    ).toEqual(['Prizren', "'@evil", 'XK05 1212 0123 4567 8906', 'PAYABLE', '', 1678.8, 25, 1653.8, '']);
  });

  it('leaves the IBAN and the payable amounts of a blocked person empty, its net in the not-paid column', () => {
    expect(
      personRow({
        municipality: 'Prizren',
        name: 'Dardan',
        iban: null,
        status: 'BLOCKED',
        blockReason: 'no valid IBAN',
        grossCents: 15000n,
        deductionsCents: 0n,
        netCents: 15000n,
      }),
    ).toEqual(['Prizren', 'Dardan', '', 'BLOCKED', 'no valid IBAN', '', '', '', 150]);
  });
});

describe('Run sheet', () => {
  it('says an approved run is final and who approved it', () => {
    const rows = new Map(runRows(run));
    expect(rows.get('Approval')).toBe('APPROVED - final figures for payment');
    expect(rows.get('Approved by')).toBe('finance2@demo.terren');
    expect(rows.get('Net')).toBe(2549.75);
  });

  it.each(['COMPUTED', 'QUEUED', 'FAILED'])('marks a %s run as a draft, not for payment', (status) => {
    const rows = runRows({ ...run, status, approvedBy: null, approvedAt: null });
    expect(rows[0]).toEqual(['Approval', `${NOT_APPROVED_BANNER} (status ${status})`]);
    expect(new Map(rows).get('Approved by')).toBe('not approved');
  });
});
