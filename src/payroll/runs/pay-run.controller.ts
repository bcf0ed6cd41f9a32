import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { pageParams } from '../../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { PAY_RUN_DETAIL_EXAMPLE, PAY_RUN_EXAMPLE, PayRunDetailResponse, PayRunListResponse, PayRunResponse } from './pay-run.schemas.js';
import { PayRunService } from './pay-run.service.js';

const createBody = z.strictObject({
  municipalityCode: z.string().trim().min(1).max(64).optional(),
  tariffVersion: z.number().int().min(1).optional(),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
});
const listQuery = pageParams.extend({
  status: z.enum(['QUEUED', 'COMPUTING', 'COMPUTED', 'FAILED', 'APPROVED']).optional(),
  municipality: z.string().trim().min(1).max(64).optional(),
  census: z.string().trim().min(1).max(64).optional(),
});

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payroll/runs')
@MunicipalResource('payrun')
export class PayRunController {
  constructor(private readonly runs: PayRunService) {}

  @Post()
  @HttpCode(202)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Create a pay run (ADMIN, FINANCE): national, or one municipality; computed in the background',
    description:
      '202 with the run in status QUEUED; poll GET /payroll/runs/:id for progress and totals. Without tariffVersion the tariff in effect today is used (422 TARIFF_MISSING when none). The first run of a scope pays everything; later runs pay only differences to what approved runs paid (kind ADJUSTMENT).',
  })
  @ApiBody({ schema: openApiSchema(createBody) })
  @ApiResponses({
    202: {
      content: { 'application/json': PayRunResponse },
      example: {
        ...PAY_RUN_EXAMPLE,
        status: 'QUEUED',
        progress: 0,
        computedAt: null,
        peopleCount: 0,
        blockedCount: 0,
        totals: { gross: '0.00', deductions: '0.00', net: '0.00', currency: 'EUR' },
      },
    },
  })
  @ApiErrors('TARIFF_MISSING', 'MUNICIPALITY_UNKNOWN', 'CENSUS_UNKNOWN', 'CENSUS_REQUIRED', 'CENSUS_AMBIGUOUS')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.runs.create(p, body, new Date());
  }

  @Get()
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Pay runs, newest first (?status=&municipality=<code>&census=<code or id>&limit=&cursor=); municipality users see their municipality’s runs only',
  })
  @ApiResponses({
    200: { content: { 'application/json': PayRunListResponse }, example: { items: [PAY_RUN_EXAMPLE], total: 1, nextCursor: null } },
  })
  @ApiErrors('CENSUS_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    return this.runs.list(p, { status: q.status, municipalityCode: q.municipality, census: q.census, limit: q.limit, cursor: q.cursor });
  }

  @Get(':id')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'One pay run: status, progress, totals (gross, deductions, net of payable people) and totals per municipality' })
  @ApiResponses({ 200: { content: { 'application/json': PayRunDetailResponse }, example: PAY_RUN_DETAIL_EXAMPLE } })
  @ApiErrors('PAY_RUN_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.runs.get(p, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Approve a computed run (ADMIN, FINANCE; four eyes: not its creator)',
    description:
      '403 PAY_RUN_FOUR_EYES for the creator; 409 PAY_RUN_NOT_COMPUTED unless COMPUTED; 409 PAY_RUN_LOCKED when already approved (of concurrent approvals exactly one succeeds); 409 PAY_RUN_STALE when another overlapping run was approved after this one was computed (recompute it). Approved runs never change.',
  })
  @ApiResponses({ 200: PayRunDetailResponse })
  @ApiErrors('PAY_RUN_UNKNOWN', 'PAY_RUN_FOUR_EYES', 'PAY_RUN_NOT_COMPUTED', 'PAY_RUN_LOCKED', 'PAY_RUN_STALE')
  approve(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.runs.approve(p, id);
  }

  @Post(':id/recompute')
  @HttpCode(202)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Compute a COMPUTED or FAILED run again from current data (ADMIN, FINANCE); 409 PAY_RUN_LOCKED for approved runs',
  })
  @ApiResponses({ 202: PayRunResponse })
  @ApiErrors('PAY_RUN_UNKNOWN', 'PAY_RUN_LOCKED', 'PAY_RUN_NOT_COMPUTED', 'CONFLICT')
  recompute(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.runs.recompute(p, id);
  }
}
