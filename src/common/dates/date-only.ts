import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` (surrounding spaces allowed, as people type them). */
export const DATE_ONLY = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'NOT_DATE')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'NOT_CALENDAR_DATE');
