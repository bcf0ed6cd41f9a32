import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/errors/app-error.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { inTransaction } from '../common/prisma/transaction.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import { Role } from '../generated/prisma/enums.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './domain/password.js';
import type { TokenClaims } from './auth.guard.js';
import type { Principal } from './principal.js';
import { UsersRepository, type UserRecord } from './users.repository.js';

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly municipalityCode?: string | undefined;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
  ) {}

  async login(email: string, password: string): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number; role: Role }> {
    const user = await this.users.findForLogin(email.trim().toLowerCase());
    // Verify against a dummy hash when the account is unknown so both paths cost the same.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !ok || !user.active) throw new AppError('INVALID_CREDENTIALS', 'e-mail or password is wrong');
    const claims: TokenClaims = { sub: user.id, email: user.email, role: user.role, mun: user.municipalityId };
    const accessToken = await this.jwt.signAsync(claims);
    const decoded = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, tokenType: 'Bearer', expiresIn: decoded.exp - decoded.iat, role: user.role };
  }

  async me(p: Principal): Promise<UserRecord & { municipality: { code: string; nameSq: string } | null }> {
    const user = await this.users.findById(p.userId);
    if (!user) throw new AppError('USER_UNKNOWN', 'user not found');
    const municipality = user.municipalityId
      ? await this.prisma.municipality.findUnique({ where: { id: user.municipalityId }, select: { code: true, nameSq: true } })
      : null;
    return { ...user, municipality };
  }

  async createUser(actor: Principal, input: NewUser): Promise<UserRecord> {
    const municipalityId = await this.resolveMunicipality(input.role, input.municipalityCode);
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.prisma, async (tx) => {
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

  async updateUser(actor: Principal, id: string, input: { password?: string; active?: boolean }): Promise<UserRecord> {
    const existing = await this.users.findById(id);
    if (!existing) throw new AppError('USER_UNKNOWN', 'user not found');
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return inTransaction(this.prisma, async (tx) => {
      const user = await this.users.update(tx, id, {
        ...(passwordHash ? { passwordHash } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      });
      await this.audit.record(tx, actorOf(actor), {
        action: 'updated',
        entity: 'User',
        entityIds: [id],
        details: { fields: [...(passwordHash ? ['password'] : []), ...(input.active !== undefined ? ['active'] : [])] },
      });
      return user;
    });
  }

  listUsers(): Promise<UserRecord[]> {
    return this.users.list();
  }

  private async resolveMunicipality(role: Role, code: string | undefined): Promise<string | null> {
    if (role !== Role.MUNICIPALITY) {
      if (code)
        throw new AppError('VALIDATION_FAILED', 'only MUNICIPALITY users are bound to a municipality', [
          { field: 'municipalityCode', reason: 'must be empty for national roles' },
        ]);
      return null;
    }
    if (!code)
      throw new AppError('VALIDATION_FAILED', 'a MUNICIPALITY user needs a municipality', [
        { field: 'municipalityCode', reason: 'is required for role MUNICIPALITY' },
      ]);
    const m = await this.prisma.municipality.findUnique({ where: { code }, select: { id: true } });
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        { field: 'municipalityCode', reason: 'unknown municipality code' },
      ]);
    return m.id;
  }
}
