import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

const CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** The one error body of the API (see AppExceptionFilter). */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(CODES).describe('Stable code; clients match on it, never on the message'),
      message: z.string(),
      details: z
        .array(
          z.object({
            row: z.number().int().min(1).optional().describe('1-based line of the source file'),
            field: z.string().optional(),
            code: z.string().optional().describe('Stable code of the problem, e.g. REQUIRED, UNKNOWN_EA'),
            params: z
              .record(z.string(), z.union([z.string(), z.number()]))
              .optional()
              .describe('Parameters of the code: counts as numbers, days as YYYY-MM-DD, money as decimal strings'),
            reason: z.string().describe("The problem worded in the caller's language"),
          }),
        )
        .optional(),
    }),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Error' });
