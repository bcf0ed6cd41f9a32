import { Controller, Get, Param } from '@nestjs/common';
import type { Locale } from '../common/i18n/locales.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MunicipalResource } from '../common/http/resource.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { DISTRIBUTION_PLAN_EXAMPLE, DistributionPlanResponse, PrintablePlanResponse } from './equipment.schemas.js';
import { PrintablePlanService } from './printable-plan.service.js';

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment/distribution-plans')
@MunicipalResource('distributionplan')
export class DistributionPlanController {
  constructor(
    private readonly plans: DistributionPlanService,
    private readonly printables: PrintablePlanService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One distribution plan version: lines (person → kit serials → training session), spares, needs, missing list' })
  @ApiResponses({ 200: { content: { 'application/json': DistributionPlanResponse }, example: DISTRIBUTION_PLAN_EXAMPLE } })
  @ApiErrors('DISTRIBUTION_PLAN_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.plans.plan(p, id, locale);
  }

  @Get(':id/printable')
  @ApiOperation({ summary: 'The data of the printed plan (report type 4): one row and one signature cell per kit' })
  @ApiResponses({ 200: PrintablePlanResponse })
  @ApiErrors('DISTRIBUTION_PLAN_UNKNOWN')
  printable(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return this.printables.printablePlan(p.scope, id, locale);
  }
}
