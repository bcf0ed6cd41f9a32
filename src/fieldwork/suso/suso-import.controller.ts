import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { NationalResource } from '../../common/http/resource.js';
import { ImportRoute } from '../../common/tabular/import-route.js';
import { ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../../common/http/openapi/api-responses.js';
import { FIELD_IMPORT_EXAMPLE, FieldImportResponse } from '../fieldwork.schemas.js';
import { SusoImportService } from './suso-import.service.js';

/** A national export of a large country is a few gigabytes zipped. */
const MAX_ARCHIVE_BYTES = 16 * 1024 ** 3;
const query = z.object({ fileName: z.string().trim().min(1).max(200).optional() });

@ApiTags('fieldwork')
@ApiBearerAuth()
@Controller('api/v1/fieldwork/mappings')
@NationalResource()
export class SusoImportController {
  constructor(private readonly imports: SusoImportService) {}

  @Post(':id/imports')
  @ImportRoute({ formats: ['zip'] })
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiRequestContent({ 'application/zip': FILE })
  @ApiOperation({
    summary: 'Import a Survey Solutions Tabular export (zip) through this mapping: new count versions per (EA, enumerator), all or nothing',
    description:
      'Send the archive as the request body (Content-Type application/zip). Only interviews in a counted status count (default ApprovedByHeadquarters). 422 IMPORT_INVALID names file, line and variable; the same archive twice answers unchanged: true.',
  })
  @ApiResponses({ 200: { content: { 'application/json': FieldImportResponse }, example: FIELD_IMPORT_EXAMPLE } })
  @ApiErrors('NOT_FOUND', 'IMPORT_FORMAT', 'IMPORT_INVALID', 'TARIFF_NOT_IN_EFFECT', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE')
  async run(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(query)) q: z.output<typeof query>,
    @Req() req: Request,
  ) {
    if (!/^application\/(zip|x-zip-compressed|octet-stream)\b/i.test(req.headers['content-type'] ?? ''))
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the export archive as application/zip');
    // The archive goes to a temporary file (a zip is read from its central directory at the end).
    const path = join(tmpdir(), `terren-field-${randomUUID()}.zip`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        req,
        new Transform({
          transform(chunk: Buffer, _enc, done) {
            size += chunk.length;
            if (size > MAX_ARCHIVE_BYTES) return done(new AppError('PAYLOAD_TOO_LARGE', 'the archive is larger than 16 GiB'));
            hash.update(chunk);
            done(null, chunk);
          },
        }),
        createWriteStream(path),
      );
      if (size === 0) throw new AppError('IMPORT_FORMAT', 'the request has no archive');
      return FieldImportResponse.parse(
        await this.imports.run(p, id, { path, name: q.fileName ?? 'export.zip', sha256: hash.digest('hex') }),
      );
    } finally {
      await rm(path, { force: true });
    }
  }
}
