import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { AuditService } from '../audit/audit.service.js';
import { AccessTokens } from './access-tokens.js';
import { judgeRefresh, nextIdleExpiry, parseRefreshValue } from './domain/refresh-rules.js';
import { SignInSessionsRepository } from './sign-in-sessions.repository.js';
import { type UserAccess, UsersRepository } from './users.repository.js';

export interface RefreshCookie {
  readonly value: string;
  /** when the browser should drop it: the family's end */
  readonly expiresAt: Date;
}

export interface RefreshedAccess {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  /** when the sign-in ends unless refreshed again (the idle window), ISO */
  readonly sessionExpiresAt: string;
  /** a new cookie, or null when the browser keeps the one it has (a raced rotation) */
  readonly cookie: RefreshCookie | null;
}

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const ended = (): AppError => new AppError('SESSION_ENDED', 'the sign-in has ended; sign in again');

/**
 * Sign-ins that outlive one access token. Signing in starts a family of refresh links; the
 * console trades its HttpOnly cookie for a fresh access token before the old one expires, each
 * trade rotating the link and sliding the idle window (SESSION_IDLE_MINUTES) up to the family's
 * end (SESSION_MAX_HOURS). Signing out, deactivation and any revocation of the user's tokens end
 * the family; a rotated link presented again after the grace period revokes it (a copied cookie).
 */
@Injectable()
export class SignInSessions {
  private readonly logger = new Logger('sign-in-sessions');

  constructor(
    private readonly links: SignInSessionsRepository,
    private readonly tokens: AccessTokens,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new family for a user who has just proven their password. */
  async start(user: UserAccess, userAgent: string | null, now = new Date()): Promise<{ cookie: RefreshCookie; sessionExpiresAt: Date }> {
    const familyExpiresAt = new Date(now.getTime() + this.config.session.maxHours * 3_600_000);
    const idleExpiresAt = nextIdleExpiry(now, this.config.session.idleMinutes * 60_000, familyExpiresAt);
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await this.links.deleteEnded(user.id, new Date(now.getTime() - 86_400_000));
    await this.links.insert(null, {
      id,
      userId: user.id,
      familyId: id,
      secretHash: hashOf(secret),
      tokenVersion: user.tokenVersion,
      idleExpiresAt,
      familyExpiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { cookie: { value: `${id}.${secret}`, expiresAt: familyExpiresAt }, sessionExpiresAt: idleExpiresAt };
  }

  /** Trade a cookie for an access token (and, normally, a new cookie). */
  async refresh(cookieValue: string | undefined, userAgent: string | null, now = new Date()): Promise<RefreshedAccess> {
    const parsed = parseRefreshValue(cookieValue);
    if (!parsed) throw ended();
    const link = await this.links.find(parsed.id);
    if (!link || !timingSafeEqual(Buffer.from(link.secretHash, 'hex'), Buffer.from(hashOf(parsed.secret), 'hex'))) throw ended();
    const user = await this.users.findAccess(link.userId);
    const verdict = judgeRefresh(link, user, now);
    if (verdict === 'REUSED') {
      await this.links.revokeFamily(link.familyId, now);
      await this.transactions.run((tx) =>
        this.audit.record(
          tx,
          { userId: link.userId, email: user?.email ?? null },
          {
            action: 'revoked',
            entity: 'SignInSession',
            entityIds: [link.familyId],
            details: { reason: 'ROTATED_LINK_REUSED' },
          },
        ),
      );
      this.logger.warn(
        { familyId: link.familyId, userId: link.userId },
        'a rotated refresh cookie was presented again; the sign-in is revoked',
      );
      throw ended();
    }
    if (verdict === 'ENDED' || !user) throw ended();
    const expiresIn = this.config.jwtTtlSeconds;
    if (verdict === 'GRACE') {
      return {
        accessToken: await this.tokens.issue(user),
        tokenType: 'Bearer',
        expiresIn,
        sessionExpiresAt: link.idleExpiresAt.toISOString(),
        cookie: null,
      };
    }
    const idleExpiresAt = nextIdleExpiry(now, this.config.session.idleMinutes * 60_000, link.familyExpiresAt);
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    const rotated = await this.transactions.run(async (tx) => {
      if (!(await this.links.markRotated(tx, link.id, now))) return false;
      await this.links.insert(tx, {
        id,
        userId: link.userId,
        familyId: link.familyId,
        secretHash: hashOf(secret),
        tokenVersion: link.tokenVersion,
        idleExpiresAt,
        familyExpiresAt: link.familyExpiresAt,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      return true;
    });
    const accessToken = await this.tokens.issue(user);
    if (!rotated) {
      // another request rotated this link a moment ago: the same as the grace case
      return { accessToken, tokenType: 'Bearer', expiresIn, sessionExpiresAt: idleExpiresAt.toISOString(), cookie: null };
    }
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn,
      sessionExpiresAt: idleExpiresAt.toISOString(),
      cookie: { value: `${id}.${secret}`, expiresAt: link.familyExpiresAt },
    };
  }

  /** Sign out: the cookie's whole family ends. Unknown or malformed cookies are ignored. */
  async end(cookieValue: string | undefined, now = new Date()): Promise<void> {
    const parsed = parseRefreshValue(cookieValue);
    if (!parsed) return;
    const link = await this.links.find(parsed.id);
    if (!link || !timingSafeEqual(Buffer.from(link.secretHash, 'hex'), Buffer.from(hashOf(parsed.secret), 'hex'))) return;
    await this.links.revokeFamily(link.familyId, now);
  }
}
