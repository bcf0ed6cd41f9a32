import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { GeographyRepository } from '../geography/geography.repository.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import { Role } from '../generated/prisma/enums.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './domain/password.js';
import { AccessTokens } from './access-tokens.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { type RefreshCookie, SignInSessions } from './sign-in-sessions.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { Principal } from './principal.js';
import { UserAccessCache } from './user-access-cache.js';
import { UsersRepository, type UserRecord } from './users.repository.js';

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly municipalityCode?: string | undefined;
}

export interface UserChange {
  readonly password?: string | undefined;
  readonly active?: boolean | undefined;
  readonly role?: Role | undefined;
  /** null: no municipality (national roles) */
  readonly municipalityCode?: string | null | undefined;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: AccessTokens,
    private readonly access: UserAccessCache,
    private readonly limiter: LoginRateLimiter,
    private readonly sessions: SignInSessions,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly geography: GeographyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `clientAddress`: the request's address as Express determines it (trust proxy: loopback). */
  async login(
    email: string,
    password: string,
    clientAddress: string,
    userAgent: string | null = null,
  ): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number; role: Role; sessionExpiresAt: string; cookie: RefreshCookie }> {
    const normalized = email.trim().toLowerCase();
    await this.limiter.beforeAttempt(clientAddress, normalized);
    const user = await this.users.findForLogin(normalized);
    // Verify against a dummy hash when the account is unknown so both paths cost the same.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || !user.active) {
      await this.limiter.failed(clientAddress, normalized);
      throw new AppError('INVALID_CREDENTIALS', 'e-mail or password is wrong');
    }
    await this.limiter.succeeded(clientAddress, normalized);
    if (needsRehash(user.passwordHash)) await this.users.upgradePasswordHash(user.id, user.passwordHash, await hashPassword(password));
    const accessToken = await this.tokens.issue(user);
    const session = await this.sessions.start(user, userAgent);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.jwtTtlSeconds,
      role: user.role,
      sessionExpiresAt: session.sessionExpiresAt.toISOString(),
      cookie: session.cookie,
    };
  }

  async me(p: Principal): Promise<UserRecord & { municipality: { code: string; nameSq: string } | null }> {
    const user = await this.users.findById(p.userId);
    if (!user) throw new AppError('USER_UNKNOWN', 'user not found');
    const m = user.municipalityId ? await this.geography.municipalityById(user.municipalityId) : null;
    return { ...user, municipality: m && { code: m.code, nameSq: m.nameSq } };
  }

  /** The signed-in user's choice of language (null: none); their tokens stay valid. */
  async setLanguage(p: Principal, locale: string | null): ReturnType<AuthService['me']> {
    await this.transactions.run((tx) => this.users.setLocale(tx, p.userId, locale));
    this.access.forget(p.userId);
    return this.me(p);
  }

  async createUser(actor: Principal, input: NewUser): Promise<UserRecord> {
    await assertAcceptablePassword(input.password, { email: input.email });
    const municipalityId = await this.resolveMunicipality(input.role, input.municipalityCode);
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async (tx) => {
      const user = await this.users.create(tx, { email: input.email.toLowerCase(), passwordHash, role: input.role, municipalityId });
      await this.audit.record(tx, actorOf(actor), {
        action: 'created',
        entity: 'User',
        entityIds: [user.id],
        municipalityId,
        details: { role: user.role },
      });
      return user;
    });
  }

  /**
   * Reset a password, (de)activate, or change role or municipality. Every change but activation
   * revokes the user's tokens at once; no change may leave the service without an active ADMIN.
   */
  async updateUser(actor: Principal, id: string, input: UserChange): Promise<UserRecord> {
    const existing = await this.users.findById(id);
    if (!existing) throw new AppError('USER_UNKNOWN', 'user not found');
    if (input.password !== undefined) await assertAcceptablePassword(input.password, { email: existing.email });
    const role = input.role ?? existing.role;
    const municipalityId =
      input.role === undefined && input.municipalityCode === undefined
        ? existing.municipalityId
        : role === Role.MUNICIPALITY && input.municipalityCode === undefined && existing.municipalityId !== null
          ? existing.municipalityId
          : await this.resolveMunicipality(role, input.municipalityCode ?? undefined);
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
    const fields = [
      ...(passwordHash ? ['password'] : []),
      ...(input.active !== undefined && input.active !== existing.active ? ['active'] : []),
      ...(role !== existing.role ? ['role'] : []),
      ...(municipalityId !== existing.municipalityId ? ['municipality'] : []),
    ];
    const revokeTokens = fields.some((f) => f !== 'active') || (fields.includes('active') && input.active === false);
    const mayRemoveAdmin = input.active === false || (input.role !== undefined && input.role !== Role.ADMIN);
    const user = await this.transactions.run(async (tx) => {
      if (mayRemoveAdmin) {
        const admins = await this.users.lockActiveAdmins(tx);
        if (admins.includes(id) && admins.length === 1) {
          throw new AppError(
            'LAST_ADMIN',
            'this is the last active administrator: it cannot be deactivated or lose the ADMIN role; make another user ADMIN first',
            [problem('NO_ADMIN_LEFT', {}, { field: input.active === false ? 'active' : 'role' })],
          );
        }
      }
      const updated = await this.users.update(
        tx,
        id,
        {
          ...(passwordHash ? { passwordHash } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(role !== existing.role ? { role } : {}),
          ...(municipalityId !== existing.municipalityId ? { municipalityId } : {}),
        },
        revokeTokens,
      );
      await this.audit.record(tx, actorOf(actor), {
        action: 'updated',
        entity: 'User',
        entityIds: [id],
        details: { fields, tokensRevoked: revokeTokens, ...(role !== existing.role ? { role } : {}) },
      });
      return updated;
    });
    // This node refuses the old tokens from now on; other nodes within AUTH_CACHE_SECONDS.
    this.access.forget(id);
    return user;
  }

  listUsers(): Promise<UserRecord[]> {
    return this.users.list();
  }

  private async resolveMunicipality(role: Role, code: string | undefined): Promise<string | null> {
    if (role !== Role.MUNICIPALITY) {
      if (code)
        throw new AppError('VALIDATION_FAILED', 'only MUNICIPALITY users are bound to a municipality', [
          problem('MUST_BE_EMPTY_NATIONAL', {}, { field: 'municipalityCode' }),
        ]);
      return null;
    }
    if (!code)
      throw new AppError('VALIDATION_FAILED', 'a MUNICIPALITY user needs a municipality', [
        problem('REQUIRED_FOR_ROLE', { role: Role.MUNICIPALITY }, { field: 'municipalityCode' }),
      ]);
    const m = await this.geography.municipalityByCode(code);
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        problem('MUNICIPALITY_UNKNOWN', { code }, { field: 'municipalityCode' }),
      ]);
    return m.id;
  }
}
