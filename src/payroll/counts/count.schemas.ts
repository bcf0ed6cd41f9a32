import { z } from 'zod';
import { listResponse } from '../../common/http/lists.js';

export const CountImportResultResponse = z
  .object({
    kind: z.literal('counts'),
    dryRun: z.boolean(),
    rows: z.number().int().min(0),
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    batchId: z.uuid().nullable().describe('null on a dry run or when nothing changed (the same file twice)'),
    tariffVersion: z.number().int().describe('The tariff whose interview period the assignments were checked against'),
  })
  .meta({ id: 'CountImportResult' });

/** A JSON counts import: rows keyed by the CSV column names (or `{ "rows": [...] }`). */
export const CountRowsBody = z
  .union([z.array(z.record(z.string(), z.unknown())), z.object({ rows: z.array(z.record(z.string(), z.unknown())) })])
  .meta({ id: 'CountRows' });

const HEADER = 'ea_code,enumerator_id,buildings,dwellings,households,individuals,diaspora_persons,diaspora_list_complete';

export const COUNT_IMPORT_EXAMPLES = {
  'text/csv': `${HEADER}\n01-001-001,1234567890,42,120,118,403,7,yes\n`,
  'application/json': [
    {
      ea_code: '01-001-001',
      enumerator_id: '1234567890',
      buildings: 42,
      dwellings: 120,
      households: 118,
      individuals: 403,
      diaspora_persons: 7,
      diaspora_list_complete: 'yes',
    },
  ],
};

export const COUNT_IMPORT_RESULT_EXAMPLE = {
  kind: 'counts',
  dryRun: true,
  rows: 1,
  created: 1,
  updated: 0,
  unchanged: 0,
  batchId: null,
  tariffVersion: 1,
};

export const CountResponse = z
  .object({
    id: z.uuid(),
    eaId: z.uuid(),
    eaCode: z.string(),
    enumeratorId: z.uuid(),
    enumeratorNationalId: z.string(),
    enumeratorName: z.string(),
    municipalityId: z.uuid(),
    municipalityCode: z.string(),
    version: z.number().int().min(1),
    isCurrent: z.boolean(),
    buildings: z.number().int().min(0),
    dwellings: z.number().int().min(0),
    households: z.number().int().min(0),
    individuals: z.number().int().min(0),
    diasporaPersons: z.number().int().min(0),
    diasporaListComplete: z.boolean(),
    importBatchId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    createdById: z.uuid().nullable(),
  })
  .meta({ id: 'EaCount' });

export const CountListResponse = listResponse(CountResponse, 'EaCountList');

export const COUNT_EXAMPLE = {
  id: '5b0e3f6a-2c1d-4e8b-9a70-1f2e3d4c5b6a',
  eaId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  eaCode: '01-001-001',
  enumeratorId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  enumeratorNationalId: '1234567890',
  enumeratorName: 'Arta Krasniqi',
  municipalityId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  municipalityCode: '01',
  version: 1,
  isCurrent: true,
  buildings: 42,
  dwellings: 120,
  households: 118,
  individuals: 403,
  diasporaPersons: 7,
  diasporaListComplete: true,
  importBatchId: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  createdAt: '2026-04-20T10:05:00.000Z',
  createdById: '0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10',
};
