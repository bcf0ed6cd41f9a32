import { Body, Controller, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { ImportRoute } from '../common/tabular/import-route.js';
import { SCORE_IMPORT } from './domain/score-import.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { ASK_RECRUITERS } from './competition.controller.js';
import { ScoreImportService } from './score-import.service.js';
import { dryRunQuery, ScoreImportResponse } from './supervisor.schemas.js';

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/recruitment')
@NationalResource()
export class ScoreImportController {
  constructor(private readonly scores: ScoreImportService) {}

  @Post('competitions/:id/scores/import')
  @ImportRoute(SCORE_IMPORT)
  @HttpCode(200)
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({
    summary: 'Import ASK’s test scores from CSV or JSON, all or nothing (ADMIN, LOGISTICS); ?dryRun=true validates only',
    description:
      'Columns: national_id, score (0–100, at most two decimals), kind (optional, ENUMERATOR or SUPERVISOR). Row errors: 422 IMPORT_INVALID naming row and column; unreadable body or header: 400 IMPORT_FORMAT. The same file twice changes nothing.',
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({ description: 'CSV text with a header line, or a JSON array of row objects keyed by the column names' })
  @ApiResponses({ 200: ScoreImportResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'IMPORT_FORMAT', 'IMPORT_INVALID', 'RECRUITMENT_STAGE', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE')
  async run(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(dryRunQuery)) q: z.output<typeof dryRunQuery>,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return ScoreImportResponse.parse(await this.scores.run(p, id, body, contentType, q.dryRun));
  }
}
