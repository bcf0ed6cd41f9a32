import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.js';
import type { Scope } from '../common/scope/scope.js';

/** The authenticated caller, attached to the request by the auth guard. */
export interface Principal {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly scope: Scope;
}

export const IS_PUBLIC = 'terren:public';
export const ROLES = 'terren:roles';

/** Route needs no token (health, docs, login only). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Route is open to these roles only (default: every signed-in role). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!req.principal) throw new Error('CurrentPrincipal used on a public route');
  return req.principal;
});
