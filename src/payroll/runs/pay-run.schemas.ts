import { z } from 'zod';
import { listResponse } from '../../common/http/lists.js';
import { MONEY } from '../money.schemas.js';

export const PAY_RUN_STATUS = z.enum(['QUEUED', 'COMPUTING', 'COMPUTED', 'FAILED', 'APPROVED']);
export const PAY_RUN_KIND = z.enum(['REGULAR', 'ADJUSTMENT']);

const municipalityTotals = z
  .object({
    code: z.string(),
    nameSq: z.string(),
    nameSr: z.string(),
    payable: z.number().int().min(0),
    blocked: z.number().int().min(0),
    gross: MONEY,
    deductions: MONEY,
    net: MONEY,
  })
  .meta({ id: 'PayRunMunicipalityTotals' });

const PERSON = z
  .object({ id: z.uuid(), email: z.string() })
  .meta({ id: 'PayRunPerson', description: 'A user who created or approved a run' });

export const PayRunResponse = z
  .object({
    id: z.uuid(),
    kind: PAY_RUN_KIND,
    status: PAY_RUN_STATUS,
    municipality: z.object({ code: z.string(), nameSq: z.string(), nameSr: z.string() }).nullable().describe('null: a national run'),
    tariffVersion: z.number().int().min(1),
    censusId: z.uuid().nullable(),
    progress: z.number().int().min(0).max(100),
    sequence: z
      .number()
      .int()
      .min(1)
      .describe("The run's ordinal among runs of the same kind and scope (municipality or national), oldest first"),
    createdById: z.uuid(),
    createdBy: PERSON.nullable().describe('null: the user is unknown'),
    createdAt: z.iso.datetime(),
    computedAt: z.iso.datetime().nullable(),
    approvedById: z.uuid().nullable(),
    approvedBy: PERSON.nullable().describe('null: not approved'),
    approvedAt: z.iso.datetime().nullable(),
    failedReason: z.string().nullable(),
    peopleCount: z.number().int().min(0).describe('People paid by this run (PAYABLE)'),
    blockedCount: z.number().int().min(0).describe('People listed with the reason they cannot be paid; not in the totals'),
    totals: z.object({ gross: MONEY, deductions: MONEY, net: MONEY, currency: z.literal('EUR') }),
  })
  .meta({ id: 'PayRun' });

export const PayRunDetailResponse = PayRunResponse.extend({
  municipalities: z.array(municipalityTotals).describe('Totals per municipality (empty until computed)'),
}).meta({ id: 'PayRunDetail' });

export const PayRunListResponse = listResponse(PayRunResponse, 'PayRunList');

const RUN_ID = '6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34';
const USER_ID = '0b5e8d1a-7c2f-4e69-8b13-5a9d7f3c2e10';

export const PAY_RUN_EXAMPLE = {
  id: RUN_ID,
  kind: 'REGULAR',
  status: 'COMPUTED',
  municipality: null,
  tariffVersion: 1,
  censusId: '3d2a9c4e-1b7f-4a85-9e60-7c1d2b3a4f58',
  progress: 100,
  sequence: 2,
  createdById: USER_ID,
  createdBy: { id: USER_ID, email: 'finance@example.org' },
  createdAt: '2026-05-02T08:15:00.000Z',
  computedAt: '2026-05-02T08:16:40.000Z',
  approvedById: null,
  approvedBy: null,
  approvedAt: null,
  failedReason: null,
  peopleCount: 2,
  blockedCount: 1,
  totals: { gross: '2206.46', deductions: '0.00', net: '2206.46', currency: 'EUR' },
};

export const PAY_RUN_DETAIL_EXAMPLE = {
  ...PAY_RUN_EXAMPLE,
  municipalities: [
    { code: '01', nameSq: 'Prishtinë', nameSr: 'Priština', payable: 2, blocked: 1, gross: '2206.46', deductions: '0.00', net: '2206.46' },
  ],
};
