import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC, ROLES } from '../../src/auth/principal.js';
import { BODY_SPEC, type BodySpec } from '../../src/common/http/body.js';
import { RESOURCE, type ResourceMeta } from '../../src/common/http/resource.js';
import { IMPORT_ROUTE, type ImportRouteSpec } from '../../src/common/tabular/import-route.js';
import type { Role } from '../../src/generated/prisma/enums.js';

/** One HTTP route of the running application, read from Nest's own metadata. */
export interface RouteInfo {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly controller: string;
  readonly isPublic: boolean;
  readonly roles: readonly Role[] | undefined;
  readonly resource: ResourceMeta | undefined;
  /** Path parameters in order of appearance, e.g. ['id'] for /api/v1/eas/:id. */
  readonly params: readonly string[];
  /** The declared request body (src/common/http/body.ts); undefined: small JSON. */
  readonly body: BodySpec | undefined;
  /** The import declaration (src/common/tabular/import-route.ts): the formats the route reads. */
  readonly importRoute: ImportRouteSpec | undefined;
}

const METHODS: Partial<Record<RequestMethod, RouteInfo['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

const join = (...parts: string[]): string =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

export function listRoutes(app: INestApplication): RouteInfo[] {
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  const seen = new Set<Type>();
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as Type | null;
      if (!ctrl || seen.has(ctrl)) continue;
      seen.add(ctrl);
      const base = (Reflect.getMetadata(PATH_METADATA, ctrl) as string | undefined) ?? '';
      const proto = ctrl.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (sub === undefined || verb === undefined) continue;
        const method = METHODS[verb];
        if (!method) throw new Error(`${ctrl.name}.${name}: unsupported HTTP method ${verb}`);
        const path = join(base, sub);
        routes.push({
          method,
          path,
          controller: `${ctrl.name}.${name}`,
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, ctrl]) ?? false,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES, [handler, ctrl]),
          resource: reflector.getAllAndOverride<ResourceMeta | undefined>(RESOURCE, [handler, ctrl]),
          params: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] as string),
          body: reflector.get<BodySpec | undefined>(BODY_SPEC, handler),
          importRoute: reflector.get<ImportRouteSpec | undefined>(IMPORT_ROUTE, handler),
        });
      }
    }
  }
  return routes.sort((a, b) => (a.path + a.method).localeCompare(b.path + b.method));
}

export const routeKey = (r: Pick<RouteInfo, 'method' | 'path'>): string => `${r.method} ${r.path}`;
