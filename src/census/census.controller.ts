import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { pageParams } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import {
  calendarChangeBody,
  CalendarVersionsResponse,
  CensusCopyResponse,
  CensusListResponse,
  CensusResponse,
  copyCensusBody,
  createCensusBody,
  updateCensusBody,
} from './census.schemas.js';
import { CensusService } from './census.service.js';

@ApiTags('censuses')
@ApiBearerAuth()
@Controller('api/v1/censuses')
@NationalResource()
export class CensusController {
  constructor(private readonly censuses: CensusService) {}

  @Get()
  @ApiOperation({ summary: 'Every census with its current calendar (any signed-in role)' })
  @ApiResponses({ 200: CensusListResponse })
  list(@Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return this.censuses.list(q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One census with its current calendar and what its last change moved' })
  @ApiResponses({ 200: CensusResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  get(@Param('id', IdPipe) id: string) {
    return this.censuses.get(id);
  }

  @Get(':id/calendars')
  @ApiOperation({ summary: 'Every version of the census calendar, newest first: who, when, why, which stages changed' })
  @ApiResponses({ 200: CalendarVersionsResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  calendars(@Param('id', IdPipe) id: string, @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return this.censuses.calendars(id, q);
  }

  @Post()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Create a census with its calendar (ADMIN); 422 CENSUS_INVALID names every stage out of order' })
  @ApiBody({ schema: openApiSchema(createCensusBody) })
  @ApiResponses({ 201: CensusResponse })
  @ApiErrors('CENSUS_INVALID', 'UNIQUE_VIOLATION')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createCensusBody)) body: z.output<typeof createCensusBody>) {
    return this.censuses.create(p, body);
  }

  @Patch(':id')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Change name, languages, time zone, reference date, settings, or close/reopen (ADMIN)' })
  @ApiBody({ schema: openApiSchema(updateCensusBody) })
  @ApiResponses({ 200: CensusResponse })
  @ApiErrors('CENSUS_UNKNOWN', 'CENSUS_INVALID')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateCensusBody)) body: z.output<typeof updateCensusBody>,
  ) {
    return this.censuses.update(p, id, body);
  }

  @Post(':id/calendars')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Change stages of the calendar: the next version with a reason (ADMIN)',
    description: 'Competition dates still equal to the previous version follow; dates a competition overrode stay.',
  })
  @ApiBody({ schema: openApiSchema(calendarChangeBody) })
  @ApiResponses({ 201: CensusResponse })
  @ApiErrors('CENSUS_UNKNOWN', 'CENSUS_INVALID', 'CENSUS_CALENDAR_MISSING')
  changeCalendar(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(calendarChangeBody)) body: z.output<typeof calendarChangeBody>,
  ) {
    return this.censuses.changeCalendar(p, id, body);
  }

  @Post(':id/copy')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Copy a census with every date shifted (ADMIN): calendar, tariffs (new versions), training events, competitions and targets',
  })
  @ApiBody({ schema: openApiSchema(copyCensusBody) })
  @ApiResponses({ 201: CensusCopyResponse })
  @ApiErrors('CENSUS_UNKNOWN', 'CENSUS_INVALID', 'UNIQUE_VIOLATION')
  copy(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(copyCensusBody)) body: z.output<typeof copyCensusBody>,
  ) {
    return this.censuses.copy(p, id, body);
  }
}
