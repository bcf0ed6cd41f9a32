import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { MessageChannel, MessageStatus, Role } from '../generated/prisma/enums.js';
import { InvitationService } from './invitation.service.js';
import { MessageQueryService } from './message-query.service.js';
import { InvitationOutcomeResponse, MessageListResponse, OutboxResponse, SubjectMessagesResponse } from './messaging.schemas.js';

const sendBody = z
  .object({ channels: z.array(z.enum(MessageChannel)).min(1).max(2).default(['EMAIL', 'SMS']) })
  .default({ channels: ['EMAIL', 'SMS'] });
const messagesQuery = pageParams.extend({ status: z.enum(MessageStatus).optional() });

@ApiTags('messaging')
@ApiBearerAuth()
@Controller('api/v1/training/plans')
@MunicipalResource('trainingplan')
export class PlanInvitationsController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly query: MessageQueryService,
  ) {}

  @Post(':id/invitations')
  @HttpCode(202)
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Send each trainee of the published plan (KKR: of its municipality) their invitation by e-mail and SMS; people already told about the same session are skipped',
  })
  @ApiBody({ schema: openApiSchema(sendBody), required: false })
  @ApiResponses({ 202: InvitationOutcomeResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN', 'TRAINING_PLAN_NOT_PUBLISHED')
  send(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(sendBody)) body: z.output<typeof sendBody>) {
    return this.invitations.send(p, id, body.channels);
  }

  @Get(':id/messages')
  @ApiOperation({ summary: 'Invitations of a plan version with their delivery status (?status=&limit=&cursor=), and counts per status' })
  @ApiResponses({ 200: SubjectMessagesResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN')
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(messagesQuery)) q: z.output<typeof messagesQuery>,
  ) {
    return this.query.forPlan(p, id, q);
  }
}

@ApiTags('messaging')
@ApiBearerAuth()
@Controller('api/v1/staff')
@MunicipalResource('staff')
export class PersonMessagesController {
  constructor(private readonly query: MessageQueryService) {}

  @Get(':id/messages')
  @ApiOperation({ summary: 'Messages to one person (invitations, statements) with their delivery status, newest first (?limit=&cursor=)' })
  @ApiResponses({ 200: MessageListResponse })
  @ApiErrors('STAFF_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return this.query.forStaff(p, id, q);
  }
}

@ApiTags('messaging')
@ApiBearerAuth()
@Controller('api/v1/payroll/runs')
@MunicipalResource('payrun')
export class PayRunMessagesController {
  constructor(private readonly query: MessageQueryService) {}

  @Get(':id/messages')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Statement e-mails of an approved pay run (census opted in) with their delivery status (?status=&limit=&cursor=), and counts per status',
  })
  @ApiResponses({ 200: SubjectMessagesResponse })
  @ApiErrors('PAY_RUN_UNKNOWN')
  list(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(messagesQuery)) q: z.output<typeof messagesQuery>,
  ) {
    return this.query.forRun(p, id, q);
  }
}

@ApiTags('messaging')
@ApiBearerAuth()
@Controller('api/v1/messaging')
@NationalResource()
export class OutboxController {
  constructor(private readonly query: MessageQueryService) {}

  @Get('outbox')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Messages written to the local outbox instead of being sent (no SMTP / SMS gateway configured), newest first' })
  @ApiResponses({ 200: OutboxResponse })
  list(@Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return this.query.outbox(q);
  }
}
