import { z } from 'zod';

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
