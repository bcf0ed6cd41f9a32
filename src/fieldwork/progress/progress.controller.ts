import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { ImportRoute } from '../../common/tabular/import-route.js';
import { EXPECTATION_IMPORT } from '../domain/expectations.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { pageParams } from '../../common/http/lists.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../../common/http/openapi/api-responses.js';
import { ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { EaProgressListResponse, EXPECTATIONS_EXAMPLE, ProgressResponse, SavedResponse } from '../fieldwork.schemas.js';
import { ProgressService } from './progress.service.js';

const query = z.object({ municipality: z.string().trim().min(1).max(64).optional() });
const easQuery = pageParams.extend(query.shape);

@ApiTags('fieldwork: progress')
@ApiBearerAuth()
@Controller('api/v1/fieldwork')
@MunicipalResource('ea')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Post('expectations/import')
  @ImportRoute(EXPECTATION_IMPORT)
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiRequestContent({ 'text/csv': FILE })
  @ApiBodyExamples({ 'text/csv': EXPECTATIONS_EXAMPLE })
  @ApiOperation({
    summary: 'Import expected figures per EA (pre-census listing or previous census), all or nothing; a row replaces the EA’s figures',
  })
  @ApiResponses({ 200: { content: { 'application/json': SavedResponse }, example: { saved: 1 } } })
  @ApiErrors('IMPORT_FORMAT', 'IMPORT_INVALID')
  importExpectations(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.progress.importExpectations(p, body);
  }

  @Get('progress')
  @Roles(Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Reported vs expected, share of EAs started/finished, daily approvals (?municipality=<code>); a municipality sees its own',
  })
  @ApiResponses({ 200: ProgressResponse })
  summary(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(query)) q: z.output<typeof query>) {
    return this.progress.summary(p, q.municipality);
  }

  @Get('progress/eas')
  @Roles(Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Progress per EA: reported vs expected, interviews, started, finished (?municipality=<code>&limit=&cursor=), by municipality and EA code',
  })
  @ApiResponses({ 200: EaProgressListResponse })
  perEa(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(easQuery)) q: z.output<typeof easQuery>) {
    return this.progress.perEa(p, q);
  }
}
