import { describe, expect, it } from '@jest/globals';
import { makeIban } from '../../src/staff/domain/iban.js';
import { maskIban } from '../../src/staff/domain/iban-mask.js';

describe('maskIban', () => {
  it.each([
    ['Kosovo, 20 characters', 'XK051212012345671234', 'XK05 **** **** **** 1234'],
    ['Germany, 22 characters', 'DE89370400440532013000', 'DE89 **** **** **** **30 00'],
    ['Norway, 15 characters', 'NO9386011117947', 'NO93 **** ***7 947'],
  ])('%s', (_label, iban, masked) => {
    expect(maskIban(iban)).toBe(masked);
  });

  it('never shows more than country, check digits and the last four characters', () => {
    const iban = makeIban('XK', '1212987654321098');
    const visible = maskIban(iban).replace(/[\s*]/g, '');
    expect(visible).toBe(iban.slice(0, 4) + iban.slice(-4));
  });
});
