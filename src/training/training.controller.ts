import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../common/http/resource.js';
import { openApiSchema, pageQuery, ZodPipe } from '../common/http/zod.pipe.js';
import { Role, TrainingEventKind } from '../generated/prisma/enums.js';
import { TrainingService } from './training.service.js';

const eventBody = z.object({
  kind: z.enum(TrainingEventKind),
  name: z.string().trim().min(1).max(200).optional(),
  startDate: DATE_ONLY,
  endDate: DATE_ONLY,
  regionCode: z.string().trim().min(1).max(64).nullish(),
  hostRoomId: z.uuid().nullish(),
  noticeDate: DATE_ONLY.nullish(),
  maxClassSize: z.number().int().optional(),
});
const eventPatch = eventBody
  .omit({ kind: true })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
const eventsQuery = z.object({ kind: z.enum(TrainingEventKind).optional() });
const generateBody = z.object({
  municipalityCode: z.string().trim().min(1).max(64).optional(),
  maxClassSize: z.number().int().optional(),
  allowSecondShift: z.boolean().optional(),
});
const plansQuery = pageQuery.extend({ event: z.uuid().optional(), municipality: z.string().max(64).optional() });
const sessionQuery = z.object({ eventKind: z.enum(TrainingEventKind).default(TrainingEventKind.ENUMERATORS) });

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training')
@NationalResource()
export class TrainingEventController {
  constructor(private readonly training: TrainingService) {}

  @Get('events')
  @ApiOperation({ summary: 'Training events (dates of the letter unless changed); KKR events warn when the room notice is late' })
  list(@Query(new ZodPipe(eventsQuery)) q: z.output<typeof eventsQuery>) {
    return this.training.listEvents(q.kind);
  }

  @Get('events/:id')
  @ApiOperation({ summary: 'One training event' })
  get(@Param('id', IdPipe) id: string) {
    return this.training.getEvent(id);
  }

  @Post('events')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Create a training event (ADMIN, LOGISTICS); maxClassSize 25–30, default 30' })
  @ApiBody({ schema: openApiSchema(eventBody) })
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(eventBody)) body: z.output<typeof eventBody>) {
    return this.training.createEvent(p, body);
  }

  @Post('events/defaults')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Create the letter’s events where missing: KKR per region 2023-10-06, supervisors 9–13 Oct, enumerators 16–20 Oct',
  })
  defaults(@CurrentPrincipal() p: Principal) {
    return this.training.createDefaultEvents(p);
  }

  @Patch('events/:id')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Change dates, host room, notice date or class size of an event' })
  @ApiBody({ schema: openApiSchema(eventPatch) })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(eventPatch)) body: z.output<typeof eventPatch>,
  ) {
    return this.training.updateEvent(p, id, body);
  }

  @Post('events/:id/plans')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Generate the next plan version for the event, nationally (region for KKR) or for one municipality; stored as DRAFT',
  })
  @ApiBody({ schema: openApiSchema(generateBody) })
  generate(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(generateBody)) body: z.output<typeof generateBody>,
  ) {
    return this.training.generate(p, id, body);
  }

  @Get('schedule')
  @ApiOperation({ summary: 'Regional training schedule: regions, municipalities, KKR dates and host venues, other events' })
  schedule() {
    return this.training.trainingScheduleData();
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/plans')
@MunicipalResource('trainingplan')
export class TrainingPlanController {
  constructor(private readonly training: TrainingService) {}

  @Get()
  @ApiOperation({ summary: 'Room plans the caller may see (?event=&municipality=&limit=&offset=), newest first' })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(plansQuery)) q: z.output<typeof plansQuery>) {
    return this.training.listPlans(p, { eventId: q.event, municipalityCode: q.municipality, limit: q.limit, offset: q.offset });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One plan: classes, rooms, venues, dates, shifts, trainees, explanations, shortfalls, moves (municipalities: their part)',
  })
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.training.getPlan(p, id);
  }

  @Post(':id/publish')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Publish a plan version: it becomes the pinned plan in force for its event and scope' })
  publish(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.training.publish(p, id);
  }

  @Post(':id/replan')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Re-plan the pinned plan from current staff: next version (DRAFT), as few moves as possible, who moved listed' })
  replan(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.training.replan(p, id);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/sessions')
@MunicipalResource('staff')
export class TrainingSessionController {
  constructor(private readonly training: TrainingService) {}

  @Get(':staffId')
  @ApiOperation({ summary: 'Where a supervisor or enumerator is trained (plan in force): dates, venue, room, shift; null when unplanned' })
  async get(
    @CurrentPrincipal() p: Principal,
    @Param('staffId', IdPipe) staffId: string,
    @Query(new ZodPipe(sessionQuery)) q: z.output<typeof sessionQuery>,
  ) {
    return { session: await this.training.sessionForStaff(p, staffId, q.eventKind) };
  }
}
