import { z } from 'zod';
import { DATE_ONLY } from '../common/dates/date-only.js';
import { listResponse, pageParams } from '../common/http/lists.js';
import { ContractStatus, StaffKind } from '../generated/prisma/enums.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const censusCode = z.string().trim().min(1).max(64);

export const listQuery = pageParams.extend({
  municipality: z.string().trim().min(1).max(64).optional(),
  staffId: z.uuid().optional(),
  status: z.enum(ContractStatus).optional(),
  census: censusCode.optional(),
});

export const createBody = z.strictObject({
  staffId: z.uuid(),
  censusCode: censusCode.optional(),
  periodFrom: DATE_ONLY.optional(),
  periodTo: DATE_ONLY.optional(),
});

/** A signature recorded with the reference of the filed paper (JSON). */
export const paperSignatureBody = z.strictObject({
  signedOn: DATE_ONLY,
  signedBy: text(200),
  paperReference: text(200),
});

/** A signature sent with its scan as the body: the rest travels in the query. */
export const scanSignatureQuery = z.object({ signedOn: DATE_ONLY, signedBy: text(200) });

export const endBody = z.strictObject({ leavingDate: DATE_ONLY, reason: z.string().trim().max(500).optional() });

export const replaceBody = z.strictObject({ periodFrom: DATE_ONLY.optional(), periodTo: DATE_ONLY.optional() });

export const ContractResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  census: z.object({ id: z.uuid(), code: z.string() }),
  staff: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(StaffKind) }),
  municipalityId: z.uuid(),
  status: z.enum(ContractStatus),
  periodFrom: z.string(),
  periodTo: z.string(),
  generatedAt: z.string(),
  sentAt: z.string().nullable(),
  signedOn: z.string().nullable(),
  signedBy: z.string().nullable(),
  paperReference: z.string().nullable(),
  scan: z.object({ type: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  replacedById: z.uuid().nullable(),
});

export const ContractListResponse = listResponse(ContractResponse, 'ContractList');

export const ContractReplacementResponse = z.object({ replaced: ContractResponse, contract: ContractResponse });
