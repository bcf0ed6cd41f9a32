import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role, VenueKind } from '../generated/prisma/enums.js';
import { RoomResponse, RoomWithVenueResponse, VenueListResponse, VenueResponse } from './training.schemas.js';
import { VenueService } from './venue.service.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const availability = z
  .array(z.object({ from: DATE_ONLY, to: DATE_ONLY }).refine((r) => r.from <= r.to, 'from must not be after to'))
  .max(50);
const createVenue = z.object({ municipalityCode: text(64), name: text(200), kind: z.enum(VenueKind), address: text(300) });
const updateVenue = z
  .object({ name: text(200).optional(), kind: z.enum(VenueKind).optional(), address: text(300).optional() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
const roomFields = {
  name: text(100),
  seats: z.number().int().min(1).max(1000),
  hasProjector: z.boolean(),
  hasTv: z.boolean(),
  availability,
};
const createRoom = z.object({
  ...roomFields,
  hasProjector: roomFields.hasProjector.default(false),
  hasTv: roomFields.hasTv.default(false),
  availability: availability.default([]),
});
const updateRoom = z
  .object({
    name: roomFields.name.optional(),
    seats: roomFields.seats.optional(),
    hasProjector: z.boolean().optional(),
    hasTv: z.boolean().optional(),
    availability: availability.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
const listQuery = pageParams.extend({ municipality: z.string().max(64).optional() });

const MANAGERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/venues')
@MunicipalResource('venue')
export class VenueController {
  constructor(private readonly venues: VenueService) {}

  @Get()
  @ApiOperation({ summary: 'Training venues with their rooms in the caller’s scope (?municipality=&limit=&cursor=)' })
  @ApiResponses({ 200: VenueListResponse })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    return this.venues.list(p, { municipalityCode: q.municipality, limit: q.limit, cursor: q.cursor });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One venue with its rooms' })
  @ApiResponses({ 200: VenueResponse })
  @ApiErrors('VENUE_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.venues.get(p, id);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Create a venue (ADMIN, LOGISTICS; MUNICIPALITY for its own municipality)' })
  @ApiBody({ schema: openApiSchema(createVenue) })
  @ApiResponses({ 201: VenueResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createVenue)) body: z.output<typeof createVenue>) {
    return this.venues.create(p, body);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Rename a venue, change its kind or address' })
  @ApiBody({ schema: openApiSchema(updateVenue) })
  @ApiResponses({ 200: VenueResponse })
  @ApiErrors('VENUE_UNKNOWN')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateVenue)) body: z.output<typeof updateVenue>,
  ) {
    return this.venues.update(p, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Delete a venue and its rooms (refused while a published plan uses a room: 409 ROOM_IN_USE)' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('VENUE_UNKNOWN', 'ROOM_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.venues.remove(p, id);
  }

  @Post(':id/rooms')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Add a room: seats, projector, TV, availability as inclusive date ranges ([] = no restriction)' })
  @ApiBody({ schema: openApiSchema(createRoom) })
  @ApiResponses({ 201: RoomResponse })
  @ApiErrors('VENUE_UNKNOWN')
  addRoom(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(createRoom)) body: z.output<typeof createRoom>,
  ) {
    return this.venues.addRoom(p, id, body);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/rooms')
@MunicipalResource('room')
export class RoomController {
  constructor(private readonly venues: VenueService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One room with its venue' })
  @ApiResponses({ 200: RoomWithVenueResponse })
  @ApiErrors('ROOM_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.venues.getRoom(p, id);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Change a room' })
  @ApiBody({ schema: openApiSchema(updateRoom) })
  @ApiResponses({ 200: RoomResponse })
  @ApiErrors('ROOM_UNKNOWN')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateRoom)) body: z.output<typeof updateRoom>,
  ) {
    return this.venues.updateRoom(p, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Delete a room (refused while a published plan uses it: 409 ROOM_IN_USE)' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('ROOM_UNKNOWN', 'ROOM_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.venues.removeRoom(p, id);
  }
}
