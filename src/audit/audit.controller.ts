import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiResponses } from '../common/http/openapi/api-responses.js';
import { AuditListResponse } from './audit.schemas.js';
import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { Roles } from '../auth/principal.js';
import { AuditService } from './audit.service.js';

const auditQuery = z.object({
  entity: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.string().regex(/^\d+$/, 'must be an event id').optional(),
});

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
@NationalResource()
@Roles(Role.ADMIN)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit trail, newest first (ADMIN). Page with ?before=<last id>.' })
  @ApiResponses({ 200: AuditListResponse })
  async list(@Query(new ZodPipe(auditQuery)) q: z.output<typeof auditQuery>) {
    const rows = await this.audit.list({
      entity: q.entity,
      action: q.action,
      actorId: q.actorId,
      entityId: q.entityId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit,
      beforeId: q.before ? BigInt(q.before) : undefined,
    });
    return {
      items: rows.map((r) => ({ ...r, id: r.id.toString() })),
      next: rows.length === q.limit ? (rows.at(-1)?.id.toString() ?? null) : null,
    };
  }
}
