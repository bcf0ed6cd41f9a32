import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { CurrentPrincipal, type Principal, Public, Roles } from './principal.js';
import { JsonBody } from '../common/http/body.js';

/** An e-mail and a password: a few hundred bytes; anything larger is refused unread. */
const LOGIN_BODY_MAX_BYTES = 4 * 1024;

const loginBody = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(512) });
const createUserBody = z.object({
  email: z.email().max(254),
  password: z.string().min(10, 'must be at least 10 characters').max(512),
  role: z.enum(Role),
  municipalityCode: z.string().min(1).max(64).optional(),
});
const updateUserBody = z
  .object({ password: z.string().min(10, 'must be at least 10 characters').max(512).optional(), active: z.boolean().optional() })
  .refine((b) => b.password !== undefined || b.active !== undefined, 'nothing to change');

@ApiTags('auth')
@Controller('api/v1/auth')
@NationalResource()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  @Public()
  @Post('login')
  @JsonBody(LOGIN_BODY_MAX_BYTES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; returns a short-lived bearer token' })
  @ApiBody({ schema: openApiSchema(loginBody) })
  async login(@Body(new ZodPipe(loginBody)) body: z.output<typeof loginBody>, @Req() req: Request) {
    await this.limiter.hit(req.ip ?? 'unknown', body.email);
    return this.auth.login(body.email, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, role and municipality' })
  me(@CurrentPrincipal() p: Principal) {
    return this.auth.me(p);
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
  @ApiOperation({ summary: 'All users (ADMIN)' })
  async list() {
    return { items: await this.auth.listUsers() };
  }

  @Post()
  @ApiOperation({ summary: 'Create a user (ADMIN). MUNICIPALITY users need municipalityCode.' })
  @ApiBody({ schema: openApiSchema(createUserBody) })
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createUserBody)) body: z.output<typeof createUserBody>) {
    return this.auth.createUser(p, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Reset a password or (de)activate a user (ADMIN)' })
  @ApiBody({ schema: openApiSchema(updateUserBody) })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateUserBody)) body: z.output<typeof updateUserBody>,
  ) {
    return this.auth.updateUser(p, id, body);
  }
}
