import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MunicipalityListResponse, MunicipalityResponse, RegionListResponse } from './geography.schemas.js';
import { z } from 'zod';
import { NationalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
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
}
