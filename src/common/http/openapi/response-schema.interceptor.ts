import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import { zodProblem } from '../../errors/zod-problem.js';
import { API_RESPONSES, isResponseSpec, MEDIA, type ResponseMap } from './api-responses.js';

/** The JSON schema a route declared for this status, if any. */
export function jsonSchemaFor(responses: ResponseMap | undefined, status: number): z.ZodType | undefined {
  const spec = responses?.[status];
  if (spec === undefined) return undefined;
  if (!isResponseSpec(spec)) return spec;
  const json = spec.content[MEDIA.json];
  return json === undefined || typeof json === 'string' ? undefined : json;
}

/**
 * Serialises a route's JSON answer through the schema it declared with @ApiResponses: the
 * client gets exactly the documented shape (unknown fields stripped, so nothing leaks by
 * accident). The value is first turned into JSON (dates become ISO strings) so the schema
 * describes the wire, not the service's objects. A value the schema refuses is a server fault.
 */
@Injectable()
export class ResponseSchemaInterceptor implements NestInterceptor {
  private readonly logger = new Logger('responses');

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const responses = this.reflector.get<ResponseMap | undefined>(API_RESPONSES, context.getHandler());
    if (context.getType() !== 'http' || !responses) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((value: unknown) => {
        if (value === undefined || value instanceof StreamableFile || Buffer.isBuffer(value)) return value;
        const schema = jsonSchemaFor(responses, res.statusCode);
        if (!schema) return value;
        const wire: unknown = JSON.parse(JSON.stringify(value));
        const parsed = schema.safeParse(wire);
        if (parsed.success) return parsed.data;
        this.logger.error(
          { route: context.getHandler().name, issues: parsed.error.issues.slice(0, 5) },
          'response does not match its schema',
        );
        throw new AppError(
          'INTERNAL',
          'response does not match its schema',
          parsed.error.issues.slice(0, 5).map((i) => zodProblem(i, i.path.join('.') || '(response)')),
        );
      }),
    );
  }
}
