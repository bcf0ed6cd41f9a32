import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { MeResponse, MeUpdateBody, RefreshResponse, TokenResponse, UserListResponse, UserResponse } from './auth.schemas.js';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { pageArray, pageParams } from '../common/http/lists.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal, type Principal, Public, Roles } from './principal.js';
import { JsonBody } from '../common/http/body.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { cookieValue } from './domain/refresh-rules.js';
import { type RefreshCookie, SignInSessions } from './sign-in-sessions.js';

/** The console's refresh cookie: HttpOnly, SameSite=Strict, sent only to the sign-in routes. */
export const REFRESH_COOKIE = 'terren_refresh';
const REFRESH_PATH = '/api/v1/auth';

/** An e-mail and a password: a few hundred bytes; anything larger is refused unread. */
const LOGIN_BODY_MAX_BYTES = 4 * 1024;

const loginBody = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(512) });
// Password length and the common-password list are checked by the service (PASSWORD_REJECTED).
const createUserBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(512),
  role: z.enum(Role),
  municipalityCode: z.string().min(1).max(64).optional(),
});
const updateUserBody = z
  .object({
    password: z.string().min(1).max(512).optional(),
    active: z.boolean().optional(),
    role: z.enum(Role).optional(),
    /** null: none (when the role becomes national) */
    municipalityCode: z.string().min(1).max(64).nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'NOTHING_TO_CHANGE');

@ApiTags('auth')
@Controller('api/v1/auth')
@NationalResource()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SignInSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @JsonBody(LOGIN_BODY_MAX_BYTES)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in; returns a short-lived bearer token and sets an HttpOnly refresh cookie that POST /auth/refresh trades for the next one (scripts may ignore it)',
  })
  @ApiResponses({ 200: TokenResponse })
  @ApiErrors('INVALID_CREDENTIALS', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE')
  @ApiBody({ schema: openApiSchema(loginBody) })
  async login(
    @Body(new ZodPipe(loginBody)) body: z.output<typeof loginBody>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { cookie, ...signedIn } = await this.auth.login(
      body.email,
      body.password,
      req.ip ?? req.socket.remoteAddress ?? 'unknown',
      req.get('user-agent') ?? null,
    );
    this.setCookie(req, res, cookie);
    return signedIn;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Trade the refresh cookie for a new access token (and a new cookie); 401 SESSION_ENDED once the sign-in was revoked, idle too long or past its end',
  })
  @ApiResponses({ 200: RefreshResponse })
  @ApiErrors('SESSION_ENDED', 'FORBIDDEN')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    this.assertSameOrigin(req);
    try {
      const { cookie, ...access } = await this.sessions.refresh(
        cookieValue(req.get('cookie'), REFRESH_COOKIE),
        req.get('user-agent') ?? null,
      );
      if (cookie) this.setCookie(req, res, cookie);
      return access;
    } catch (e) {
      if (e instanceof AppError && e.code === 'SESSION_ENDED') this.clearCookie(req, res);
      throw e;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the refresh cookie’s sign-in (every tab) and clears the cookie' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('FORBIDDEN')
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    this.assertSameOrigin(req);
    await this.sessions.end(cookieValue(req.get('cookie'), REFRESH_COOKIE));
    this.clearCookie(req, res);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, role and municipality' })
  @ApiResponses({ 200: MeResponse })
  @ApiErrors('USER_UNKNOWN')
  me(@CurrentPrincipal() p: Principal) {
    return this.auth.me(p);
  }

  @Patch('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Choose the signed-in user’s language (any role); the console saves the reader’s choice here' })
  @ApiResponses({ 200: MeResponse })
  @ApiErrors('USER_UNKNOWN', 'VALIDATION_FAILED')
  @ApiBody({ schema: openApiSchema(MeUpdateBody) })
  updateMe(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(MeUpdateBody)) body: z.output<typeof MeUpdateBody>) {
    return this.auth.setLanguage(p, body.locale);
  }

  private cookieOptions(req: Request) {
    return { httpOnly: true, sameSite: 'strict' as const, secure: req.secure || this.config.nodeEnv === 'production', path: REFRESH_PATH };
  }

  private setCookie(req: Request, res: Response, cookie: RefreshCookie): void {
    res.cookie(REFRESH_COOKIE, cookie.value, { ...this.cookieOptions(req), expires: cookie.expiresAt });
  }

  private clearCookie(req: Request, res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions(req));
  }

  /** SameSite=Strict keeps other sites' requests from carrying the cookie; a foreign Origin is refused as well. */
  private assertSameOrigin(req: Request): void {
    const origin = req.get('origin');
    if (origin === undefined) return;
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.get('host')) throw new AppError('FORBIDDEN', 'cross-origin requests may not refresh or end a sign-in');
  }
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/users')
@NationalResource()
@Roles(Role.ADMIN)
export class UsersController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @ApiOperation({ summary: 'All users by e-mail (ADMIN; ?limit=&cursor=)' })
  @ApiResponses({ 200: UserListResponse })
  async list(@Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return pageArray(await this.auth.listUsers(), q);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user (ADMIN). MUNICIPALITY users need municipalityCode.' })
  @ApiResponses({ 201: UserResponse })
  @ApiErrors('PASSWORD_REJECTED', 'MUNICIPALITY_UNKNOWN', 'VALIDATION_FAILED')
  @ApiBody({ schema: openApiSchema(createUserBody) })
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createUserBody)) body: z.output<typeof createUserBody>) {
    return this.auth.createUser(p, body);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Reset a password, (de)activate a user or change their role or municipality (ADMIN); revokes their tokens except on activation',
  })
  @ApiResponses({ 200: UserResponse })
  @ApiErrors('USER_UNKNOWN', 'PASSWORD_REJECTED', 'MUNICIPALITY_UNKNOWN', 'LAST_ADMIN')
  @ApiBody({ schema: openApiSchema(updateUserBody) })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateUserBody)) body: z.output<typeof updateUserBody>,
  ) {
    return this.auth.updateUser(p, id, body);
  }
}
