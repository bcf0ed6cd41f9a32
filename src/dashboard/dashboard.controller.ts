import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal } from '../auth/principal.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MunicipalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { dashboardQuery, DashboardResponse } from './dashboard.schemas.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('api/v1/dashboard')
@MunicipalResource('municipality')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({
    summary:
      'The first page after sign-in: census calendar, recruitment, EA counts vs expected, pay, equipment and open flags per municipality',
    description:
      'National roles see every municipality (or one with ?municipality=<code>); a municipality sees its own only, and another code answers 404.',
  })
  @ApiResponses({ 200: DashboardResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'CENSUS_UNKNOWN', 'CENSUS_CALENDAR_MISSING')
  get(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(dashboardQuery)) q: z.output<typeof dashboardQuery>) {
    return this.dashboard.get(p, q);
  }
}
