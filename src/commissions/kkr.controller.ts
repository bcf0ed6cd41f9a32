import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { KkrService } from './kkr.service.js';
import {
  codeParam,
  KkrConfirmationListResponse,
  KkrConfirmedResponse,
  KkrMemberListResponse,
  confirmationsQuery,
  replaceBody,
} from './kkr.schemas.js';

@ApiTags('municipal census commissions')
@ApiBearerAuth()
@Controller('api/v1/municipalities')
@MunicipalResource('municipality')
export class KkrController {
  constructor(private readonly kkr: KkrService) {}

  @Get(':code/kkr-members')
  @ApiOperation({ summary: 'The KKR member list of a municipality (Table 1 of the letter), in position order' })
  @ApiResponses({ 200: KkrMemberListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.kkr.list(p, code);
  }

  @Put(':code/kkr-members')
  @Roles(Role.ADMIN, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Replace the KKR member list (ADMIN, MUNICIPALITY for its own)',
    description:
      '1–11 members; at most one CHAIR, exactly one DEPUTY_CHAIR; exactly two contact persons: the deputy chair and a municipal staff member. ' +
      'Positions are 1..n in list order. Rule problems answer 422 KKR_RULES_VIOLATED with every problem, each with `row` = position and `field`.',
  })
  @ApiBody({ schema: openApiSchema(replaceBody) })
  @ApiResponses({ 200: KkrMemberListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'KKR_RULES_VIOLATED')
  replace(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(replaceBody)) body: z.output<typeof replaceBody>,
  ) {
    return this.kkr.replace(p, code, body.members);
  }

  @Post(':code/kkr-members/confirm')
  @HttpCode(201)
  @Roles(Role.ADMIN, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Confirm the current KKR member list (ADMIN, MUNICIPALITY for its own)',
    description:
      'Checks the stored list against the rules again (422 KKR_RULES_VIOLATED with every problem otherwise) and records a new confirmation version with a snapshot of the list, who confirmed it and when.',
  })
  @ApiResponses({ 201: KkrConfirmedResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'KKR_RULES_VIOLATED')
  confirm(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.kkr.confirm(p, code);
  }

  @Get(':code/kkr-confirmations')
  @ApiOperation({ summary: 'Confirmations of the KKR member list, newest first (who confirmed which version, when)' })
  @ApiResponses({ 200: KkrConfirmationListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  confirmations(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Query(new ZodPipe(confirmationsQuery)) q: z.output<typeof confirmationsQuery>,
  ) {
    return this.kkr.confirmations(p, code, q);
  }
}
