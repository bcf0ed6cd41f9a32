import { describe, expect, it } from '@jest/globals';
import { statementModel } from '../../src/reports/types/statement-model.js';

type Statement = Parameters<typeof statementModel>[0];

const line = (lineType: string, o: Record<string, unknown> = {}) => ({
  id: '1',
  lineType,
  unit: null,
  eaCode: null,
  quantity: 1,
  basis: null,
  rate: '0.0000',
  amount: '0.00',
  periodFrom: null,
  periodTo: null,
  tariffVersion: 1,
  description: null,
  arithmetic: { code: 'AMOUNT_ONLY', params: { lineType, result: 'EQUALS', amount: '0.00' } },
  notPaid: null,
  attendance: null,
  ...o,
});

const statement = {
  payable: false,
  person: { blockReasons: [{ code: 'NO_VALID_IBAN', params: {} }] },
  lines: {
    timeBased: {
      lines: [
        line('SUPERVISOR_MONTH', {
          periodFrom: '2030-10-01',
          periodTo: '2030-10-31',
        }),
      ],
      total: '0.00',
    },
    eas: [],
    deductions: {
      lines: [
        line('TAX', { description: { code: 'TAX', params: { percent: '10.00', baseAmount: '100.00' } } }),
        line('CHARGEBACK', { description: { code: 'CHARGEBACK', params: { reason: 'NOT_RETURNED', item: 'Tablet', serial: 'TB-1' } } }),
      ],
      total: '0.00',
    },
  },
} as unknown as Statement;

describe('the printed statement words each line from what it stores', () => {
  it.each([
    [
      'sq',
      'Paga e mbikëqyrësit, 1 tetor 2030 – 31 tetor 2030',
      'Tatimi në të ardhura',
      'pa IBAN të vlefshëm',
      'Pajisje e pakthyer: Tablet, numri serik TB-1',
    ],
    [
      'sr-Latn',
      'Plata supervizora, 1. oktobar 2030. – 31. oktobar 2030.',
      'Porez na dohodak',
      'nema važeći IBAN',
      'Oprema nije vraćena: Tablet, serijski broj TB-1',
    ],
    [
      'sr-Cyrl',
      'Плата супервизора, 1. октобар 2030. – 31. октобар 2030.',
      'Порез на доходак',
      'нема важећи IBAN',
      'Опрема није враћена: Tablet, серијски број TB-1',
    ],
    [
      'en',
      'Supervisor pay, 1 October 2030 – 31 October 2030',
      'Income tax',
      'no valid IBAN',
      'Equipment not returned: Tablet, serial TB-1',
    ],
  ] as const)('in %s', (lang, month, tax, blocked, chargeback) => {
    const m = statementModel(statement, 'Prishtinë', lang);
    expect(m.lines.timeBased.lines[0]?.description).toBe(month);
    expect(m.lines.deductions.lines.map((l) => l.description)).toEqual([tax, chargeback]);
    expect(m.blockReason).toBe(blocked);
  });
});
