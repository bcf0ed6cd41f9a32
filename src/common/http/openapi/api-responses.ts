import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import type { ErrorCode } from '../../errors/error-codes.js';

/**
 * What a route answers, declared once next to the route: the document describes it and
 * {@link ResponseSchemaInterceptor} serialises the JSON body through the same zod schema
 * (unknown fields stripped). See "Documenting a route" in docs/api.md.
 */
export const API_RESPONSES = 'terren:api-responses';
export const API_ERRORS = 'terren:api-errors';

export const MEDIA = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xml: 'application/xml',
  text: 'text/plain',
} as const;

/** A file body (CSV, XLSX, PDF, ZIP) described by its media type only. */
export const FILE = 'file' as const;

export interface ResponseSpec {
  readonly description?: string;
  /** Media type to a zod schema (JSON) or FILE (a download). */
  readonly content: Readonly<Record<string, z.ZodType | typeof FILE>>;
  /** An example of the JSON body (shown by documentation tools). */
  readonly example?: unknown;
}

/** 204 and other empty answers. */
export const NO_CONTENT: ResponseSpec = { description: 'No content', content: {} };

export type ResponseMap = Readonly<Record<number, z.ZodType | ResponseSpec>>;

export const isResponseSpec = (v: z.ZodType | ResponseSpec): v is ResponseSpec => typeof (v as ResponseSpec).content === 'object';

/** `@ApiResponses({ 200: StaffResponse })`: success answers of a route, by status. */
export const ApiResponses = (map: ResponseMap): MethodDecorator => applyDecorators(SetMetadata(API_RESPONSES, map));

/**
 * Error codes this route can answer besides the generic ones every route has (validation,
 * authentication, roles, not found, rate limit, internal): their statuses come from ERROR_STATUS.
 */
export const ApiErrors = (...codes: ErrorCode[]): MethodDecorator & ClassDecorator => SetMetadata(API_ERRORS, codes);

/**
 * The request body by media type, for routes that read it without a ZodPipe (uploads):
 * `@ApiRequestContent({ 'application/json': RowsSchema, 'text/csv': FILE })`.
 */
export const API_REQUEST_CONTENT = 'terren:api-request-content';
export const ApiRequestContent = (content: Readonly<Record<string, z.ZodType | typeof FILE>>): MethodDecorator =>
  SetMetadata(API_REQUEST_CONTENT, content);

/** An example request body for the document (imports, main writes). */
export const API_BODY_EXAMPLES = 'terren:api-body-examples';
export const ApiBodyExamples = (examples: Readonly<Record<string, unknown>>): MethodDecorator => SetMetadata(API_BODY_EXAMPLES, examples);
