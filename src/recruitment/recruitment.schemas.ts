import { z } from 'zod';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { ApplicationChannel, Community } from '../generated/prisma/enums.js';
import { COMMUNITY, EMAIL, FULL_NAME, IBAN, LANGUAGE, NATIONAL_ID, PHONE, STAFF_KIND } from '../staff/domain/staff-fields.js';
import { DATE_FIELDS } from './domain/timeline.js';
import { DOCUMENT_CODE } from './domain/eligibility.js';

export const codeParam = z.string().trim().min(1).max(64);

const instant = z.iso
  .datetime({ offset: true, message: 'must be a timestamp with time zone, e.g. 2030-03-01T23:59:59+01:00' })
  .transform((s) => new Date(s).toISOString());

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
    .regex(/^[a-z0-9-]{2,40}$/, 'must be 2–40 lower-case letters, digits or hyphens'),
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
          .regex(/^\d{1,3}(\.\d{1,2})?$/, 'must be points with at most two decimals, e.g. "87.50"')
          .refine((s) => Number(s) <= 100, 'must be at most 100'),
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
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});

export const acceptBody = z.strictObject({ iban: IBAN.nullish() });

export const flagsQuery = z.strictObject({ competitionId: z.uuid().optional(), census: z.string().trim().min(1).max(64).optional() });

export const censusListQuery = z.strictObject({ census: z.string().trim().min(1).max(64).optional() });

export const reopenBody = z.strictObject({ reason: z.string().trim().min(1, 'a reason is required').max(2000) });

export const FinalListStartResponse = z.object({
  municipalityCode: z.string(),
  finalListStartedAt: z.date(),
  shortlistVersion: z.number().int(),
});

export const ShortlistReopenResponse = z.object({
  municipalityCode: z.string(),
  reopened: z.literal(true),
  shortlistVersion: z.number().int(),
});
