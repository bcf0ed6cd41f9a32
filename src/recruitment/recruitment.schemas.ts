import { z } from 'zod';
import { CodedMessage } from '../common/i18n/notice.schemas.js';
import { DATE_ONLY } from '../common/dates/date-only.js';
import {
  ApplicationChannel,
  ApplicationStatus,
  Community,
  DeadlineFlagKind,
  Language,
  ReplacementStatus,
  StaffKind,
} from '../generated/prisma/enums.js';
import { listQuery, listResponse, pageParams } from '../common/http/lists.js';
import { IneligibilityResponse, replacementNote } from './supervisor.schemas.js';
import { COMMUNITY, EMAIL, FULL_NAME, IBAN, LANGUAGE, NATIONAL_ID, PHONE, STAFF_KIND } from '../staff/domain/staff-fields.js';
import { DATE_FIELDS } from './domain/timeline.js';
import { DOCUMENT_CODE } from './domain/eligibility.js';

export const codeParam = z.string().trim().min(1).max(64);

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

export const timelineInput = z
  .strictObject({
    applicationDeadline: instant,
    ...Object.fromEntries(DATE_FIELDS.map((f) => [f, DATE_ONLY])),
  })
  .partial() as unknown as z.ZodType<Partial<Record<(typeof DATE_FIELDS)[number] | 'applicationDeadline', string>>>;

export const createCompetitionBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'NOT_SLUG'),
  name: z.string().trim().min(1).max(200),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
  timeline: timelineInput.optional(),
});

export const updateCompetitionBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  timeline: timelineInput.optional(),
});

const count = z.number().int().min(0).max(10_000);

export const targetsBody = z.strictObject({
  targets: z
    .array(z.strictObject({ municipalityCode: codeParam, community: z.enum(Community), supervisors: count, enumerators: count }))
    .min(1)
    .max(38 * 9),
});

export const scoresBody = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        applicationId: z.uuid(),
        score: z
          .string()
          .trim()
          .regex(/^\d{1,3}(\.\d{1,2})?$/, 'NOT_SCORE')
          .refine((s) => Number(s) <= 100, 'SCORE_OVER_100'),
      }),
    )
    .min(1)
    .max(100_000),
});

