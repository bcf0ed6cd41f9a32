import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { CodedMessage } from '../common/i18n/notice.schemas.js';
import { csvMapping, surveySolutionsMapping } from './domain/field-mapping.js';
import { qualityThresholds } from '../payroll/counts/domain/quality-rules.js';

/** Answer of an export import (Survey Solutions archive or CSV). */
export const FieldImportResponse = z
  .object({
    mappingId: z.uuid(),
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
    batchId: z.uuid().nullable(),
    importId: z.uuid().nullable(),
  })
  .meta({ id: 'FieldImportResult' });

/** One import of a mapping, newest first: the provenance of the counts it wrote. */
export const FieldImportRecordResponse = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    fileHash: z.string().describe('SHA-256 of the file, hex'),
    interviews: z.number().int(),
    counted: z.number().int(),
    importBatchId: z.uuid().nullable(),
    actorId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'FieldImport' });

export const FieldImportHistoryResponse = listResponse(FieldImportRecordResponse, 'FieldImportList');

export const FIELD_IMPORT_EXAMPLE = {
  mappingId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
  fileName: 'census2026_1_Tabular_All.zip',
  unchanged: false,
  interviews: 1250,
  counted: 1198,
  rows: 37,
  created: 35,
  updated: 2,
  batchId: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  importId: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d',
};

const mappingCommon = { id: z.uuid(), name: z.string(), operation: z.string().nullable(), updatedAt: z.iso.datetime() };
export const FieldMappingResponse = z
  .discriminatedUnion('source', [
    z.object({ ...mappingCommon, source: z.literal('SURVEY_SOLUTIONS'), definition: surveySolutionsMapping }),
    z.object({ ...mappingCommon, source: z.literal('CSV'), definition: csvMapping }),
  ])
  .meta({ id: 'FieldMapping' });

export const FieldMappingListResponse = listResponse(FieldMappingResponse, 'FieldMappingList');

export const SavedResponse = z.object({ saved: z.number().int().min(0) }).meta({ id: 'FieldSaved' });

export const FlagResponse = z
  .object({
    id: z.uuid(),
    countId: z.uuid(),
    eaId: z.uuid(),
    eaCode: z.string(),
    enumeratorId: z.uuid(),
    municipalityId: z.uuid(),
    rule: z.string(),
    explanation: z.string().describe("Why, worded in the caller's language (the notices' texts joined by '; ')"),
    notices: z
      .array(CodedMessage)
      .describe(
        'Why, as codes: the rule, once or once per offending figure (ABOVE_EXPECTED, VERSION_JUMP), with ea (its code), ' +
          'counts as numbers, figure (dwellings | households | individuals), ratio, minRatio, maxRatio and percent as decimal strings, ' +
          "lastDay as YYYY-MM-DD; LEGACY_TEXT for a text stored before codes. `text` in the caller's language",
      ),
    createdAt: z.iso.datetime(),
    acceptedById: z.uuid().nullable(),
    acceptedAt: z.iso.datetime().nullable(),
    acceptReason: z.string().nullable(),
  })
  .meta({ id: 'QualityFlag' });

export const FlagListResponse = listResponse(FlagResponse, 'QualityFlagList');

export const AcceptedFlagResponse = FlagResponse.omit({ eaCode: true }).meta({ id: 'AcceptedQualityFlag' });

export const EvaluateResponse = z
  .object({ created: z.number().int().min(0).describe('Flags raised by this evaluation') })
  .meta({ id: 'QualityEvaluation' });

export const QualityThresholdsResponse = qualityThresholds.meta({ id: 'QualityThresholds' });

export const HeldLineResponse = z
  .object({
    staffId: z.uuid(),
    nationalId: z.string(),
    fullName: z.string(),
    eaCode: z.string().nullable(),
    unit: z.string(),
    quantity: z.number().int(),
    countId: z.uuid(),
    description: CodedMessage.describe(
      "Why the line is held: code HELD with the open quality flags' rules (`rules`, comma-separated); `text` in the caller's language",
    ),
  })
  .meta({ id: 'HeldLine' });

export const HeldLineListResponse = listResponse(HeldLineResponse, 'HeldLineList');

const figures = z.object({ dwellings: z.number().int(), households: z.number().int(), individuals: z.number().int() });
const PERCENT = z
  .string()
  .regex(/^\d+\.\d$/)
  .nullable()
  .describe('One decimal ("87.5"); null without a base');
const totals = {
  eas: z.number().int(),
  started: z.number().int(),
  finished: z.number().int(),
  withExpectation: z.number().int(),
  reported: figures,
  expected: figures,
  startedPercent: PERCENT,
  finishedPercent: PERCENT,
  householdsPercent: PERCENT,
  individualsPercent: PERCENT,
};

export const ProgressResponse = z
  .object({
    scope: z.enum(['national', 'municipal']),
    total: z.object(totals),
    municipalities: z.array(z.object({ municipalityCode: z.string(), ...totals })),
    daily: z.array(
      z.object({
        day: z.iso.date(),
        approvedInterviews: z.number().int(),
        approvedIndividuals: z.number().int().nullable(),
        cumulativeInterviews: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FieldProgress' });

export const EaProgressResponse = z
  .object({
    eaCode: z.string(),
    municipalityCode: z.string(),
    reportedDwellings: z.number().int(),
    reportedHouseholds: z.number().int(),
    reportedIndividuals: z.number().int(),
    expectedDwellings: z.number().int().nullable(),
    expectedHouseholds: z.number().int().nullable(),
    expectedIndividuals: z.number().int().nullable(),
    interviews: z.number().int(),
    started: z.boolean(),
    finished: z.boolean(),
  })
  .meta({ id: 'EaProgress' });

export const EaProgressListResponse = listResponse(EaProgressResponse, 'EaProgressList');

export const EXPECTATIONS_EXAMPLE = 'ea_code,expected_dwellings,expected_households,expected_individuals\n01-001-001,125,120,410\n';
