import { z } from 'zod';
import { ApplicationStatus, Community, Language, ReplacementStatus } from '../generated/prisma/enums.js';
import { listResponse } from '../common/http/lists.js';
import { CodedMessage } from '../common/i18n/notice.schemas.js';

/**
 * Requests and responses of supervisor selection, supervisor replacement and the score import.
 * Every response is parsed through its schema before it leaves the controller.
 */
export const supervisorSelectionBody = z.strictObject({
  selections: z
    .array(z.strictObject({ applicationId: z.uuid(), reason: z.string().trim().max(2000).nullish() }))
    .min(1)
    .max(10_000),
});

export const dryRunQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});

const score = z.string().nullable();
const instant = z.string().nullable();
export const IneligibilityResponse = z.object({
  code: z.enum(['DATE_OF_BIRTH_MISSING', 'TOO_YOUNG', 'TOO_OLD', 'DOCUMENT_MISSING', 'ENGAGED_ELSEWHERE', 'KKR_MEMBER']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const SupervisorRankingResponse = z.object({
  competitionId: z.string(),
  municipalityCode: z.string(),
  selectedAt: instant,
  publishedAt: instant,
  communities: z.array(
    z.object({
      community: z.enum(Community),
      required: z.number().int(),
      candidates: z.array(
        z.object({
          rank: z.number().int(),
          applicationId: z.string(),
          fullName: z.string(),
          languageOfWork: z.enum(Language),
          score,
          status: z.enum(ApplicationStatus),
          deviationReason: z.string().nullable(),
        }),
      ),
    }),
  ),
  unscored: z.array(z.object({ applicationId: z.string(), fullName: z.string() })),
  ineligible: z.array(z.object({ applicationId: z.string(), fullName: z.string(), reasons: z.array(IneligibilityResponse) })),
});

export const SupervisorSelectionResponse = z.object({
  municipalityCode: z.string(),
  selectedAt: z.string(),
  selected: z.number().int(),
  deviations: z.number().int(),
});

export const SupervisorPublicationResponse = z.object({
  municipalityCode: z.string(),
  publishedAt: z.string(),
  hired: z.number().int(),
});

export const SupervisorResultsResponse = z.object({
  competitionId: z.string(),
  municipalityCode: z.string(),
  publishedAt: instant,
  supervisors: z.array(
    z.object({
      applicationId: z.string(),
      staffId: z.string(),
      fullName: z.string(),
      community: z.enum(Community),
      status: z.enum(ApplicationStatus),
      teamCodes: z.array(z.string()),
    }),
  ),
  reserve: z.array(
    z.object({
      community: z.enum(Community),
      candidates: z.array(
        z.object({
          reserveRank: z.number().int(),
          applicationId: z.string(),
          fullName: z.string(),
          languageOfWork: z.enum(Language),
          score,
        }),
      ),
    }),
  ),
});

/** What a hook did on accepting a replacement (`notice.<code>`), worded in `text`. */
export const replacementNote = CodedMessage.extend({ source: z.string().describe("e.g. 'equipment', 'training'") }).meta({
  id: 'ReplacementNote',
});

const replacement = z.object({
  id: z.string(),
  competitionId: z.string(),
  municipalityId: z.string(),
  leaverStaffId: z.string(),
  leavingDate: z.string().nullable(),
  cutoverDate: z.string().nullable(),
  reason: z.string(),
  proposedApplicationId: z.string(),
  status: z.enum(ReplacementStatus),
  replacementStaffId: z.string().nullable(),
  notes: z.array(replacementNote),
  createdAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
});

export const SupervisorReplacementListResponse = listResponse(replacement, 'SupervisorReplacementList');

export const SupervisorReplacementProposalResponse = replacement.extend({
  proposed: z.object({ applicationId: z.string(), fullName: z.string(), languageOfWork: z.enum(Language), community: z.enum(Community) }),
});

export const SupervisorReplacementAcceptedResponse = z.object({
  id: z.string(),
  status: z.literal('ACCEPTED'),
  leaverStaffId: z.string(),
  replacementStaffId: z.string(),
  leavingDate: z.string(),
  cutoverDate: z.string(),
  teamCodes: z.array(z.string()),
  notes: z.array(replacementNote),
});

export const ScoreImportResponse = z.object({
  competitionId: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  recorded: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});
