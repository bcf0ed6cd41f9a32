import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { IMPORT_KINDS } from './domain/columns.js';

export const ImportResultResponse = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    dryRun: z.boolean(),
    rows: z.number().int().min(0),
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    batchId: z.uuid().nullable().describe('null on a dry run or when nothing changed (the same file twice)'),
    ibanChangesRequested: z.number().int().min(0).optional().describe('staff imports: IBANs now pending a second finance user'),
  })
  .meta({ id: 'ImportResult' });

export const ImportBatchResponse = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('eas, staff, assignments, counts or another import of the service'),
    format: z.string(),
    fileHash: z.string(),
    rowCount: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    actorId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ImportBatch' });

export const ImportBatchListResponse = listResponse(ImportBatchResponse, 'ImportBatchList');

/** A JSON import: rows keyed by the CSV column names (or `{ "rows": [...] }`). */
export const ImportRowsBody = z
  .union([z.array(z.record(z.string(), z.unknown())), z.object({ rows: z.array(z.record(z.string(), z.unknown())) })])
  .meta({ id: 'ImportRows' });

export const IMPORT_EXAMPLES = {
  'application/json': [
    {
      national_id: '1234567890',
      kind: 'ENUMERATOR',
      full_name: 'Arta Berisha',
      community: 'ALBANIAN',
      language: 'SQ',
      municipality_code: 'prishtine',
    },
  ],
  'text/csv': 'ea_code,enumerator_national_id,valid_from,valid_to\n01-001-001,1234567890,2024-04-01,\n',
};
export const IMPORT_RESULT_EXAMPLE = {
  kind: 'assignments',
  dryRun: false,
  rows: 1,
  created: 1,
  updated: 0,
  unchanged: 0,
  batchId: '0f8e2d4c-6b7a-4c9d-8e1f-2a3b4c5d6e7f',
};
