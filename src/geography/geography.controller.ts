import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MunicipalityListResponse, MunicipalityResponse, MunicipalityUpdateBody, RegionListResponse } from './geography.schemas.js';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { Role } from '../generated/prisma/enums.js';
import { z } from 'zod';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { pageArray, pageParams } from '../common/http/lists.js';
import { GeographyService } from './geography.service.js';

const municipalityListQuery = pageParams.extend({ region: z.string().max(64).optional() });

@ApiTags('geography')
@ApiBearerAuth()
@Controller('api/v1/geography')
@NationalResource()
export class GeographyController {
  constructor(private readonly geo: GeographyService) {}

  @Get('regions')
  @ApiOperation({ summary: 'The 7 regions with their municipalities (Table 2 of the letter)' })
  @ApiResponses({ 200: RegionListResponse })
  async regions(@Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return pageArray(await this.geo.regions(), q);
  }

  @Get('municipalities')
  @ApiOperation({ summary: 'All 38 municipalities, optionally of one region (?region=<code>)' })
  @ApiResponses({ 200: MunicipalityListResponse })
  async municipalities(@Query(new ZodPipe(municipalityListQuery)) q: z.output<typeof municipalityListQuery>) {
    return pageArray(await this.geo.municipalities(q.region), q);
  }

  @Get('municipalities/:code')
  @ApiOperation({ summary: 'One municipality by its code' })
  @ApiResponses({ 200: MunicipalityResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  async municipality(@Param('code') code: string) {
    return this.geo.municipality(code);
  }

  @Patch('municipalities/:code')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Set the languages a municipality’s documents are printed in (ADMIN)',
    description:
      'documentLocales: the languages of its documents when a request names none — the first alone, or two printed one after the other in one file. Audited.',
  })
  @ApiBody({ schema: openApiSchema(MunicipalityUpdateBody) })
  @ApiResponses({ 200: MunicipalityResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('code') code: string,
    @Body(new ZodPipe(MunicipalityUpdateBody)) body: z.output<typeof MunicipalityUpdateBody>,
  ) {
    return this.geo.setDocumentLocales(p, code, body.documentLocales);
  }
}
