import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AuthController, UsersController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AccessTokens } from './access-tokens.js';
import { AuthService } from './auth.service.js';
import { resolveSigningSecret } from './signing-secret.js';
import { UserAccessCache } from './user-access-cache.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { UsersRepository } from './users.repository.js';
import { SignInSessions } from './sign-in-sessions.js';
import { SignInSessionsRepository } from './sign-in-sessions.repository.js';

@Module({
  imports: [
    AuditModule,
    GeographyModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => ({
        secret: await resolveSigningSecret(config),
        signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256', issuer: 'terren', audience: 'terren-api' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'terren', audience: 'terren-api' },
      }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    SignInSessions,
    SignInSessionsRepository,
    UsersRepository,
    UserAccessCache,
    AccessTokens,
    LoginRateLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersRepository, AccessTokens],
})
export class AuthModule {}
