import { describe, expect, it } from '@jest/globals';
import { wordNotice } from '../../src/common/i18n/word-notice.js';
import { notice } from '../../src/common/text/notice.js';
import { wordArithmetic } from '../../src/payroll/exports/arithmetic-words.js';
import { chargebackNotice, payLineLabel } from '../../src/payroll/exports/pay-exports.service.js';

const held = {
  lineType: 'HELD',
  unit: 'INDIVIDUAL',
  eaCode: 'PR-0001',
  periodFrom: null,
  periodTo: null,
  description: 'EA PR-0001: individuals — held: …',
};
const charge = {
  lineType: 'CHARGEBACK',
  unit: null,
  eaCode: null,
  periodFrom: null,
  periodTo: null,
  description: 'equipment returned damaged: Power bank serial PB-0042',
};

describe('pay lines worded from what they store', () => {
  it.each([
    ['sq', 'PR-0001: individë, mbajtur nga një shenjë cilësie', 'Pajisje e kthyer e dëmtuar: Power bank, numri serik PB-0042'],
    ['sr-Cyrl', 'PR-0001: појединци, задржано ознаком квалитета', 'Опрема враћена оштећена: Power bank, серијски број PB-0042'],
    ['en', 'PR-0001: individuals, held by a quality flag', 'Equipment returned damaged: Power bank, serial PB-0042'],
  ] as const)('held rows and charge-backs in %s', (locale, heldLabel, chargeLabel) => {
    expect(payLineLabel(held, locale)).toBe(heldLabel);
    expect(payLineLabel(charge, locale)).toBe(chargeLabel);
  });

  it('reads the charge-back description equipment writes, and keeps any other text as stored', () => {
    expect(chargebackNotice('equipment not returned: Tablet 10" serial TB-1')).toEqual(
      notice('CHARGEBACK', { reason: 'NOT_RETURNED', item: 'Tablet 10"', serial: 'TB-1' }),
    );
    expect(payLineLabel({ ...charge, description: 'manual deduction' }, 'sq')).toBe('manual deduction');
  });

  it('words the tax arithmetic on a four-digit base in each language (1,234.50 × 10 % = 123.45)', () => {
    const tax = notice('TAX', { baseAmount: '1234.50', percent: '10.00', result: 'EQUALS', amount: '123.45' });
    expect(wordArithmetic('sq', tax).replace(/\s/g, ' ')).toBe('1 234,50 × 10,00 % = 123,45');
    expect(wordArithmetic('sr-Cyrl', tax)).toBe('1.234,50 × 10,00 % = 123,45');
    expect(wordArithmetic('en', tax)).toBe('1,234.50 × 10.00 % = 123.45');
  });

  it('words money parameters with the currency as the reader writes it', () => {
    const over = notice('DEDUCTIONS_EXCEED_GROSS', { amount: '1234.50' });
    expect(wordNotice('sq', 'block', over).replace(/\s/g, ' ')).toBe('zbritjet e tejkalojnë pagën bruto për 1 234,50 €');
    expect(wordNotice('sr-Cyrl', 'block', over).replace(/\s/g, ' ')).toBe('одбици премашују бруто износ за 1.234,50 €');
    expect(wordNotice('en', 'block', over)).toBe('deductions exceed gross pay by €1,234.50');
  });
});