export const shortlistsBody = z.strictObject({
  municipalityCodes: z.array(codeParam).min(1).max(38),
  /** why a shortlist is sent again (shown to the commission with the new version) */
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const applicationBody = z.strictObject({
  competitionId: z.uuid(),
  municipalityCode: codeParam,
  kind: STAFF_KIND.default('ENUMERATOR'),
  nationalId: NATIONAL_ID,
  fullName: FULL_NAME,
  phone: PHONE.nullish(),
  email: EMAIL.nullish(),
  community: COMMUNITY,
  languageOfWork: LANGUAGE,
  channel: z.enum(ApplicationChannel),
  paperFileRef: z.string().trim().min(1).max(200).nullish(),
  /** needed by the age rule of the census's eligibility settings */
  dateOfBirth: DATE_ONLY.nullish(),
  /** codes of the documents the application came with, e.g. ["ID_CARD", "DIPLOMA"] */
  documents: z.array(DOCUMENT_CODE).max(30).default([]),
});

export const clerkBody = z.strictObject({ userId: z.uuid(), kkrPosition: z.number().int().min(1).max(11) });

export const finalListBody = z.strictObject({
  selections: z
    .array(z.strictObject({ applicationId: z.uuid(), reason: z.string().trim().max(2000).nullish() }))
    .min(1)
    .max(10_000),
});

export const replacementBody = z.strictObject({
  leaverStaffId: z.uuid(),
  leavingDate: DATE_ONLY,
  reason: z.string().trim().min(1).max(2000),
});

export const acceptBody = z.strictObject({ iban: IBAN.nullish() });

export const flagsQuery = pageParams.extend({
  competitionId: z.uuid().optional(),
  census: z.string().trim().min(1).max(64).optional().describe('Code or id of a census'),
  municipality: codeParam.optional().describe('Code of a municipality'),
});

export const reopenBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

export const FinalListStartResponse = z
  .object({
    municipalityCode: z.string(),
    finalListStartedAt: z.iso.datetime(),
    shortlistVersion: z.number().int(),
  })
  .meta({ id: 'FinalListStart' });

export const ShortlistReopenResponse = z
  .object({
    municipalityCode: z.string(),
    reopened: z.literal(true),
    shortlistVersion: z.number().int(),
  })
  .meta({ id: 'ShortlistReopen' });

// ── responses (the JSON wire form: instants and dates as ISO strings, scores as decimal strings) ──

const uuid = z.uuid();
const at = z.iso.datetime();
const day = z.iso.date();
const score = z.string().nullable().describe('Points with two decimals, e.g. "87.50"; null before scoring');

export const TimelineResponse = z
  .object({
    applicationDeadline: at,
    ...(Object.fromEntries(DATE_FIELDS.map((f) => [f, day])) as Record<(typeof DATE_FIELDS)[number], typeof day>),
  })
  .meta({ id: 'CompetitionTimeline' });

export const CompetitionResponse = z
  .object({
    id: uuid,
    code: z.string(),
    censusId: uuid.nullable(),
    name: z.string(),
    timeline: TimelineResponse,
    createdAt: at,
    updatedAt: at,
  })
  .meta({ id: 'Competition' });

export const competitionListQuery = pageParams.extend({
  census: z.string().trim().min(1).max(64).optional().describe('Code or id of a census'),
});
export const CompetitionListResponse = listResponse(CompetitionResponse, 'CompetitionList');

export const CompetitionExample = {
  id: '6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f',
  code: 'rpc-2024',
  censusId: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  name: 'Enumerators and supervisors 2024',
  timeline: {
    vacancyAnnounced: '2024-08-15',
    applicationDeadline: '2024-09-02T21:59:59.000Z',
    kkrConfirmationDue: '2024-08-30',
    shortlistSentBy: '2024-09-20',
    finalListDue: '2024-10-12',
    publicationBy: '2024-10-13',
    kkrTraining: '2024-10-20',
    supervisorTrainingFrom: '2024-10-21',
    supervisorTrainingTo: '2024-10-23',
    enumeratorTrainingFrom: '2024-10-24',
    enumeratorTrainingTo: '2024-10-27',
    listingFrom: '2024-10-28',
    listingTo: '2024-11-10',
    fieldworkFrom: '2024-11-11',
    fieldworkTo: '2024-12-10',
    engagementStart: '2024-10-21',
    engagementEnd: '2024-12-15',
  },
  createdAt: '2024-08-01T09:00:00.000Z',
  updatedAt: '2024-08-01T09:00:00.000Z',
};

export const TargetsSetResponse = z.object({ municipalities: z.number().int(), rows: z.number().int() }).meta({ id: 'StaffingTargetsSet' });

export const ScoresRecordedResponse = z.object({ recorded: z.number().int() }).meta({ id: 'ScoresRecorded' });

export const ScoresExample = { recorded: 2 };
export const ScoresBodyExample = {
  scores: [
    { applicationId: '0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01', score: '87.50' },
    { applicationId: '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', score: '64' },
  ],
};

const ShortlistChanges = z
  .object({
    added: z.array(uuid),
    removed: z.array(uuid),
    moved: z.array(z.object({ applicationId: uuid, from: z.number().int(), to: z.number().int() })),
  })
  .meta({ id: 'ShortlistChanges' });

export const ShortlistsSentResponse = z
  .object({
    sentAt: at,
    municipalities: z.array(
      z.object({
        municipalityCode: z.string(),
        version: z.number().int(),
        changes: ShortlistChanges.nullable().describe('What a re-send changed; null for the first version'),
        communities: z.array(
          z.object({
            community: z.enum(Community),
            required: z.number().int(),
            size: z.number().int(),
            shortfall: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ShortlistsSent' });

export const ApplicationsImportResponse = z
  .object({ competitionId: uuid, created: z.number().int(), applicationIds: z.array(uuid) })
  .meta({ id: 'ApplicationsImport' });

export const ApplicationsImportExample = {
  competitionId: '6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f',
  created: 2,
  applicationIds: ['0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01', '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'],
};
export const ApplicationsImportCsvExample =
  'national_id,full_name,community,language,municipality_code,kind,phone,email\n' +
  '1234567890,Arta Krasniqi,ALBANIAN,SQ,prishtine,ENUMERATOR,+38344123456,arta@example.org\n' +
  '1234567891,Milan Petrović,SERBIAN,SR,graqanice,ENUMERATOR,,\n';

export const DeadlineCheckResponse = z.object({ competitions: z.number().int(), flags: z.number().int() }).meta({ id: 'DeadlineCheck' });

export const ApplicationResponse = z
  .object({
    id: uuid,
    competitionId: uuid,
    municipalityId: uuid,
    kind: z.enum(StaffKind),
    nationalId: z.string(),
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    community: z.enum(Community),
    languageOfWork: z.enum(Language),
    channel: z.enum(ApplicationChannel),
    paperFileRef: z.string().nullable(),
    submittedAt: at,
    submittedById: uuid,
    score,
    shortlistRank: z.number().int().nullable(),
    status: z.enum(ApplicationStatus),
    deviationReason: z.string().nullable(),
    staffId: uuid.nullable(),
    dateOfBirth: day.nullable(),
    documents: z.array(z.string()),
    eligible: z.boolean(),
    ineligibility: z.array(IneligibilityResponse),
  })
  .meta({ id: 'Application' });

const APPLICATION_SORTS = ['submittedAt', 'fullName'] as const;
export const applicationListQuery = listQuery({
  sorts: APPLICATION_SORTS,
  search: 'Start of the national id, or of any word of the name (case-insensitive)',
}).extend({
  kind: z.enum(StaffKind).optional().describe('Only applications for this kind of position'),
  status: z.enum(ApplicationStatus).optional().describe('Only applications in this status'),
  channel: z.enum(ApplicationChannel).optional().describe('Only online or only paper applications'),
  community: z.enum(Community).optional().describe('Only applicants of this community'),
});
export const ApplicationListResponse = listResponse(ApplicationResponse, 'ApplicationList');

export const DeadlineFlagResponse = z
  .object({
    id: uuid,
    competitionId: uuid,
    municipalityId: uuid,
    municipalityCode: z.string().nullable(),
    kind: z.enum(DeadlineFlagKind),
    subject: z.string(),
    dueAt: at,
    doneAt: at.nullable(),
    notice: CodedMessage.describe('What the flag says: the kind as code, `due` (YYYY-MM-DD) and `state` (done | open)'),
    raisedAt: at,
    checkedAt: at,
  })
  .meta({ id: 'DeadlineFlag' });
export const DeadlineFlagListResponse = listResponse(DeadlineFlagResponse, 'DeadlineFlagList');

export const TargetsResponse = z
  .object({
    competitionId: uuid,
    municipalityCode: z.string(),
    items: z.array(z.object({ community: z.enum(Community), supervisors: z.number().int(), enumerators: z.number().int() })),
  })
  .meta({ id: 'StaffingTargets' });

const municipalityNames = z.object({ code: z.string(), nameSq: z.string(), nameSr: z.string() });
const competitionName = z.object({ code: z.string(), name: z.string() });

export const VacancyNoticeResponse = z
  .object({
    competition: competitionName,
    municipality: municipalityNames,
    announced: day,
    applicationDeadline: at,
    engagement: z.object({ from: day, to: day }),
    channels: z.array(z.enum(ApplicationChannel)),
    positions: z.array(z.object({ community: z.enum(Community), supervisors: z.number().int(), enumerators: z.number().int() })),
    totals: z.object({ supervisors: z.number().int(), enumerators: z.number().int() }),
  })
  .meta({ id: 'VacancyNotice' });

export const ShortlistResponse = z
  .object({
    competitionId: uuid,
    municipalityCode: z.string(),
    sentAt: at.nullable(),
    version: z.number().int(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        sentAt: at,
        sentBy: z.string().nullable().describe('E-mail of who sent it'),
        reason: z.string().nullable(),
        changes: ShortlistChanges,
      }),
    ),
    finalListStartedAt: at.nullable(),
    finalisedAt: at.nullable(),
    publishedAt: at.nullable(),
    communities: z.array(
      z.object({
        community: z.enum(Community),
        required: z.number().int(),
        candidates: z.array(
          z.object({
            rank: z.number().int().nullable(),
            applicationId: uuid,
            fullName: z.string(),
            languageOfWork: z.enum(Language),
            score,
            status: z.enum(ApplicationStatus),
            deviationReason: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Shortlist' });

export const ShortlistExample = {
  competitionId: '6f1c2a3e-1b7d-4c55-9e0a-3f2b1c4d5e6f',
  municipalityCode: 'prishtine',
  sentAt: '2024-09-18T08:30:00.000Z',
  version: 1,
  versions: [
    {
      version: 1,
      sentAt: '2024-09-18T08:30:00.000Z',
      sentBy: 'recruitment@ask.example',
      reason: null,
      changes: { added: ['0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01'], removed: [], moved: [] },
    },
  ],
  finalListStartedAt: null,
  finalisedAt: null,
  publishedAt: null,
  communities: [
    {
      community: 'ALBANIAN',
      required: 1,
      candidates: [
        {
          rank: 1,
          applicationId: '0b6f8f5e-7c1a-4f0e-9d3b-2a1c5e7f9a01',
          fullName: 'Arta Krasniqi',
          languageOfWork: 'SQ',
          score: '87.50',
          status: 'SUBMITTED',
          deviationReason: null,
        },
      ],
    },
  ],
};

export const FinalListResponse = z
  .object({ municipalityCode: z.string(), finalisedAt: at, selected: z.number().int(), deviations: z.number().int() })
  .meta({ id: 'FinalList' });

export const PublicFinalListResponse = z
  .object({ competition: competitionName, municipality: municipalityNames, publishedAt: at, names: z.array(z.string()) })
  .meta({ id: 'PublicFinalList' });

export const ReserveResponse = z
  .object({
    competitionId: uuid,
    municipalityCode: z.string(),
    communities: z.array(
      z.object({
        community: z.enum(Community),
        candidates: z.array(
          z.object({
            reserveRank: z.number().int(),
            applicationId: uuid,
            fullName: z.string(),
            languageOfWork: z.enum(Language),
            score,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ReserveList' });

export const ReplacementResponse = z
  .object({
    id: uuid,
    competitionId: uuid,
    municipalityId: uuid,
    leaverStaffId: uuid,
    leavingDate: day,
    cutoverDate: day,
    reason: z.string(),
    proposedApplicationId: uuid,
    status: z.enum(ReplacementStatus),
    replacementStaffId: uuid.nullable(),
    notes: z.array(replacementNote),
    createdAt: at,
    acceptedAt: at.nullable(),
  })
  .meta({ id: 'Replacement' });
export const ReplacementListItemResponse = ReplacementResponse.extend({
  leaverFullName: z.string().nullable().describe('The leaving enumerator’s name'),
  proposedFullName: z.string().nullable().describe('The proposed (or accepted) candidate’s name'),
}).meta({ id: 'ReplacementListItem' });
export const ReplacementListResponse = listResponse(ReplacementListItemResponse, 'ReplacementList');

export const ReplacementProposalResponse = ReplacementResponse.extend({
  proposed: z.object({
    applicationId: uuid,
    fullName: z.string(),
    languageOfWork: z.enum(Language),
    community: z.enum(Community),
  }),
}).meta({ id: 'ReplacementProposal' });

export const ReplacementAcceptedResponse = z
  .object({
    id: uuid,
    status: z.literal('ACCEPTED'),
    leaverStaffId: uuid,
    replacementStaffId: uuid,
    leavingDate: day,
    cutoverDate: day,
    assignmentIds: z.array(uuid).describe('EA assignment periods that passed to the replacement'),
    notes: z.array(replacementNote),
  })
  .meta({ id: 'ReplacementAccepted' });

export const PaperIntakeClerksResponse = z
  .object({
    municipalityCode: z.string(),
    items: z.array(z.object({ userId: uuid, kkrPosition: z.number().int(), createdAt: at })),
  })
  .meta({ id: 'PaperIntakeClerks' });

/** The JSON form of an applications file: one object per row, keyed by the CSV column names. */
export const ApplicationRowsBody = z
  .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
  .meta({ id: 'ApplicationImportRows' });
