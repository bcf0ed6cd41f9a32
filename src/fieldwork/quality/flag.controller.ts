import { ReaderLocale } from '../../common/i18n/reader-locale.js';
import type { Locale } from '../../common/i18n/locales.js';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../../common/http/resource.js';
import { pageParams } from '../../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { qualityThresholds, type QualityThresholds } from '../../payroll/counts/domain/quality-rules.js';
import {
  AcceptedFlagResponse,
  EvaluateResponse,
  FlagListResponse,
  HeldLineListResponse,
  QualityThresholdsResponse,
} from '../fieldwork.schemas.js';
import { FlagService } from './flag.service.js';

const listQuery = pageParams.extend({
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  eaCode: z.string().max(32).optional(),
});
const acceptBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

@ApiTags('fieldwork: quality')
@ApiBearerAuth()
@Controller('api/v1/fieldwork/flags')
@MunicipalResource('ea')
export class FlagController {
  constructor(private readonly flags: FlagService) {}

  @Get()
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Quality flags of current count versions (?open=true|false&eaCode=&limit=&cursor=), newest first; a municipality sees its own',
  })
  @ApiResponses({ 200: FlagListResponse })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @ReaderLocale() locale: Locale) {
    return this.flags.list(p, q, locale);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Accept a flag with a reason (FINANCE, ADMIN; audited): the row is paid by the next run unless another flag is open',
  })
  @ApiBody({ schema: openApiSchema(acceptBody) })
  @ApiResponses({ 200: AcceptedFlagResponse })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  accept(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(acceptBody)) body: z.output<typeof acceptBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.flags.accept(p, id, body.reason, locale);
  }

  @Post('evaluate')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Evaluate the rules on every current count version again (the "no approval for N days" rule moves with the date)',
  })
  @ApiResponses({ 200: EvaluateResponse })
  evaluate(@CurrentPrincipal() p: Principal) {
    return this.flags.evaluate(p);
  }
}

@ApiTags('fieldwork: quality')
@ApiBearerAuth()
@Controller('api/v1/fieldwork/quality-settings')
@NationalResource()
export class QualitySettingsController {
  constructor(private readonly flags: FlagService) {}

  @Get()
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({ summary: 'Thresholds of the quality rules (defaults in docs/fieldwork.md)' })
  @ApiResponses({ 200: QualityThresholdsResponse })
  get() {
    return this.flags.thresholds();
  }

  @Put()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Change the thresholds (ADMIN; audited); omitted ones take their defaults' })
  @ApiBody({ schema: openApiSchema(qualityThresholds) })
  @ApiResponses({ 200: QualityThresholdsResponse })
  put(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(qualityThresholds)) body: QualityThresholds) {
    return this.flags.saveThresholds(p, body);
  }
}

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payroll/runs')
@MunicipalResource('payrun')
export class HeldLinesController {
  constructor(private readonly flags: FlagService) {}

  @Get(':id/held')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'What a pay run held back: count lines with open quality flags, and why (?limit=&cursor=), by EA code' })
  @ApiResponses({ 200: HeldLineListResponse })
  @ApiErrors('NOT_FOUND')
  held(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.flags.held(p, id, q, locale);
  }
}
