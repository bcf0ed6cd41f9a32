import { describe, expect, it } from '@jest/globals';
import { buildLedger, ledgerMismatches, type LedgerRow } from '../../src/payroll/domain/ledger.js';
import { blockReasonText } from '../../src/reports/types/statement-model.js';

const row = (municipalityId: string, status: 'PAYABLE' | 'BLOCKED', people: number, gross: bigint, deductions: bigint): LedgerRow => ({
  municipalityId,
  status,
  people,
  grossCents: gross,
  deductionsCents: deductions,
  netCents: gross - deductions,
});

describe('run ledger', () => {
  // 10 payable people and 1 blocked: the blocked person's 1,278.80 is listed, never in the totals
  const rows = [row('m2', 'PAYABLE', 4, 500_000n, 20_000n), row('m1', 'PAYABLE', 6, 704_330n, 0n), row('m1', 'BLOCKED', 1, 127_880n, 0n)];
  const order = (id: string) => (id === 'm1' ? 1 : 2);

  it('sums payable people only and counts blocked people apart, per municipality in the given order', () => {
    const l = buildLedger(rows, order);
    expect(l.municipalities.map((m) => [m.municipalityId, m.payable, m.blocked, m.netCents, m.blockedNetCents])).toEqual([
      ['m1', 6, 1, 704_330n, 127_880n],
      ['m2', 4, 0, 480_000n, 0n],
    ]);
    // 7,043.30 + 5,000.00 = 12,043.30 gross; − 200.00 = 11,843.30 net
    expect(l.total).toEqual({
      payable: 10,
      blocked: 1,
      grossCents: 1_204_330n,
      deductionsCents: 20_000n,
      netCents: 1_184_330n,
      blockedNetCents: 127_880n,
    });
  });

  it('names every difference from the run’s stored totals', () => {
    const { total } = buildLedger(rows, order);
    const stored = { peopleCount: 10, blockedCount: 1, grossCents: 1_204_330n, deductionsCents: 20_000n, netCents: 1_184_330n };
    expect(ledgerMismatches(total, stored)).toEqual([]);
    expect(ledgerMismatches(total, { ...stored, peopleCount: 11, netCents: 1_312_210n })).toEqual([
      'payable people 10 ≠ 11',
      'net 1184330 ≠ 1312210 cents',
    ]);
  });
});

describe('block reasons (codes) in the document’s language', () => {
  const n = (code: string, params: Record<string, string> = {}) => ({ code, params });
  it.each([
    [[n('NO_VALID_IBAN')], 'sq', 'pa IBAN të vlefshëm'],
    [[n('NO_VALID_IBAN'), n('NO_EA_ASSIGNMENT')], 'sr-Latn', 'nema važeći IBAN; bez dodeljenog popisnog kruga'],
    [[n('OVERPAID', { amount: '5.76' })], 'sq', 'janë paguar 5,76\u00a0€ më shumë se sa i takon; kthimi bëhet jashtë listës së pagave'],
    [
      [n('NO_EA_ASSIGNMENT'), n('DEDUCTIONS_EXCEED_GROSS', { amount: '12.50' })],
      'en',
      'no EA assignment; deductions exceed gross pay by €12.50',
    ],
    [
      [n('LEGACY_TEXT', { text: 'a reason the rules add later' }), n('NO_VALID_IBAN')],
      'sq',
      'a reason the rules add later; pa IBAN të vlefshëm',
    ],
    [[n('NO_CONTRACT')], 'sr-Latn', 'nema potpisan ugovor koji obuhvata plaćeni period'],
    [null, 'sq', ''],
  ] as const)('%j in %s → %j', (stored, lang, text) => {
    expect(blockReasonText(stored, lang)).toBe(text);
  });
});
