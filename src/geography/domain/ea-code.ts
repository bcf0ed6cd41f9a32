import { z } from 'zod';

/** EA codes are unique nationally; letters, digits, '-', '_' and '.', 1–32 characters, stored upper-case. */
export const EA_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const EA_CODE = z
  .string()
  .trim()
  .regex(EA_CODE_PATTERN, 'EA_CODE_FORM')
  .transform((s) => s.toUpperCase());
