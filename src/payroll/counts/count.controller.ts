import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../../common/http/openapi/api-responses.js';
import {
  COUNT_EXAMPLE,
  COUNT_IMPORT_EXAMPLES,
  COUNT_IMPORT_RESULT_EXAMPLE,
  CountImportResultResponse,
  CountListResponse,
  CountRowsBody,
} from './count.schemas.js';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { pageParams } from '../../common/http/lists.js';
import { ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { CountImportService } from './count-import.service.js';
import { CountService } from './count.service.js';
import { ImportRoute } from '../../common/tabular/import-route.js';
import { COUNT_IMPORT } from './domain/count-rows.js';

const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});
const listQuery = pageParams.extend({
  municipality: z.string().max(64).optional(),
  eaCode: z.string().max(32).optional(),
  /** the enumerator's national id, as in the import's enumerator_id column */
  enumeratorId: z.string().max(20).optional(),
});
type ListQuery = z.output<typeof listQuery>;
const filterOf = (q: ListQuery) => ({
  municipalityCode: q.municipality,
  eaCode: q.eaCode,
  nationalId: q.enumeratorId,
  limit: q.limit,
  cursor: q.cursor,
});

@ApiTags('payroll: counts')
@ApiBearerAuth()
@Controller('api/v1/payroll/counts')
@MunicipalResource('import')
export class CountImportController {
  constructor(private readonly imports: CountImportService) {}

  @Post('import')
  @ImportRoute(COUNT_IMPORT)
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Import EA counts per enumerator from CSV or JSON, all or nothing (ADMIN, FINANCE, MUNICIPALITY for its own EAs). A changed row adds a new version; ?dryRun=true validates only.',
  })
  @ApiRequestContent({ 'application/json': CountRowsBody, 'text/csv': FILE })
  @ApiBodyExamples(COUNT_IMPORT_EXAMPLES)
  @ApiResponses({ 200: { content: { 'application/json': CountImportResultResponse }, example: COUNT_IMPORT_RESULT_EXAMPLE } })
  @ApiErrors('IMPORT_INVALID', 'IMPORT_FORMAT', 'TARIFF_MISSING', 'TARIFF_NOT_IN_EFFECT', 'CONFLICT')
  run(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(importQuery)) q: z.output<typeof importQuery>,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return this.imports.run(p, body, contentType, q.dryRun);
  }
}

@ApiTags('payroll: counts')
@ApiBearerAuth()
@Controller('api/v1/payroll/counts')
@MunicipalResource('ea')
export class CountController {
  constructor(private readonly counts: CountService) {}

  @Get()
  @ApiOperation({
    summary:
      'Current EA counts in the caller’s scope (?municipality=<code>&eaCode=&enumeratorId=<national id>&limit=&cursor=), by EA code and enumerator',
  })
  @ApiResponses({
    200: { content: { 'application/json': CountListResponse }, example: { items: [COUNT_EXAMPLE], total: 1, nextCursor: null } },
  })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: ListQuery) {
    return this.counts.list(p, filterOf(q));
  }

  @Get('history')
  @ApiOperation({ summary: 'Every version of EA counts, newest version first per (EA, enumerator), with who imported it and when' })
  @ApiResponses({ 200: CountListResponse })
  history(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: ListQuery) {
    return this.counts.history(p, filterOf(q));
  }
}
