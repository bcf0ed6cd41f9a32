import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { NationalResource } from '../../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { pageParams } from '../../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../../common/http/openapi/api-responses.js';
import { TariffListResponse, TariffResponse } from './tariff.schemas.js';
import { tariffBody, TariffService } from './tariff.service.js';

const listQuery = pageParams.extend({ census: z.string().trim().min(1).max(64).optional() });

@ApiTags('payroll: tariffs')
@ApiBearerAuth()
@Controller('api/v1/payroll/tariffs')
@NationalResource()
export class TariffController {
  constructor(private readonly tariffs: TariffService) {}

  @Get()
  @ApiOperation({
    summary:
      'Every tariff version, newest first, paged (?census=<code or id>&limit=&cursor=; amounts as strings: "600.00", rates "0.3000")',
  })
  @ApiResponses({ 200: TariffListResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    return this.tariffs.list(q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One tariff version' })
  @ApiResponses({ 200: TariffResponse })
  @ApiErrors('TARIFF_UNKNOWN')
  get(@Param('id', IdPipe) id: string) {
    return this.tariffs.get(id);
  }

  @Post()
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary:
      'Create the next tariff version of a census (ADMIN, FINANCE); pay months and windows not given come from its calendar. Versions are never edited; 422 TARIFF_INVALID lists every problem by field.',
  })
  @ApiBody({ schema: openApiSchema(tariffBody) })
  @ApiResponses({ 201: TariffResponse })
  @ApiErrors('TARIFF_INVALID', 'CENSUS_UNKNOWN', 'CENSUS_REQUIRED', 'CENSUS_AMBIGUOUS', 'CENSUS_CALENDAR_MISSING')
  create(@CurrentPrincipal() p: Principal, @Body() body: unknown) {
    return this.tariffs.create(p, body);
  }
}
