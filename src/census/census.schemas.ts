import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { calendarChangeSchema, calendarSchema } from './domain/calendar.js';
import { CensusSettings } from './domain/census-settings.js';

const zone = z
  .string()
  .trim()
  .refine((s) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: s });
      return true;
    } catch {
      return false;
    }
  }, 'NOT_TIME_ZONE');

export const censusCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,40}$/, 'NOT_SLUG');

export const createCensusBody = z.strictObject({
  code: censusCode,
  name: z.string().trim().min(1).max(200),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'NOT_COUNTRY_CODE'),
  languages: z.array(z.string().trim().min(2).max(20)).min(1).max(10),
  timeZone: zone,
  referenceDate: DATE_ONLY,
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'NOT_CURRENCY_CODE')
    .default('EUR'),
  settings: CensusSettings.default({}),
  calendar: calendarSchema,
});

export const updateCensusBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  languages: z.array(z.string().trim().min(2).max(20)).min(1).max(10).optional(),
  timeZone: zone.optional(),
  referenceDate: DATE_ONLY.optional(),
  settings: CensusSettings.optional(),
  /** true closes the census (kept, never a default); false opens it again */
  closed: z.boolean().optional(),
});

export const calendarChangeBody = z.strictObject({
  stages: calendarChangeSchema,
  reason: z.string().trim().min(1).max(2000),
});

export const copyCensusBody = z
  .strictObject({
    code: censusCode,
    name: z.string().trim().min(1).max(200),
    /** whole days to move every date (negative: earlier) */
    shiftDays: z.number().int().min(-3660).max(3660).optional(),
    /** or: the new first day of field work; every date moves by as many days */
    fieldworkFrom: DATE_ONLY.optional(),
  })
  .refine((b) => (b.shiftDays === undefined) !== (b.fieldworkFrom === undefined), {
    message: 'SHIFT_OR_FIELDWORK',
    path: ['shiftDays'],
  });

const payMonth = z.object({ from: z.string(), to: z.string() });
const CalendarView = z.object({
  version: z.number().int(),
  reason: z.string(),
  changedById: z.string().nullable(),
  createdAt: z.string(),
  changed: z.array(z.string()),
  stages: z.record(z.string(), z.union([z.string(), z.array(payMonth)])),
});

export const CensusResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  country: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  referenceDate: z.string(),
  currency: z.string(),
  settings: CensusSettings,
  closedAt: z.string().nullable(),
  calendar: CalendarView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const CensusListResponse = listResponse(CensusResponse, 'CensusList');
export const CalendarVersionsResponse = z.object({
  censusId: z.string(),
  items: z.array(CalendarView),
  total: z.number().int().min(0).describe('Rows matching the filters, across all pages'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});
export const CensusCopyResponse = z.object({
  census: CensusResponse,
  shiftDays: z.number().int(),
  copied: z.object({
    tariffs: z.number().int(),
    trainingEvents: z.number().int(),
    competitions: z.number().int(),
    targets: z.number().int(),
  }),
});
