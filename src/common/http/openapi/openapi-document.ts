import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { IS_PUBLIC, ROLES } from '../route-access.js';
import { ERROR_STATUS, type ErrorCode } from '../../errors/error-codes.js';
import { ErrorResponse } from '../../errors/error.schemas.js';
import { IMPORT_ROUTE, type ImportRouteSpec } from '../../tabular/import-route.js';
import { BODY_SPEC, type BodySpec } from '../body.js';
import { IdPipe } from '../id.pipe.js';
import { ZodPipe } from '../zod.pipe.js';
import {
  API_BODY_EXAMPLES,
  API_ERRORS,
  API_REQUEST_CONTENT,
  API_RESPONSES,
  FILE,
  isResponseSpec,
  MEDIA,
  type ResponseMap,
} from './api-responses.js';
import { type JsonSchema, toOpenApiSchema } from './json-schema.js';

/** Nest's RouteParamtypes (body, query, param). */
const BODY = 3;
const QUERY = 4;
const PARAM = 5;

const TAGS: Readonly<Record<string, string>> = {};

type Operation = Record<string, unknown> & {
  operationId?: string;
  parameters?: Record<string, unknown>[];
  responses?: Record<string, unknown>;
};
type ArgMeta = { index: number; data?: string; pipes?: unknown[] };

interface RouteInfo {
  readonly controller: Type;
  readonly key: string;
  readonly handler: (...args: unknown[]) => unknown;
}

function routes(app: INestApplication): Map<string, RouteInfo> {
  const out = new Map<string, RouteInfo>();
  for (const mod of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of mod.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        if (key === 'constructor') continue;
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (typeof handler === 'function')
          out.set(`${controller.name}_${key}`, { controller, key, handler: handler as RouteInfo['handler'] });
      }
    }
  }
  return out;
}

const meta = <T>(key: string, route: RouteInfo): T | undefined =>
  (Reflect.getMetadata(key, route.handler) as T | undefined) ?? (Reflect.getMetadata(key, route.controller) as T | undefined);

function zodOf(pipes: unknown[] | undefined): z.ZodType | undefined {
  const pipe = pipes?.find((p): p is ZodPipe<z.ZodType> => p instanceof ZodPipe);
  return pipe?.schema;
}

const errorContent = (codes: readonly ErrorCode[]) => ({
  [MEDIA.json]: {
    schema: { $ref: '#/components/schemas/Error' },
    example: { error: { code: codes[0], message: 'what went wrong, in words' } },
  },
});

