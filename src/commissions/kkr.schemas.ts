import { z } from 'zod';
import { listResponse, pageParams } from '../common/http/lists.js';
import { KkrRole } from '../generated/prisma/enums.js';

// Shape only; the rules of the letter (count, roles, contact points, valid names, phones and
// e-mails) are checked by checkKkrMembers so that all problems come back together as 422.
const member = z.object({
  fullName: z.string().max(500),
  currentJob: z.string().max(500),
  kkrRole: z.enum(KkrRole),
  isMunicipalStaff: z.boolean(),
  phone: z.string().max(100).nullish(),
  email: z.string().max(500).nullish(),
  isContactPerson: z.boolean(),
});
export const replaceBody = z.object({ members: z.array(member).max(100) });
export const codeParam = z.string().trim().min(1).max(64);
export const confirmationsQuery = pageParams;

// ── responses (JSON wire form) ──

const at = z.iso.datetime();

export const KkrMemberResponse = z
  .object({
    position: z.number().int().describe('1..n in list order'),
    fullName: z.string(),
    currentJob: z.string(),
    kkrRole: z.enum(KkrRole),
    isMunicipalStaff: z.boolean(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isContactPerson: z.boolean(),
  })
  .meta({ id: 'KkrMember' });

const municipality = z.object({ code: z.string(), nameSq: z.string() });

export const KkrMemberListResponse = z
  .object({
    municipality,
    members: z.array(KkrMemberResponse),
    updatedAt: at.nullable().describe('Last change of the list; null while it is empty'),
  })
  .meta({ id: 'KkrMemberList' });

export const KkrConfirmationResponse = z
  .object({
    version: z.number().int(),
    members: z.array(KkrMemberResponse).describe('The list as it was confirmed'),
    confirmedById: z.uuid(),
    confirmedByEmail: z.string(),
    confirmedAt: at,
  })
  .meta({ id: 'KkrConfirmation' });

export const KkrConfirmedResponse = KkrConfirmationResponse.extend({ municipality }).meta({ id: 'KkrConfirmed' });

export const KkrConfirmationListResponse = listResponse(KkrConfirmationResponse, 'KkrConfirmationList');
