import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { openApiSchema, pageQuery, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayRunService } from './pay-run.service.js';

const createBody = z.strictObject({
  municipalityCode: z.string().trim().min(1).max(64).optional(),
  tariffVersion: z.number().int().min(1).optional(),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
});
const listQuery = pageQuery.extend({
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
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.runs.create(p, body, new Date());
  }

  @Get()
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Pay runs, newest first (?status=&municipality=<code>&census=<code or id>&limit=&offset=); municipality users see their municipality’s runs only',
  })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    return this.runs.list(p, { status: q.status, municipalityCode: q.municipality, census: q.census, limit: q.limit, offset: q.offset });
  }

  @Get(':id')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'One pay run: status, progress, totals (gross, deductions, net of payable people) and totals per municipality' })
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
  approve(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.runs.approve(p, id);
  }

  @Post(':id/recompute')
  @HttpCode(202)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Compute a COMPUTED or FAILED run again from current data (ADMIN, FINANCE); 409 PAY_RUN_LOCKED for approved runs',
  })
  recompute(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.runs.recompute(p, id);
  }
}
