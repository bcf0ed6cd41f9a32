import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { Community, Language, StaffKind, StaffStatus } from '../generated/prisma/enums.js';

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** A supervisor or enumerator as the API shows them (IBANs masked for municipal users). */
export const StaffResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(StaffKind),
    nationalId: z.string(),
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    iban: z.string().nullable().describe('The confirmed IBAN pay runs use (masked for municipal users)'),
    ibanVersion: z.number().int().nullable(),
    ibanPending: z
      .object({ version: z.number().int(), iban: z.string(), requestedAt: instant })
      .nullable()
      .describe('A requested IBAN waiting for a second finance user'),
    community: z.enum(Community),
    languageOfWork: z.enum(Language),
    municipalityId: z.uuid(),
    municipality: z.object({ code: z.string(), nameSq: z.string() }),
    engagementStart: date.nullable(),
    engagementEnd: date.nullable(),
    status: z.enum(StaffStatus),
    teamId: z.uuid().nullable(),
    team: z.object({ id: z.uuid(), code: z.string() }).nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Staff' });

export const StaffDetailResponse = StaffResponse.extend({
  ledTeams: z.array(z.object({ id: z.uuid(), code: z.string() })),
  currentAssignments: z.array(z.object({ id: z.uuid(), eaId: z.uuid(), eaCode: z.string(), validFrom: date, validTo: date.nullable() })),
}).meta({ id: 'StaffDetail' });

export const StaffListResponse = listResponse(StaffResponse, 'StaffList');

export const STAFF_EXAMPLE = {
  id: '2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10',
  kind: 'ENUMERATOR',
  nationalId: '1234567890',
  fullName: 'Arta Berisha',
  phone: '+38344123456',
  email: null,
  iban: 'XK05••••••••••••0123',
  ibanVersion: 1,
  ibanPending: null,
  community: 'ALBANIAN',
  languageOfWork: 'SQ',
  municipalityId: '7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22',
  municipality: { code: 'prishtine', nameSq: 'Prishtinë' },
  engagementStart: '2024-03-01',
  engagementEnd: null,
  status: 'ACTIVE',
  teamId: null,
  team: null,
  createdAt: '2024-02-20T09:30:00.000Z',
  updatedAt: '2024-02-20T09:30:00.000Z',
};

const person = z.object({ id: z.uuid(), fullName: z.string(), kind: z.enum(StaffKind), status: z.enum(StaffStatus) });

/** A supervisor's team: its code, municipality, supervisor and how many enumerators it has. */
export const TeamResponse = z
  .object({
    id: z.uuid(),
    code: z.string(),
    municipalityId: z.uuid(),
    municipality: z.object({ code: z.string(), nameSq: z.string() }),
    supervisorId: z.uuid().nullable(),
    supervisor: person.nullable(),
    memberCount: z.number().int().min(0),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Team' });

export const TeamDetailResponse = TeamResponse.extend({ members: z.array(person) }).meta({ id: 'TeamDetail' });

export const TeamListResponse = listResponse(TeamResponse, 'TeamList');

/** An enumerator's inclusive period on an enumeration area. */
export const AssignmentResponse = z
  .object({
    id: z.uuid(),
    eaId: z.uuid(),
    eaCode: z.string(),
    enumeratorId: z.uuid(),
    enumeratorName: z.string(),
    municipalityId: z.uuid(),
    municipalityCode: z.string(),
    validFrom: date,
    validTo: date.nullable().describe('Inclusive last day; null while open-ended'),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Assignment' });

export const AssignmentListResponse = listResponse(AssignmentResponse, 'AssignmentList');

export const AssignmentTransferResponse = z
  .object({ closed: AssignmentResponse, opened: AssignmentResponse })
  .meta({ id: 'AssignmentTransfer' });

const changeUser = z.object({ id: z.uuid(), email: z.string().nullable() }).nullable();

/** A version of a person's bank account: requested, then confirmed or rejected by a second user. */
export const BankAccountChangeResponse = z
  .object({
    id: z.uuid(),
    staffId: z.uuid(),
    nationalId: z.string(),
    fullName: z.string(),
    version: z.number().int(),
    iban: z.string().nullable(),
    status: z.enum(['PENDING', 'CONFIRMED', 'REJECTED']),
    source: z.string(),
    requestedBy: changeUser,
    requestedAt: instant,
    decidedBy: changeUser,
    decidedAt: instant.nullable(),
    inForce: z.object({ iban: z.string().nullable(), version: z.number().int().nullable() }).describe('The account pay runs use now'),
  })
  .meta({ id: 'BankAccountChange' });

export const BankAccountChangeListResponse = listResponse(BankAccountChangeResponse, 'BankAccountChangeList');

/** A requested IBAN: the new pending version, or `requested: false` when that IBAN is already in force or pending. */
export const BankAccountRequestResponse = z
  .object({ requested: z.boolean(), change: BankAccountChangeResponse.nullable() })
  .meta({ id: 'BankAccountRequest' });
