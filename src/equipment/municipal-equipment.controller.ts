import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import type { Locale } from '../common/i18n/locales.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { MunicipalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { codeParam, HANDLERS, MANAGERS, type PageQuery } from './equipment.params.js';
import {
  DISTRIBUTION_PLAN_EXAMPLE,
  DistributionPlanResponse,
  DistributionPlanVersionListResponse,
  EquipmentSettingsResponse,
  StorageRoomResponse,
  StorageRoomListResponse,
} from './equipment.schemas.js';
import { MunicipalEquipmentService } from './municipal-equipment.service.js';

const roomBody = z.object({ name: z.string().trim().min(1).max(200), address: z.string().trim().max(500).nullish() });
const settingsBody = z.object({ sparePercent: z.number().int().min(0).max(100) });
const planBody = z.object({ storageRoomId: z.uuid().nullish() });

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment/municipalities')
@MunicipalResource('municipality')
export class MunicipalEquipmentController {
  constructor(
    private readonly places: MunicipalEquipmentService,
    private readonly distribution: DistributionPlanService,
  ) {}

  @Get(':code/storage-rooms')
  @ApiOperation({ summary: 'Storage rooms of a municipality' })
  @ApiResponses({ 200: StorageRoomListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  rooms(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Query(new ZodPipe(pageParams)) q: PageQuery,
  ) {
    return this.places.storageRooms(p, code, q);
  }

  @Post(':code/storage-rooms')
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Add a storage room (ADMIN, LOGISTICS, MUNICIPALITY for its own)' })
  @ApiBody({ schema: openApiSchema(roomBody) })
  @ApiResponses({ 201: StorageRoomResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  addRoom(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(roomBody)) b: z.output<typeof roomBody>,
  ) {
    return this.places.createStorageRoom(p, code, b.name, b.address ?? null);
  }

  @Get(':code/equipment-settings')
  @ApiOperation({ summary: 'Spare percentage of a municipality (default 10 %, spares per type = ceil(needed × % ÷ 100))' })
  @ApiResponses({ 200: EquipmentSettingsResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  settings(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.places.settings(p, code);
  }

  @Put(':code/equipment-settings')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Set the spare percentage (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(settingsBody) })
  @ApiResponses({ 200: EquipmentSettingsResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  setSettings(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(settingsBody)) b: z.output<typeof settingsBody>,
  ) {
    return this.places.setSparePercent(p, code, b.sparePercent);
  }

  @Get(':code/distribution-plans')
  @ApiOperation({ summary: 'Versions of a municipality’s distribution plan, newest first' })
  @ApiResponses({ 200: DistributionPlanVersionListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  plans(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Query(new ZodPipe(pageParams)) q: PageQuery,
    @ReaderLocale() locale: Locale,
  ) {
    return this.distribution.listPlans(p, code, q, locale);
  }

  @Post(':code/distribution-plans')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Generate the next version of the distribution plan (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(planBody) })
  @ApiResponses({ 201: { content: { 'application/json': DistributionPlanResponse }, example: DISTRIBUTION_PLAN_EXAMPLE } })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'STORAGE_ROOM_UNKNOWN', 'DISTRIBUTION_PLAN_UNKNOWN')
  generate(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(planBody)) b: z.output<typeof planBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.distribution.generatePlan(p, code, b, locale);
  }
}
