import { describe, expect, it } from '@jest/globals';
import { wordNotice } from '../../src/common/i18n/word-notice.js';
import { notice } from '../../src/common/text/notice.js';
import { wordArithmetic, wordPayNote } from '../../src/payroll/exports/pay-line-words.js';
import { payLineLabel } from '../../src/payroll/exports/pay-exports.service.js';

const held = {
  lineType: 'HELD',
  unit: 'INDIVIDUAL',
  eaCode: 'PR-0001',
  periodFrom: null,
  periodTo: null,
  description: notice('HELD', { rules: 'ABOVE_EXPECTED,INDIVIDUALS_PER_HOUSEHOLD' }),
};
const charge = {
  lineType: 'CHARGEBACK',
  unit: null,
  eaCode: null,
  periodFrom: null,
  periodTo: null,
  description: notice('CHARGEBACK', { reason: 'DAMAGED', item: 'Power bank', serial: 'PB-0042' }),
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

  it.each([
    [
      'sq',
      'shenjat e cilësisë: mbi të pritshmen, individë për familje',
      'prezenca në trajnim 3 nga 5 ditë, 60,00 € nuk paguhen',
      'tatimi në të ardhura 7,50 % nga 1 234,50 €',
    ],
    [
      'sr-Cyrl',
      'ознаке квалитета: изнад очекиваног, појединци по домаћинству',
      'присуство на обуци 3 од 5 дана, 60,00 € се не исплаћује',
      'порез на доходак 7,50 % од 1.234,50 €',
    ],
    [
      'en',
      'quality flags: above expected, individuals per household',
      'training attendance 3 of 5 days, €60.00 not paid',
      'income tax 7.50 % of €1,234.50',
    ],
  ] as const)('notes in %s', (locale, heldNote, prorated, tax) => {
    const word = (n: Parameters<typeof wordPayNote>[1]) => wordPayNote(locale, n).replace(/\s/g, ' ');
    expect(word(held.description)).toBe(heldNote);
    expect(word(notice('PREP_PRORATED', { attended: 3, trainingDays: 5, notPaidAmount: '60.00' }))).toBe(prorated);
    expect(word(notice('TAX', { percent: '7.50', baseAmount: '1234.50' }))).toBe(tax);
  });

  it('labels a line its kind does not word by its note, a text from before codes as stored', () => {
    const legacy = { ...charge, lineType: 'CHARGEBACK', description: notice('LEGACY_TEXT', { text: 'manual deduction' }) };
    expect(payLineLabel(legacy, 'sq')).toBe('manual deduction');
    expect(payLineLabel({ ...charge, description: null }, 'sq')).toBeNull();
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
