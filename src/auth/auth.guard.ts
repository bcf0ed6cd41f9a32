import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '../generated/prisma/enums.js';
import { AppError } from '../common/errors/app-error.js';
import { AccessTokens } from './access-tokens.js';
import { IS_PUBLIC, type Principal, ROLES } from './principal.js';

export type { TokenClaims } from './access-tokens.js';

/** Global guard: every route needs a valid bearer token of a current user unless marked @Public(); then @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
    if (!match) throw new AppError('UNAUTHENTICATED', 'a bearer token is required');
    const principal = await this.tokens.principalOf(match[1] as string);
    req.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) throw new AppError('FORBIDDEN', `this action needs one of the roles ${roles.join(', ')}`);
    return true;
  }
}
