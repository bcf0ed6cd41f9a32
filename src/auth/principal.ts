import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.js';
import type { Scope } from '../common/scope/scope.js';

/** The authenticated caller, attached to the request by the auth guard. */
export interface Principal {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: string | null;
  readonly scope: Scope;
  /** the language the user chose, if any (answers follow it when Accept-Language names none terren speaks) */
  readonly locale?: string | null;
}

export { IS_PUBLIC, Public, ROLES, Roles } from '../common/http/route-access.js';

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!req.principal) throw new Error('CurrentPrincipal used on a public route');
  return req.principal;
});
