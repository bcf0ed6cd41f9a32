import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../../common/http/resource.js';
import { ApiErrors, ApiResponses } from '../../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { SHIFT_TIMES } from '../domain/session-times.js';
import { EventTimesResponse, PlanSessionsResponse, RoomAddressResponse } from '../training.schemas.js';
import { SessionService } from './session.service.js';

const eventTimesBody = z.object({ shiftTimes: SHIFT_TIMES, bringNote: z.string().trim().min(1).max(300).nullable().default(null) });
const roomAddressBody = z.object({
  floor: z.string().trim().min(1).max(50).nullable(),
  directions: z.string().trim().min(1).max(500).nullable(),
});

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/plans')
@MunicipalResource('trainingplan')
export class PlanSessionsController {
  constructor(private readonly sessions: SessionService) {}

  @Get(':id/sessions')
  @ApiOperation({
    summary: 'Sessions of a plan with dates, clock times in the census time zone (and as instants) and address (municipalities: theirs)',
  })
  @ApiResponses({ 200: PlanSessionsResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.sessions.sessionsView(p, id);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/events')
@NationalResource()
export class EventTimesController {
  constructor(private readonly sessions: SessionService) {}

  @Put(':id/session-times')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Clock times of the morning and afternoon shifts of an event (census time zone) and what trainees bring' })
  @ApiBody({ schema: openApiSchema(eventTimesBody) })
  @ApiResponses({ 200: EventTimesResponse })
  @ApiErrors('TRAINING_EVENT_UNKNOWN')
  set(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(eventTimesBody)) body: z.output<typeof eventTimesBody>,
  ) {
    return this.sessions.setEventTimes(p, id, body);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/rooms')
@MunicipalResource('room')
export class RoomAddressController {
  constructor(private readonly sessions: SessionService) {}

  @Put(':id/address')
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'Floor and directions of a room, as invitations print them' })
  @ApiBody({ schema: openApiSchema(roomAddressBody) })
  @ApiResponses({ 200: RoomAddressResponse })
  @ApiErrors('TRAINING_ROOM_UNKNOWN')
  set(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(roomAddressBody)) body: z.output<typeof roomAddressBody>,
  ) {
    return this.sessions.setRoomAddress(p, id, body);
  }
}
