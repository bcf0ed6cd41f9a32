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
            reason: z.string(),
          }),
        )
        .optional(),
    }),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Error' });
