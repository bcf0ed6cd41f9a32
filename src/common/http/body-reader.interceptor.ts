import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import bodyParser from 'body-parser';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, type ErrorDetail } from '../errors/app-error.js';
import { decodeText } from '../tabular/decode-text.js';
import { textFault } from '../text/text-fault.js';
import { BODY_SPEC, type BodySpec, CSV_TYPES } from './body.js';

type Middleware = (req: Request, res: Response, next: (err?: unknown) => void) => void;

/** Faults listed at most (a hostile body can hold millions of bad strings). */
const MAX_FAULTS = 20;

const run = (mw: Middleware, req: Request, res: Response): Promise<void> =>
  new Promise((resolve, reject) => mw(req, res, (err?: unknown) => (err ? reject(err as Error) : resolve())));

/** Every string (and key) of a parsed value that cannot be stored, with its path (`body.rows.2.name`). */
export function findTextFaults(value: unknown, path: string, out: ErrorDetail[] = []): ErrorDetail[] {
  if (out.length >= MAX_FAULTS) return out;
  if (typeof value === 'string') {
    const reason = textFault(value);
    if (reason) out.push({ field: path, reason });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findTextFaults(v, `${path}.${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const keyFault = textFault(k);
      if (keyFault) out.push({ field: `${path}.${JSON.stringify(k).slice(1, -1)}`, reason: `its name ${keyFault}` });
      else findTextFaults(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/**
 * Reads the request body the route declares (src/common/http/body.ts), after the guards: an
 * unauthenticated request never has its body read. Then refuses, for every route, a query,
 * path parameter or JSON body holding text PostgreSQL cannot store (NUL, unpaired
 * surrogates), naming the field, before any pipe or service sees it.
 */
@Injectable()
export class BodyReaderInterceptor implements NestInterceptor {
  private readonly json: Middleware;
  private readonly uploadJson: Middleware;
  private readonly uploadCsv: Middleware;
  private readonly sized = new Map<number, Middleware>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.json = bodyParser.json({ limit: config.jsonBodyMaxBytes }) as Middleware;
    this.uploadJson = bodyParser.json({ limit: config.importMaxBytes }) as Middleware;
    this.uploadCsv = bodyParser.raw({ type: [...CSV_TYPES], limit: config.importMaxBytes }) as Middleware;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const spec = this.reflector.get<BodySpec | undefined>(BODY_SPEC, context.getHandler());
    await this.read(spec, req, res);
    const faults = [...findTextFaults(req.params, 'params'), ...findTextFaults(req.query, 'query')];
    if (!Buffer.isBuffer(req.body) && typeof req.body !== 'string') findTextFaults(req.body, 'body', faults);
    if (faults.length) throw new AppError('VALIDATION_FAILED', 'request validation failed', faults.slice(0, MAX_FAULTS));
    return next.handle();
  }

  private async read(spec: BodySpec | undefined, req: Request, res: Response): Promise<void> {
    if (spec === undefined) return run(this.json, req, res);
    if (spec.kind === 'json') return run(this.sizedJson(spec.maxBytes), req, res);
    await run(this.uploadJson, req, res);
    if (spec.kind === 'bulk-json') return;
    await run(this.uploadCsv, req, res);
    if (Buffer.isBuffer(req.body)) {
      const decoded = decodeText(req.body);
      if (!decoded.ok) throw new AppError('IMPORT_FORMAT', 'the file cannot be read', decoded.problems);
      (req as { body: unknown }).body = decoded.text;
    }
  }

  private sizedJson(maxBytes: number): Middleware {
    let mw = this.sized.get(maxBytes);
    if (!mw) {
      mw = bodyParser.json({ limit: maxBytes }) as Middleware;
      this.sized.set(maxBytes, mw);
    }
    return mw;
  }
}
