import { notice, type Notice } from '../../src/common/text/notice.js';
import { wordNotice } from '../../src/common/i18n/word-notice.js';
import { LETTER_2023_CALENDAR } from '../../src/census/census.demo.js';
import { describe, expect, it } from '@jest/globals';
import {
  computeChargebacks,
  tariffInForce,
  type ChargeItem,
  type ChargebackTariffVersion,
} from '../../src/equipment/domain/chargebacks.js';

/** The last field-work day of the letter's calendar (seed data, src/census/census.demo.ts). */
const CENSUS_END = LETTER_2023_CALENDAR.fieldworkTo;

const v1: ChargebackTariffVersion = {
  version: 1,
  effectiveFrom: '2023-10-01',
  rates: new Map([
    ['TABLET', { lost: 25000, damaged: 8000 }],
    ['BAG', { lost: 2000, damaged: 0 }],
  ]),
};
const v2: ChargebackTariffVersion = {
  version: 2,
  effectiveFrom: '2023-12-01',
  rates: new Map([['TABLET', { lost: 30000, damaged: 9050 }]]),
};

const item = (o: Partial<ChargeItem>): ChargeItem => ({
  serial: 'TB-0001',
  typeCode: 'TABLET',
  typeName: 'Tablet',
  status: 'ISSUED',
  staffId: 'p1',
  statusDate: '2023-10-16',
  ...o,
});

describe('charge-back tariff version in force', () => {
  it.each([
    ['2023-09-30', null],
    ['2023-10-01', 1],
    ['2023-11-30', 1],
    ['2023-12-01', 2],
    ['2024-06-01', 2],
  ])('on %s → version %p', (day, version) => {
    expect(tariffInForce([v2, v1], day)?.version ?? null).toBe(version);
  });
});

describe('charge-backs per item status and tariff version', () => {
  const notReturned = notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Tablet', serial: 'TB-0001' });
  const damaged = notice('CHARGEBACK', { reason: 'DAMAGED', item: 'Tablet', serial: 'TB-0001' });
  it.each<[string, Partial<ChargeItem>, string, number | null, Notice | null]>([
    // label, item, today, amount (cents), description (a code with the item and serial)
    ['issued during the census: nothing yet', { status: 'ISSUED' }, '2023-12-15', null, null],
    [
      'issued after the census end: LOST amount of the version in force on 15 Dec (v2)',
      { status: 'ISSUED' },
      '2023-12-16',
      30000,
      notReturned,
    ],
    ['lost on 20 Nov: v1 LOST amount', { status: 'LOST', statusDate: '2023-11-20' }, '2023-11-21', 25000, notReturned],
    ['returned damaged on 20 Nov: v1 DAMAGED amount', { status: 'DAMAGED', statusDate: '2023-11-20' }, '2024-01-01', 8000, damaged],
    ['returned damaged on 10 Dec: v2 DAMAGED amount 90.50', { status: 'DAMAGED', statusDate: '2023-12-10' }, '2024-01-01', 9050, damaged],
    ['returned in good condition: nothing', { status: 'RETURNED', staffId: null }, '2024-01-01', null, null],
    [
      'damaged bag with a zero DAMAGED amount: nothing',
      { status: 'DAMAGED', typeCode: 'BAG', serial: 'BG-1', statusDate: '2023-11-01' },
      '2024-01-01',
      null,
      null,
    ],
  ])('%s', (_label, o, today, amount, description) => {
    const { charges } = computeChargebacks([item(o)], [v1, v2], { today, censusEnd: CENSUS_END });
    expect(charges.map((c) => [c.staffId, c.amount, c.description])).toEqual(amount === null ? [] : [['p1', amount, description]]);
  });

  it('reports items it cannot price instead of charging a guess', () => {
    const { charges, unpriced } = computeChargebacks(
      [
        item({ status: 'LOST', typeCode: 'LAPTOP', serial: 'LP-1', statusDate: '2023-11-01' }),
        item({ status: 'LOST', statusDate: '2023-09-01' }),
      ],
      [v1, v2],
      { today: '2024-01-01', censusEnd: CENSUS_END },
    );
    expect(charges).toEqual([]);
    expect(unpriced.map((u) => u.reason)).toEqual([
      { code: 'UNPRICED_NO_AMOUNT', params: { version: 1, typeCode: 'LAPTOP' } },
      { code: 'UNPRICED_NO_TARIFF', params: { day: '2023-09-01' } },
    ]);
    expect(unpriced.map((u) => wordNotice('sq', 'notice', u.reason))).toEqual([
      'versioni 1 i tarifës së ngarkimeve nuk ka shumë për LAPTOP',
      'asnjë tarifë ngarkimi nuk është në fuqi më 1 shtator 2023',
    ]);
    expect(wordNotice('sr-Cyrl', 'notice', unpriced[1]?.reason ?? notice('X'))).toBe(
      'ниједна тарифа задужења није на снази на дан 1. септембар 2023.',
    );
  });
});
