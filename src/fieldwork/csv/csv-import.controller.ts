import { Body, Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { ImportRoute } from '../../common/tabular/import-route.js';
import { CSV_FILE } from '../../common/tabular/tabular-import.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { NationalResource } from '../../common/http/resource.js';
import { ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../../common/http/openapi/api-responses.js';
import { FIELD_IMPORT_EXAMPLE, FieldImportResponse } from '../fieldwork.schemas.js';
import { CsvImportService } from './csv-import.service.js';

const query = z.object({ fileName: z.string().trim().min(1).max(200).optional() });

@ApiTags('fieldwork')
@ApiBearerAuth()
@Controller('api/v1/fieldwork/mappings')
@NationalResource()
export class CsvImportController {
  constructor(private readonly imports: CsvImportService) {}

  @Post(':id/csv-imports')
  @ImportRoute(CSV_FILE)
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiRequestContent({ 'text/csv': FILE })
  @ApiOperation({
    summary: 'Import a CSWeb / ODK Central CSV export through this CSV mapping: new count versions per (EA, enumerator), all or nothing',
    description:
      'Columns as the mapping names them (docs/fieldwork.md, CSV exports). 422 IMPORT_INVALID names line and column; the same file twice answers unchanged: true.',
  })
  @ApiBodyExamples({
    'text/csv': 'interview__key,ea_code,responsible,status,households,individuals\n12-34-56-78,01-001-001,enum01,complete,1,4\n',
  })
  @ApiResponses({ 200: { content: { 'application/json': FieldImportResponse }, example: FIELD_IMPORT_EXAMPLE } })
  @ApiErrors('NOT_FOUND', 'IMPORT_FORMAT', 'IMPORT_INVALID', 'TARIFF_NOT_IN_EFFECT')
  async run(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(query)) q: z.output<typeof query>,
    @Body() body: unknown,
  ) {
    return FieldImportResponse.parse(await this.imports.run(p, id, body, q.fileName ?? 'export.csv'));
  }
}
