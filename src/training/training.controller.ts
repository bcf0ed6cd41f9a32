import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import type { Locale } from '../common/i18n/locales.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role, TrainingEventKind } from '../generated/prisma/enums.js';
import { TrainingEventService } from './training-event.service.js';
import { TrainingPlanQueryService } from './training-plan-query.service.js';
import { TrainingPlanService } from './training-plan.service.js';
import { TrainingSessionService } from './training-session.service.js';
import {
  DefaultEventsResponse,
  TRAINING_PLAN_EXAMPLE,
  TrainingEventListResponse,
  TrainingEventResponse,
  TrainingPlanListResponse,
  TrainingPlanResponse,
  TrainingScheduleResponse,
  TrainingSessionResponse,
} from './training.schemas.js';

const eventBody = z.object({
  kind: z.enum(TrainingEventKind),
  /** the event's own name; absent or null: named by its kind in the reader's language */
  name: z.string().trim().min(1).max(200).nullish(),
  /** default: the census calendar's dates of this training */
  startDate: DATE_ONLY.optional(),
  endDate: DATE_ONLY.optional(),
  regionCode: z.string().trim().min(1).max(64).nullish(),
  hostRoomId: z.uuid().nullish(),
  noticeDate: DATE_ONLY.nullish(),
  maxClassSize: z.number().int().optional(),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
});
const eventPatch = eventBody
  .omit({ kind: true, census: true })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
const eventsQuery = pageParams.extend({ kind: z.enum(TrainingEventKind).optional(), census: z.string().trim().min(1).max(64).optional() });
const defaultsQuery = z.object({ census: z.string().trim().min(1).max(64).optional() });
const generateBody = z.object({
  municipalityCode: z.string().trim().min(1).max(64).optional(),
  maxClassSize: z.number().int().optional(),
  allowSecondShift: z.boolean().optional(),
});
const plansQuery = pageParams.extend({ event: z.uuid().optional(), municipality: z.string().max(64).optional() });
const sessionQuery = z.object({ eventKind: z.enum(TrainingEventKind).default(TrainingEventKind.ENUMERATORS) });

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training')
@NationalResource()
export class TrainingEventController {
  constructor(
    private readonly events: TrainingEventService,
    private readonly plans: TrainingPlanService,
  ) {}

