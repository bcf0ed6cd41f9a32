import { appendFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { buildOpenApiDocument } from '../../src/common/http/openapi/openapi-document.js';

type Json = Record<string, unknown>;
interface MediaObject {
  schema?: Json;
}
interface ResponseObject {
  content?: Record<string, MediaObject>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseObject>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
/** Pages under /api that are not API operations: the description itself and the queue dashboard (HTML). */
const NOT_API = ['/api/docs', '/api/v1/admin/queues'];
/** Header the checked supertest client sets, so the server-side check leaves its responses to it. */
export const CHECKED_HEADER = 'x-terren-openapi-checked';

/**
 * Every response a test receives is checked against the API description the app serves:
 * an operation or status it does not document, a content type it does not list, or a JSON
 * body its schema refuses is a failure. Operations seen are recorded for the coverage figure.
 */
export class OpenApiCheck {
  private readonly routes: { method: string; re: RegExp; op: Operation }[] = [];
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<Json, ValidateFunction>();
  /** Problems of responses that no checked client saw (browser tests): the app's close() throws them. */
  readonly problems: string[] = [];

  constructor(app: INestApplication) {
    addFormats(this.ajv);
    const doc = buildOpenApiDocument(app) as unknown as { paths: Record<string, Record<string, Operation>>; components: Json };
    this.ajv.addSchema({ $id: 'openapi', components: doc.components } as Json);
    for (const [path, item] of Object.entries(doc.paths)) {
      const re = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
      for (const [method, op] of Object.entries(item)) this.routes.push({ method: method.toUpperCase(), re, op });
    }
    // Literal paths before templated ones (/staff/export before /staff/{id}).
    this.routes.sort((a, b) => Number(a.re.source.includes('[^/]+')) - Number(b.re.source.includes('[^/]+')));
  }

  /** A problem with this response, or null. */
  check(method: string, url: string, status: number, contentType: string | undefined, body: unknown): string | null {
    const path = new URL(url, 'http://x').pathname;
    if (!path.startsWith('/api/') || NOT_API.some((prefix) => path.startsWith(prefix))) return null;
    const route = this.routes.find((r) => r.method === method.toUpperCase() && r.re.test(path));
    const where = `${method.toUpperCase()} ${path} → ${status}`;
    if (!route) return status === 404 || status === 405 ? null : `${where}: the API description has no such operation`;
    // 304: the browser's cached copy of a documented 200 is still good (ETag); no body to check.
    if (status === 304 && method.toUpperCase() === 'GET') return null;
    record(route.op.operationId, status);
    const response = route.op.responses[String(status)];
    if (!response) return `${where}: status ${status} is not documented for ${route.op.operationId}`;
    const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const listed = response.content ?? {};
    if (Object.keys(listed).length === 0) {
      if (status === 204) return null;
      return `${where}: ${route.op.operationId} does not describe this answer (declare it with @ApiResponses)`;
    }
    const mediaObject = listed[media];
    if (!mediaObject) return `${where}: content type ${media || '(none)'} is not documented (${Object.keys(listed).join(', ')})`;
    if (media !== 'application/json' || !mediaObject.schema) return null;
    const validate = this.validator(mediaObject.schema);
    if (validate(body)) return null;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`);
    return `${where}: body does not match the documented schema: ${errors.join('; ')}`;
  }

  /** Express middleware for responses no checked client sees (browser tests, raw sockets). */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.headers[CHECKED_HEADER]) return next();
      let body: unknown;
      const json = res.json.bind(res);
      res.json = (value: unknown) => {
        body = value;
        return json(value);
      };
      res.on('finish', () => {
        const problem = this.check(req.method, req.originalUrl, res.statusCode, res.getHeader('content-type') as string | undefined, body);
        if (problem) this.problems.push(problem);
      });
      next();
    };
  }

  private validator(schema: Json): ValidateFunction {
    let v = this.compiled.get(schema);
    if (!v) {
      v = this.ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as Json);
      this.compiled.set(schema, v);
    }
    return v;
  }
}

/** Operations (and statuses) the suite's responses reached, one line per response, for the coverage figure. */
function record(operationId: string, status: number): void {
  const file = process.env.TERREN_OPENAPI_COVERAGE_FILE;
  if (file) appendFileSync(file, `${operationId} ${status}\n`);
}
