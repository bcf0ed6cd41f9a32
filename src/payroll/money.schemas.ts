import { z } from 'zod';

/** Money on the wire: a decimal string with two places ("1103.23", "-12.40"); never a float. */
export const MONEY = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .describe('Decimal string, two places (e.g. "1103.23")');

/** A rate on the wire: a decimal string with four places ("0.3000"). */
export const RATE = z
  .string()
  .regex(/^-?\d+\.\d{4}$/)
  .describe('Decimal string, four places (e.g. "0.3000")');
