import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';

export const AuditEventResponse = z
  .object({
    id: z.string().regex(/^\d+$/).describe('Increasing event number (a string: it may exceed 2^53)'),
    at: z.iso.datetime({ offset: true }),
    actorId: z.uuid().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityIds: z.array(z.string()),
    municipalityId: z.uuid().nullable(),
    details: z.unknown().describe('What changed: field names and ids, never personal data'),
  })
  .meta({ id: 'AuditEvent' });

export const AuditListResponse = listResponse(AuditEventResponse, 'AuditList');
