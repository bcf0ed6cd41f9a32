import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { Role } from '../generated/prisma/enums.js';
import { AppError } from '../common/errors/app-error.js';
import { scopeFor } from '../common/scope/scope.js';
import { IS_PUBLIC, type Principal, ROLES } from './principal.js';

export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  mun: string | null;
}

const ROLE_VALUES = new Set<string>(Object.values(Role));

/** Global guard: every route needs a valid bearer token unless marked @Public(); then @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
    if (!match) throw new AppError('UNAUTHENTICATED', 'a bearer token is required');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1] as string);
    } catch {
      throw new AppError('TOKEN_INVALID', 'the token is invalid or expired');
    }
    if (typeof claims.sub !== 'string' || !ROLE_VALUES.has(claims.role))
      throw new AppError('TOKEN_INVALID', 'the token is invalid or expired');
    req.principal = {
      userId: claims.sub,
      email: claims.email,
      role: claims.role,
      municipalityId: claims.mun,
      scope: scopeFor(claims.role, claims.mun),
    };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(claims.role)) throw new AppError('FORBIDDEN', `this action needs one of the roles ${roles.join(', ')}`);
    return true;
  }
}
