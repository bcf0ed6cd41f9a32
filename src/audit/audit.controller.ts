import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResponses } from '../common/http/openapi/api-responses.js';
import { AuditListResponse } from './audit.schemas.js';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { listQuery } from '../common/http/lists.js';
import { NationalResource } from '../common/http/resource.js';
import { Roles } from '../auth/principal.js';
import { AuditService } from './audit.service.js';

const auditQuery = listQuery({ sorts: ['at'], defaultSort: '-at' }).extend({
  entity: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
@NationalResource()
@Roles(Role.ADMIN)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'Audit trail, newest first by default (ADMIN). Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.',
    description: 'Ordered by the time of the event (`-at`: newest first), then the event number.',
  })
  @ApiResponses({ 200: AuditListResponse })
  async list(@Query(new ZodPipe(auditQuery)) q: z.output<typeof auditQuery>) {
    return this.audit.list({
      entity: q.entity,
      action: q.action,
      actorId: q.actorId,
      entityId: q.entityId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      sort: q.sort,
      limit: q.limit,
      cursor: q.cursor,
    });
  }
}
