import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MeResponse, TokenResponse, UserListResponse, UserResponse } from './auth.schemas.js';
import type { Request } from 'express';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal, type Principal, Public, Roles } from './principal.js';
import { JsonBody } from '../common/http/body.js';

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
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'nothing to change');

@ApiTags('auth')
@Controller('api/v1/auth')
@NationalResource()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @JsonBody(LOGIN_BODY_MAX_BYTES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; returns a short-lived bearer token' })
  @ApiResponses({ 200: TokenResponse })
  @ApiErrors('INVALID_CREDENTIALS', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE')
  @ApiBody({ schema: openApiSchema(loginBody) })
  login(@Body(new ZodPipe(loginBody)) body: z.output<typeof loginBody>, @Req() req: Request) {
    return this.auth.login(body.email, body.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, role and municipality' })
  @ApiResponses({ 200: MeResponse })
  @ApiErrors('USER_UNKNOWN')
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
  @ApiResponses({ 200: UserListResponse })
  async list() {
    return { items: await this.auth.listUsers() };
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
