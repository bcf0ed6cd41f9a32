import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { zodProblem } from '../errors/zod-problem.js';

/** Validates a body/query/param with a zod schema; every problem is reported with its field. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.output<S> {
    const parsed = this.schema.safeParse(value, { reportInput: true });
    if (parsed.success) return parsed.data;
    // A problem with no path names the parameters at fault (unknown query keys) or the whole input.
    const whole = `(${metadata?.type === 'query' || metadata?.type === 'param' ? metadata.type : 'body'})`;
    throw new AppError(
      'VALIDATION_FAILED',
      'request validation failed',
      parsed.error.issues.map((i) => zodProblem(i, i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(', ') : whole))),
    );
  }
}

/** OpenAPI schema of a zod schema, for @ApiBody / @ApiQuery. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export const uuidParam = z.uuid({ message: 'NOT_UUID' });
export { DATE_ONLY as isoDate } from '../dates/date-only.js';

/** Date-only values travel as YYYY-MM-DD and live as UTC midnight Date objects. */
export const toDate = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
export const fromDate = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);
