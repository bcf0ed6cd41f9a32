import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { pageArray, pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { fieldMappingBody, type FieldMappingBody } from './domain/field-mapping.js';
import { FieldMappingRepository } from './field-mapping.repository.js';
import { FieldImportHistoryResponse, FieldMappingListResponse, FieldMappingResponse, SavedResponse } from './fieldwork.schemas.js';

const loginsBody = z
  .array(
    z.strictObject({
      login: z.string().trim().min(1).max(100),
      /** the enumerator's national id */
      enumeratorId: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{5,20}$/),
    }),
  )
  .min(1)
  .max(20_000);

@ApiTags('fieldwork')
@ApiBearerAuth()
@Controller('api/v1/fieldwork')
@NationalResource()
@Roles(Role.ADMIN, Role.FINANCE)
export class FieldMappingController {
  constructor(private readonly mappings: FieldMappingRepository) {}

  @Get('mappings')
  @ApiOperation({ summary: 'Field mappings: how a field-system export becomes EA counts (ADMIN, FINANCE), by name (?limit=&cursor=)' })
  @ApiResponses({ 200: FieldMappingListResponse })
  async list(@Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return pageArray(await this.mappings.list(), q);
  }

  @Get('mappings/:id')
  @ApiOperation({ summary: 'One field mapping' })
  @ApiResponses({ 200: FieldMappingResponse })
  @ApiErrors('NOT_FOUND')
  get(@Param('id', IdPipe) id: string) {
    return this.mappings.get(id);
  }

  @Get('mappings/:id/imports')
  @ApiOperation({
    summary: 'Imports of one mapping, newest first (?limit=&cursor=): which file (name, SHA-256), how many interviews, which count batch',
  })
  @ApiResponses({ 200: FieldImportHistoryResponse })
  @ApiErrors('NOT_FOUND')
  imports(@Param('id', IdPipe) id: string, @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>) {
    return this.mappings.imports(id, q);
  }

  @Post('mappings')
  @ApiOperation({ summary: 'Create a field mapping (Survey Solutions Tabular export, or CSV from CSWeb / ODK Central; docs/fieldwork.md)' })
  @ApiBody({ schema: openApiSchema(fieldMappingBody) })
  @ApiResponses({ 201: FieldMappingResponse })
  @ApiErrors('CONFLICT')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(fieldMappingBody)) body: FieldMappingBody) {
    return this.mappings.save(p, body, null);
  }

  @Put('mappings/:id')
  @ApiOperation({ summary: 'Replace a field mapping' })
  @ApiBody({ schema: openApiSchema(fieldMappingBody) })
  @ApiResponses({ 200: FieldMappingResponse })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  update(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(fieldMappingBody)) body: FieldMappingBody) {
    return this.mappings.save(p, body, id);
  }

  @Put('logins')
  @ApiOperation({ summary: 'Link CAPI logins (Survey Solutions `responsible`) to enumerators by national id, all or nothing' })
  @ApiBody({ schema: openApiSchema(loginsBody) })
  @ApiResponses({ 200: SavedResponse })
  @ApiErrors('IMPORT_INVALID')
  logins(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(loginsBody)) body: z.output<typeof loginsBody>) {
    return this.mappings.saveLogins(p, body);
  }
}