/**
 * The API description: Nest's document (paths, operation ids, summaries, tags) completed from
 * what each route declares once: ZodPipe schemas give the path, query and body parameters,
 * @ApiResponses the answers, @Public/@Roles/@ApiErrors the security and the error answers.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const base = new DocumentBuilder()
    .setTitle('terren API')
    .setDescription('Census field operations: geography, field staff, imports, pay, training, equipment and reports.')
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Token from POST /api/v1/auth/login' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const doc = SwaggerModule.createDocument(app, base);
  // OpenAPI 3.1's SPDX `identifier` (the swagger types know only 3.0's `url`).
  const license = { name: 'Proprietary (UNLICENSED): the statistics office that runs terren', identifier: 'LicenseRef-terren-proprietary' };
  doc.info.license = license;
  const components: Record<string, JsonSchema> = {};
  toOpenApiSchema(ErrorResponse, 'output', components);
  const byId = routes(app);
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      const route = op.operationId ? byId.get(op.operationId) : undefined;
      if (!route) continue;
      for (const t of (op.tags as string[] | undefined) ?? []) tags.add(t);
      completeOperation(path, method, op, route, components);
    }
  }
  mergeEquivalentPaths(doc);
  doc.tags = [...tags].sort().map((name) => ({ name, description: TAGS[name] ?? `Routes of ${name}` }));
  doc.components = { ...doc.components, schemas: { ...(doc.components?.schemas ?? {}), ...components } as never };
  return doc;
}

function completeOperation(path: string, method: string, op: Operation, route: RouteInfo, components: Record<string, JsonSchema>): void {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.key) ?? {}) as Record<string, ArgMeta>;
  const isPublic = meta<boolean>(IS_PUBLIC, route) === true;
  const roles = meta<string[]>(ROLES, route);
  let hasIdParam = false;
  const parameters: Record<string, unknown>[] = [];
  let bodySchema: z.ZodType | undefined;
  for (const [key, arg] of Object.entries(args)) {
    const type = Number(key.split(':')[0]);
    const schema = zodOf(arg.pipes);
    if (type === PARAM && arg.data) {
      const isId = arg.pipes?.some((p) => p instanceof IdPipe) ?? false;
      hasIdParam ||= isId || schema !== undefined;
      parameters.push({
        name: arg.data,
        in: 'path',
        required: true,
        schema: isId ? { type: 'string', format: 'uuid' } : schema ? toOpenApiSchema(schema, 'input', components) : { type: 'string' },
      });
    } else if (type === QUERY && schema) {
      const json = toOpenApiSchema(schema, 'input', components) as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        const { description, ...rest } = s as { description?: string };
        parameters.push({
          name,
          in: 'query',
          required: json.required?.includes(name) ?? false,
          schema: rest,
          ...(description ? { description } : {}),
        });
      }
    } else if (type === BODY && schema) {
      bodySchema = schema;
    }
  }
  // Parameters Nest inferred (e.g. from @ApiParam) stay when we know nothing better about them.
  const known = new Set(parameters.map((p) => `${String(p.in)}:${String(p.name)}`));
  const inferred = (op.parameters ?? []).filter((p) => !known.has(`${String(p.in)}:${String(p.name)}`) && p.in !== 'query');
  for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string)) {
    if (!known.has(`path:${name}`) && !inferred.some((p) => p.in === 'path' && p.name === name))
      inferred.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  op.parameters = [...parameters, ...inferred];
  if (op.parameters.length === 0) delete op.parameters;

  const bodySpec = meta<BodySpec>(BODY_SPEC, route);
  const examples = meta<Record<string, unknown>>(API_BODY_EXAMPLES, route);
  const exampleOf = (media: string) => (examples?.[media] === undefined ? {} : { example: examples[media] });
  if (bodySchema) {
    op.requestBody = {
      required: true,
      content: { [MEDIA.json]: { schema: toOpenApiSchema(bodySchema, 'input', components), ...exampleOf(MEDIA.json) } },
    };
  } else if (meta(API_REQUEST_CONTENT, route)) {
    const content: Record<string, unknown> = {};
    for (const [media, schema] of Object.entries(meta<Record<string, z.ZodType | typeof FILE>>(API_REQUEST_CONTENT, route) ?? {}))
      content[media] = { schema: schema === FILE ? { type: 'string' } : toOpenApiSchema(schema, 'input', components), ...exampleOf(media) };
    op.requestBody = { required: true, content };
  } else if (op.requestBody && typeof op.requestBody === 'object') {
    const rb = op.requestBody as { content?: Record<string, { schema?: unknown }> };
    for (const [media, c] of Object.entries(rb.content ?? {})) Object.assign(c, exampleOf(media));
  }

  const successes = meta<ResponseMap>(API_RESPONSES, route);
  const responses: Record<string, unknown> = {};
  if (successes) {
    for (const [status, spec] of Object.entries(successes)) {
      const s = isResponseSpec(spec) ? spec : { content: { [MEDIA.json]: spec } };
      const content: Record<string, unknown> = {};
      for (const [media, schema] of Object.entries(s.content)) {
        content[media] =
          schema === FILE
            ? { schema: media.startsWith('text/') ? { type: 'string' } : { type: 'string', contentMediaType: media } }
            : { schema: toOpenApiSchema(schema, 'output', components), ...(s.example === undefined ? {} : { example: s.example }) };
      }
      responses[status] = { description: s.description ?? 'Success', ...(Object.keys(content).length ? { content } : {}) };
    }
  } else {
    for (const [status, r] of Object.entries(op.responses ?? {})) if (Number(status) < 400) responses[status] = r;
  }

  // Error answers: the generic ones this route can give, plus the codes it declares.
  const codes = new Set<ErrorCode>(['INTERNAL']);
  // Every route refuses NUL and unpaired surrogates in its path and query (400), validated or not.
  codes.add('VALIDATION_FAILED');
  if (!isPublic) codes.add('UNAUTHENTICATED').add('TOKEN_INVALID');
  if (roles?.length) codes.add('FORBIDDEN');
  if (hasIdParam || /\{[^}]+\}/.test(path)) codes.add('NOT_FOUND');
  if (bodySpec || bodySchema || ['post', 'put', 'patch'].includes(method)) codes.add('PAYLOAD_TOO_LARGE').add('UNSUPPORTED_MEDIA_TYPE');
  // Any write can meet a unique key or a concurrent change (Prisma P2002, P2034).
  if (method !== 'get') codes.add('UNIQUE_VIOLATION').add('SERIALIZATION_CONFLICT');
  // An import (src/common/tabular/import-route.ts) answers IMPORT_FORMAT for a body it cannot
  // read; a tabular one IMPORT_INVALID for bad rows (an archive import declares its own 422).
  const importRoute = meta<ImportRouteSpec>(IMPORT_ROUTE, route);
  if (importRoute) codes.add('IMPORT_FORMAT');
  if (importRoute?.formats.some((f) => f !== 'zip')) codes.add('IMPORT_INVALID');
  for (const c of meta<ErrorCode[]>(API_ERRORS, route) ?? []) codes.add(c);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const c of codes) byStatus.set(ERROR_STATUS[c], [...(byStatus.get(ERROR_STATUS[c]) ?? []), c]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: `Error: ${list.join(', ')}`, content: errorContent(list) };
  }
  op.responses = responses;
  if (isPublic) op.security = [];
  else delete op.security;
  if (!op.description && typeof op.summary === 'string') op.description = op.summary;
}

/**
 * OpenAPI forbids two paths that differ only by parameter names (POST /imports/{kind} and
 * GET /imports/{id}): the second one's operations move under the first template, their path
 * parameter renamed (its schema and description still say what it is).
 */
function mergeEquivalentPaths(doc: OpenAPIObject): void {
  const first = new Map<string, string>();
  for (const path of Object.keys(doc.paths)) {
    const shape = path.replace(/\{[^}]+\}/g, '{}');
    const kept = first.get(shape);
    if (!kept) {
      first.set(shape, path);
      continue;
    }
    const keptNames = [...kept.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const target = doc.paths[kept] as Record<string, Operation>;
    for (const [method, op] of Object.entries(doc.paths[path] as Record<string, Operation>)) {
      for (const p of op.parameters ?? []) {
        const i = p.in === 'path' ? names.indexOf(p.name as string) : -1;
        if (i >= 0) p.name = keptNames[i];
      }
      target[method] = op;
    }
    delete doc.paths[path];
  }
}
