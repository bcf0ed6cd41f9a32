import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, type ErrorDetail, problem } from '../errors/app-error.js';
import { IMPORT_ROUTE, importTakes, type ImportRouteSpec } from '../tabular/import-route.js';
import { readCsvFile } from '../tabular/read-csv-file.js';
import { sendAs, type TabularFormat } from '../tabular/tabular-import.js';
import { textFault } from '../text/text-fault.js';
import { BODY_SPEC, type BodySpec, CSV_TYPES } from './body.js';
import { charsetOf, hasBody, isJsonType, JsonParseError, mediaType, parseJsonBody, readBody } from './read-body.js';

/** Faults listed at most (a hostile body can hold millions of bad strings). */
const MAX_FAULTS = 20;

/** Every string (and key) of a parsed value that cannot be stored, with its path (`body.rows.2.name`). */
export function findTextFaults(value: unknown, path: string, out: ErrorDetail[] = []): ErrorDetail[] {
  if (out.length >= MAX_FAULTS) return out;
  if (typeof value === 'string') {
    const fault = textFault(value);
    if (fault) out.push(problem(fault, {}, { field: path }));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findTextFaults(v, `${path}.${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const keyFault = textFault(k);
      if (keyFault) out.push(problem(`NAME_${keyFault}`, {}, { field: `${path}.${JSON.stringify(k).slice(1, -1)}` }));
      else findTextFaults(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** A body of a media type the import does not read: a file it cannot read (tabular), or 415 (archive). */
function notTaken(spec: ImportRouteSpec): AppError {
  const tabular = spec.formats.filter((f): f is TabularFormat => f !== 'zip');
  if (tabular.length === 0) return new AppError('UNSUPPORTED_MEDIA_TYPE', `this import reads ${spec.formats.join(' or ')} only`);
  return new AppError('IMPORT_FORMAT', 'the file cannot be read', [sendAs(tabular)]);
}

/**
 * Reads the request body the route declares (src/common/http/body.ts), after the guards: an
 * unauthenticated request never has its body read. Then refuses, for every route, a query,
 * path parameter or JSON body holding text PostgreSQL cannot store (NUL, unpaired
 * surrogates), naming the field, before any pipe or service sees it. On an import route
 * (src/common/tabular/import-route.ts) a body that cannot be read as the import is refused
 * the same way on every such route: 400 IMPORT_FORMAT, or 415 where the route takes an archive.
 */
@Injectable()
export class BodyReaderInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const spec = this.reflector.get<BodySpec | undefined>(BODY_SPEC, context.getHandler());
    const importSpec = this.reflector.get<ImportRouteSpec | undefined>(IMPORT_ROUTE, context.getHandler());
    try {
      (req as { body: unknown }).body = await this.read(spec, req, res);
    } catch (err) {
      // On an import, a body that is not JSON is a file that cannot be read.
      if (importSpec && err instanceof JsonParseError)
        throw importSpec.formats.includes('json') ? new AppError('IMPORT_FORMAT', 'the file is not valid JSON') : notTaken(importSpec);
      throw err;
    }
    const faults = [...findTextFaults(req.params, 'params'), ...findTextFaults(req.query, 'query')];
    if (typeof req.body !== 'string') findTextFaults(req.body, 'body', faults);
    if (faults.length) throw new AppError('VALIDATION_FAILED', 'request validation failed', faults.slice(0, MAX_FAULTS));
    if (importSpec && hasBody(req) && !importTakes(importSpec, mediaType(req), CSV_TYPES, isJsonType)) throw notTaken(importSpec);
    return next.handle();
  }

  /** JSON → parsed value; on upload routes CSV → decoded text; no body or another type → undefined (left unread). */
  private async read(spec: BodySpec | undefined, req: Request, res: Response): Promise<unknown> {
    if (!hasBody(req)) return undefined;
    const type = mediaType(req);
    const limit =
      spec === undefined
        ? this.config.jsonBodyMaxBytes
        : spec.kind === 'json'
          ? spec.maxBytes
          : spec.kind === 'file'
            ? isJsonType(type)
              ? this.config.jsonBodyMaxBytes
              : spec.maxBytes
            : this.config.importMaxBytes;
    const csv = spec?.kind === 'upload' && (CSV_TYPES as readonly string[]).includes(type);
    if (!csv && !isJsonType(type)) {
      // Not read; but an announced body over the limit is refused all the same.
      const declared = req.headers['content-length'];
      if (declared !== undefined && Number(declared) > limit) await readBody(req, res, limit);
      return undefined;
    }
    const charset = charsetOf(req);
    if (!csv && charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `JSON is read as UTF-8 only, not ${charset}`);
    const bytes = await readBody(req, res, limit);
    if (!csv) return parseJsonBody(bytes);
    // The file's own bytes decide its encoding (a charset parameter is often wrong, e.g. curl's).
    const decoded = readCsvFile(bytes);
    if (!decoded.ok) throw new AppError('IMPORT_FORMAT', 'the file cannot be read', decoded.problems);
    return decoded.text;
  }
}
