import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { fieldMappingBody, type FieldMappingBody } from './domain/field-mapping.js';
import { FieldMappingRepository } from './field-mapping.repository.js';
import { FieldImportHistoryResponse } from './fieldwork.schemas.js';

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
  @ApiOperation({ summary: 'Field mappings: how a field-system export becomes EA counts (ADMIN, FINANCE)' })
  list() {
    return this.mappings.list();
  }

  @Get('mappings/:id')
  @ApiOperation({ summary: 'One field mapping' })
  get(@Param('id', IdPipe) id: string) {
    return this.mappings.get(id);
  }

  @Get('mappings/:id/imports')
  @ApiOperation({ summary: 'Imports of one mapping, newest first: which file (name, SHA-256), how many interviews, which count batch' })
  async imports(@Param('id', IdPipe) id: string) {
    return FieldImportHistoryResponse.parse(await this.mappings.imports(id));
  }

  @Post('mappings')
  @ApiOperation({ summary: 'Create a field mapping (Survey Solutions Tabular export, or CSV from CSWeb / ODK Central; docs/fieldwork.md)' })
  @ApiBody({ schema: openApiSchema(fieldMappingBody) })
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(fieldMappingBody)) body: FieldMappingBody) {
    return this.mappings.save(p, body, null);
  }

  @Put('mappings/:id')
  @ApiOperation({ summary: 'Replace a field mapping' })
  @ApiBody({ schema: openApiSchema(fieldMappingBody) })
  update(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(fieldMappingBody)) body: FieldMappingBody) {
    return this.mappings.save(p, body, id);
  }

  @Put('logins')
  @ApiOperation({ summary: 'Link CAPI logins (Survey Solutions `responsible`) to enumerators by national id, all or nothing' })
  @ApiBody({ schema: openApiSchema(loginsBody) })
  logins(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(loginsBody)) body: z.output<typeof loginsBody>) {
    return this.mappings.saveLogins(p, body);
  }
}
