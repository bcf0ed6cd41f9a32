import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '../generated/prisma/enums.js';
import { AppError } from '../common/errors/app-error.js';
import { scopeFor } from '../common/scope/scope.js';
import type { Principal } from './principal.js';
import { UserAccessCache } from './user-access-cache.js';
import type { UserAccess } from './users.repository.js';

export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  mun: string | null;
  /** the user's token version when the token was issued */
  ver: number;
}

const ROLE_VALUES = new Set<string>(Object.values(Role));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalid = (): AppError => new AppError('TOKEN_INVALID', 'the token is invalid or expired');

/**
 * Issues bearer tokens and turns one back into a {@link Principal}. A token is accepted only if
 * its signature, issuer, audience and expiry hold and its user still exists, is active and has
 * the token version the token was issued under (deactivation, password reset and role or
 * municipality changes raise it). Role and municipality come from the user, not the token.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserAccessCache,
  ) {}

  issue(user: UserAccess, opts: { audience?: string; expiresIn?: number } = {}): Promise<string> {
    const claims: TokenClaims = { sub: user.id, email: user.email, role: user.role, mun: user.municipalityId, ver: user.tokenVersion };
    return this.jwt.signAsync(claims, opts);
  }

  /** Issue a token of another audience (e.g. the queue dashboard) for a signed-in user. */
  async issueFor(userId: string, opts: { audience: string; expiresIn: number }): Promise<string> {
    const user = await this.users.get(userId);
    if (!user || !user.active) throw invalid();
    return this.issue(user, opts);
  }

  async principalOf(token: string, opts: { audience?: string } = {}): Promise<Principal> {
    let claims: Partial<TokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, opts);
    } catch {
      throw invalid();
    }
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || !Number.isInteger(claims.ver) || !ROLE_VALUES.has(claims.role ?? ''))
      throw invalid();
    const user = await this.users.get(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.ver) throw invalid();
    return {
      userId: user.id,
      email: user.email,
      role: user.role,
      municipalityId: user.municipalityId,
      scope: scopeFor(user.role, user.municipalityId),
      locale: user.locale,
    };
  }
}