  @Get('events')
  @ApiOperation({
    summary:
      'Training events (dates of their census calendar unless changed); ?census=<code or id>; KKR events warn when the room notice is late',
  })
  @ApiResponses({ 200: TrainingEventListResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  list(@Query(new ZodPipe(eventsQuery)) q: z.output<typeof eventsQuery>, @ReaderLocale() locale: Locale) {
    return this.events.listEvents(q.kind, q.census, q, locale);
  }

  @Get('events/:id')
  @ApiOperation({ summary: 'One training event' })
  @ApiResponses({ 200: TrainingEventResponse })
  @ApiErrors('TRAINING_EVENT_UNKNOWN')
  get(@Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.events.getEvent(id, locale);
  }

  @Post('events')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Create a training event of a census (ADMIN, LOGISTICS); dates default to its calendar; maxClassSize 25–30, default 30',
  })
  @ApiBody({ schema: openApiSchema(eventBody) })
  @ApiResponses({ 201: TrainingEventResponse })
  @ApiErrors('TRAINING_EVENT_INVALID', 'CENSUS_UNKNOWN', 'CENSUS_REQUIRED', 'CENSUS_AMBIGUOUS', 'CENSUS_CALENDAR_MISSING')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(eventBody)) body: z.output<typeof eventBody>, @ReaderLocale() locale: Locale) {
    return this.events.createEvent(p, body, locale);
  }

  @Post('events/defaults')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary:
      'Create a census’s events where missing, dated by its calendar: KKR per region, supervisors, enumerators (?census=<code or id>)',
  })
  @ApiResponses({ 201: DefaultEventsResponse })
  @ApiErrors('CENSUS_UNKNOWN', 'CENSUS_REQUIRED', 'CENSUS_AMBIGUOUS', 'CENSUS_CALENDAR_MISSING')
  defaults(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(defaultsQuery)) q: z.output<typeof defaultsQuery>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.events.createDefaultEvents(p, q.census, locale);
  }

  @Patch('events/:id')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Change the name (null: named by its kind), dates, host room, notice date or class size of an event' })
  @ApiBody({ schema: openApiSchema(eventPatch) })
  @ApiResponses({ 200: TrainingEventResponse })
  @ApiErrors('TRAINING_EVENT_UNKNOWN', 'TRAINING_EVENT_INVALID')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(eventPatch)) body: z.output<typeof eventPatch>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.events.updateEvent(p, id, body, locale);
  }

  @Post('events/:id/plans')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Generate the next plan version for the event, nationally (region for KKR) or for one municipality; stored as DRAFT',
  })
  @ApiBody({ schema: openApiSchema(generateBody) })
  @ApiResponses({ 201: TrainingPlanResponse })
  @ApiErrors('TRAINING_EVENT_UNKNOWN', 'TRAINING_PLAN_INVALID', 'MUNICIPALITY_UNKNOWN')
  generate(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(generateBody)) body: z.output<typeof generateBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.plans.generate(p, id, body, locale);
  }

  @Get('schedule')
  @ApiOperation({ summary: 'Regional training schedule: regions, municipalities, KKR dates and host venues, other events' })
  @ApiResponses({ 200: TrainingScheduleResponse })
  schedule(@ReaderLocale() locale: Locale) {
    return this.events.trainingScheduleData(locale);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/plans')
@MunicipalResource('trainingplan')
export class TrainingPlanController {
  constructor(
    private readonly plans: TrainingPlanService,
    private readonly queries: TrainingPlanQueryService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Room plans the caller may see (?event=&municipality=&limit=&cursor=), newest first' })
  @ApiResponses({ 200: TrainingPlanListResponse })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(plansQuery)) q: z.output<typeof plansQuery>, @ReaderLocale() locale: Locale) {
    return this.queries.listPlans(p, { eventId: q.event, municipalityCode: q.municipality, limit: q.limit, cursor: q.cursor }, locale);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One plan: classes, rooms, venues, dates, shifts, trainees, explanations, shortfalls, moves (municipalities: their part)',
  })
  @ApiResponses({ 200: { content: { 'application/json': TrainingPlanResponse }, example: TRAINING_PLAN_EXAMPLE } })
  @ApiErrors('TRAINING_PLAN_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.queries.getPlan(p, id, locale);
  }

  @Post(':id/publish')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Publish a plan version: it becomes the pinned plan in force for its event and scope' })
  @ApiResponses({ 201: TrainingPlanResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN')
  publish(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.plans.publish(p, id, locale);
  }

  @Post(':id/replan')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Re-plan the pinned plan from current staff: next version (DRAFT), as few moves as possible, who moved listed' })
  @ApiResponses({ 201: TrainingPlanResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN', 'TRAINING_PLAN_NOT_PINNED')
  replan(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.plans.replan(p, id, locale);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/sessions')
@MunicipalResource('staff')
export class TrainingSessionController {
  constructor(private readonly sessions: TrainingSessionService) {}

  @Get(':staffId')
  @ApiOperation({ summary: 'Where a supervisor or enumerator is trained (plan in force): dates, venue, room, shift; null when unplanned' })
  @ApiResponses({ 200: TrainingSessionResponse })
  @ApiErrors('STAFF_UNKNOWN')
  async get(
    @CurrentPrincipal() p: Principal,
    @Param('staffId', IdPipe) staffId: string,
    @Query(new ZodPipe(sessionQuery)) q: z.output<typeof sessionQuery>,
  ) {
    return { session: await this.sessions.sessionForStaff(p, staffId, q.eventKind) };
  }
}
