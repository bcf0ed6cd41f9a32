import { Body, Controller, Get, Headers, HttpCode, Param, type PipeTransform, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { listQuery } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import { IMPORT_KINDS, type ImportKind, isImportKind } from './domain/columns.js';
import { ImportsService } from './imports.service.js';
import { ImportRoute } from '../common/tabular/import-route.js';
import { CSV_OR_JSON } from '../common/tabular/tabular-import.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../common/http/openapi/api-responses.js';
import {
  IMPORT_EXAMPLES,
  IMPORT_RESULT_EXAMPLE,
  ImportBatchListResponse,
  ImportBatchResponse,
  ImportResultResponse,
  ImportRowsBody,
} from './imports.schemas.js';

/** An import kind that does not exist is a route that does not exist. */
class ImportKindPipe implements PipeTransform<string, ImportKind> {
  transform(value: string): ImportKind {
    if (!isImportKind(value))
      throw new AppError('ROUTE_NOT_FOUND', `there is no import of kind ${value}; use one of ${IMPORT_KINDS.join(', ')}`);
    return value;
  }
}

const runQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});
const batchListQuery = listQuery({ sorts: ['createdAt'], defaultSort: '-createdAt' }).extend({ kind: z.enum(IMPORT_KINDS).optional() });

@ApiTags('imports')
@ApiBearerAuth()
@Controller('api/v1/imports')
@MunicipalResource('import')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post(':kind')
  @ImportRoute(CSV_OR_JSON)
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY, Role.FINANCE)
  @ApiOperation({
    summary:
      'Import EAs, staff or EA assignments from CSV or JSON, all or nothing (ADMIN, LOGISTICS, MUNICIPALITY for its own rows; FINANCE staff only). ?dryRun=true validates only.',
    description:
      'A staff file with an `iban` column is for FINANCE and ADMIN only (other roles: 403 IBAN_FORBIDDEN); its IBANs become pending changes that a second finance user confirms. Without the column, stored bank details are untouched.',
  })
  @ApiParam({ name: 'kind', enum: IMPORT_KINDS })
  @ApiRequestContent({ 'application/json': ImportRowsBody, 'text/csv': FILE })
  @ApiBodyExamples(IMPORT_EXAMPLES)
  @ApiResponses({ 200: { content: { 'application/json': ImportResultResponse }, example: IMPORT_RESULT_EXAMPLE } })
  @ApiErrors('IMPORT_INVALID', 'IMPORT_FORMAT', 'IBAN_FORBIDDEN', 'FORBIDDEN', 'CONFLICT', 'ROUTE_NOT_FOUND')
  run(
    @CurrentPrincipal() p: Principal,
    @Param('kind', ImportKindPipe) kind: ImportKind,
    @Query(new ZodPipe(runQuery)) q: z.output<typeof runQuery>,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return this.imports.run(p, kind, body, contentType, q.dryRun);
  }

  @Get()
  @ApiOperation({
    summary: 'Import batches, newest first (municipal users: batches of their municipality’s users). ?kind=&sort=&limit=&cursor=',
  })
  @ApiResponses({ 200: ImportBatchListResponse })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(batchListQuery)) q: z.output<typeof batchListQuery>) {
    return this.imports.list(p, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import batch' })
  @ApiResponses({ 200: ImportBatchResponse })
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.imports.get(p, id);
  }
}
