import { Body, Controller, Get, HttpCode, Param, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses, FILE, MEDIA } from '../common/http/openapi/api-responses.js';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { offsetOf, offsetPage, pageParams } from '../common/http/lists.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { REPORT_TYPE_NAMES } from './report-types.js';
import { inLanguage, ReportService, requestBody, type RequestBody } from './report.service.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import type { Locale } from '../common/i18n/locales.js';
import { REPORT_EXAMPLE, ReportRequestListResponse, ReportRequestResponse } from './reports.schemas.js';

const ALL = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
const listQuery = pageParams.extend({
  status: z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED']).optional(),
  type: z.string().trim().min(1).max(64).optional(),
});

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
@MunicipalResource('report')
export class ReportsController {
  constructor(private readonly reports: ReportService) {}

  @Post()
  @HttpCode(202)
  @Roles(...ALL)
  @ApiOperation({
    summary: `Request a PDF report (rendered in the background): types ${REPORT_TYPE_NAMES.join(', ')}`,
    description:
      '202 with the request at once; poll GET /reports/:id for status and progress, then download /reports/:id/file. The same content already rendered (unexpired) or in flight is answered with that request (reused: true). language: sq, sr-Latn (Serbian in Latin; sr is taken for it), sr-Cyrl (Serbian in Cyrillic), en; absent: a municipality’s document is printed in the municipality’s document languages (both, one after the other in one file, when it has two), a national one in sq.',
  })
  @ApiBody({ schema: openApiSchema(requestBody) })
  @ApiResponses({
    202: {
      content: { 'application/json': ReportRequestResponse },
      example: { ...REPORT_EXAMPLE, status: 'QUEUED', progress: 0, pages: 0, attempts: 0, fileSize: null, sha256: null, expiresAt: null, completedAt: null, file: null, reused: false },
    },
  })
  @ApiErrors(
    'REPORT_TYPE_UNKNOWN',
    'FORBIDDEN',
    'MUNICIPALITY_UNKNOWN',
    'PAY_RUN_UNKNOWN',
    'PAY_PERSON_UNKNOWN',
    'STAFF_UNKNOWN',
    'CONTRACT_UNKNOWN',
    'COMPETITION_UNKNOWN',
    'DISTRIBUTION_PLAN_UNKNOWN',
    'TRAINING_PLAN_UNKNOWN',
    'TARIFF_MISSING',
  )
  async request(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(requestBody)) body: RequestBody, @ReaderLocale() locale: Locale) {
    return inLanguage(await this.reports.request(p, body, new Date()), locale);
  }

  @Get()
  @Roles(...ALL)
  @ApiOperation({ summary: 'Report requests, newest first (?status=&type=&limit=&cursor=); municipality users see their municipality’s only' })
  @ApiResponses({ 200: ReportRequestListResponse })
  async list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @ReaderLocale() locale: Locale) {
    const offset = offsetOf(q.cursor);
    const { items, total } = await this.reports.list(p, { status: q.status, type: q.type, limit: q.limit, offset });
    return offsetPage(
      items.map((v) => inLanguage(v, locale)),
      offset,
      q.limit,
      total,
    );
  }

  @Get(':id')
  @Roles(...ALL)
  @ApiOperation({ summary: 'One report request: status, progress (percent and pages), error reason when it failed' })
  @ApiResponses({ 200: { content: { 'application/json': ReportRequestResponse }, example: REPORT_EXAMPLE } })
  @ApiErrors('REPORT_UNKNOWN')
  async get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @ReaderLocale() locale: Locale) {
    return inLanguage(await this.reports.get(p, id), locale);
  }

  @Get(':id/file')
  @Roles(...ALL)
  @ApiOperation({
    summary: 'Download the PDF',
    description: '409 REPORT_NOT_READY while queued or running, 409 REPORT_FAILED, 410 REPORT_EXPIRED after retention, 404 REPORT_UNKNOWN.',
  })
  @ApiResponses({ 200: { description: 'The report', content: { [MEDIA.pdf]: FILE } } })
  @ApiErrors('REPORT_UNKNOWN', 'REPORT_NOT_READY', 'REPORT_FAILED', 'REPORT_EXPIRED', 'REPORT_FILE_MISSING')
  file(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<StreamableFile> {
    return this.reports.file(p, id);
  }
}
