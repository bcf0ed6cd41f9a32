import { z } from 'zod';

/** Answer of an export import (Survey Solutions archive or CSV). */
export const FieldImportResponse = z.object({
  mappingId: z.string(),
  fileName: z.string(),
  /** the same file as the mapping's last import: nothing was written */
  unchanged: z.boolean(),
  /** interviews (or records) in the export */
  interviews: z.number().int(),
  /** of those, in a counted status */
  counted: z.number().int(),
  /** (EA, enumerator) rows derived */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  batchId: z.string().nullable(),
  importId: z.string().nullable(),
});

/** One import of a mapping, newest first: the provenance of the counts it wrote. */
export const FieldImportHistoryResponse = z.array(
  z.object({
    id: z.string(),
    fileName: z.string(),
    fileHash: z.string(),
    interviews: z.number().int(),
    counted: z.number().int(),
    importBatchId: z.string().nullable(),
    actorId: z.string().nullable(),
    createdAt: z.date(),
  }),
);
