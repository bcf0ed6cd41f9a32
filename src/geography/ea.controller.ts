import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { listQuery } from '../common/http/lists.js';
import { EaService } from './ea.service.js';
import { EA_CODE } from './domain/ea-code.js';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { EA_EXAMPLE, EaListResponse, EaResponse } from './geography.schemas.js';

const createBody = z.object({
  code: EA_CODE,
  name: z.string().trim().min(1).max(200).nullish(),
  municipalityCode: z.string().min(1).max(64),
});
const updateBody = z
  .object({ name: z.string().trim().min(1).max(200).nullable().optional(), municipalityCode: z.string().min(1).max(64).optional() })
  .refine((b) => Object.keys(b).length > 0, 'NOTHING_TO_CHANGE');
const eaListQuery = listQuery({ sorts: ['code'] }).extend({
  municipality: z.string().max(64).optional(),
  codePrefix: z.string().max(32).optional().describe('Start of the EA code'),
});

@ApiTags('enumeration areas')
@ApiBearerAuth()
@Controller('api/v1/eas')
@MunicipalResource('ea')
export class EaController {
  constructor(private readonly eas: EaService) {}

  @Get()
  @ApiOperation({
    summary: 'Enumeration areas in the caller’s scope (?municipality=<code>&codePrefix=&sort=&limit=&cursor=)',
    description: 'Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.',
  })
  @ApiResponses({
    200: { content: { 'application/json': EaListResponse }, example: { items: [EA_EXAMPLE], total: 1, nextCursor: null } },
  })
  async list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(eaListQuery)) q: z.output<typeof eaListQuery>) {
    return this.eas.list(p, { municipalityCode: q.municipality, codePrefix: q.codePrefix, sort: q.sort, limit: q.limit, cursor: q.cursor });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One enumeration area' })
  @ApiResponses({ 200: EaResponse })
  @ApiErrors('EA_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.eas.get(p, id);
  }

  @Post()
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Create an enumeration area (ADMIN, LOGISTICS)' })
  @ApiResponses({ 201: EaResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.eas.create(p, body);
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Rename or move an enumeration area (ADMIN, LOGISTICS)' })
  @ApiResponses({ 200: EaResponse })
  @ApiErrors('EA_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'EA_IN_USE')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateBody)) body: z.output<typeof updateBody>,
  ) {
    return this.eas.update(p, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({ summary: 'Delete an enumeration area that was never assigned (ADMIN, LOGISTICS)' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('EA_UNKNOWN', 'EA_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.eas.remove(p, id);
  }
}
