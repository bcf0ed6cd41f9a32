import { z } from 'zod';
import { listResponse } from '../../common/http/lists.js';
import { CodedMessage } from '../../common/i18n/notice.schemas.js';
import { MONEY, RATE } from '../money.schemas.js';
import { PAY_RUN_KIND, PAY_RUN_STATUS } from '../runs/pay-run.schemas.js';

const PERSON_STATUS = z.enum(['PAYABLE', 'BLOCKED']);
const STAFF_KIND = z.enum(['SUPERVISOR', 'ENUMERATOR']);
const LINE_TYPE = z.enum(['SUPERVISOR_MONTH', 'PREPARATORY', 'PIECE', 'TAX', 'CHARGEBACK', 'HELD']);
const UNIT = z.enum(['BUILDING', 'DWELLING', 'HOUSEHOLD', 'INDIVIDUAL', 'DIASPORA']);

export const PayPersonResponse = z
  .object({
    staffId: z.uuid(),
    name: z.string(),
    kind: STAFF_KIND,
    municipality: z.object({ code: z.string(), nameSq: z.string() }).nullable(),
    status: PERSON_STATUS,
    blockReason: z.string().nullable().describe('The block reasons worded in the caller\'s language, joined by "; "'),
    blockReasons: z.array(CodedMessage).describe('Why the person is blocked, as codes (empty when payable)'),
    gross: MONEY,
    deductions: MONEY,
    net: MONEY,
  })
  .meta({ id: 'PayPerson' });

export const PayPersonListResponse = listResponse(PayPersonResponse, 'PayPersonList');

export const PayLineResponse = z
  .object({
    id: z.string().regex(/^\d+$/).describe('Line number within the run'),
    staffId: z.uuid(),
    personName: z.string().nullable(),
    personStatus: PERSON_STATUS.nullable(),
    municipalityCode: z.string().nullable(),
    lineType: LINE_TYPE,
    eaId: z.uuid().nullable(),
    eaCode: z.string().nullable(),
    unit: UNIT.nullable(),
    quantity: z.number().int(),
    basis: z.number().int().nullable(),
    rate: RATE,
    amount: MONEY,
    tariffVersion: z.number().int(),
    periodFrom: z.iso.date().nullable(),
    periodTo: z.iso.date().nullable(),
    description: CodedMessage.nullable().describe(
      "What the label does not say, as a code with parameters (payNote: a diaspora row not paid, a held row's quality rules, the attendance cut, the tax percent and base, the charged item); `text` in the caller's language. Null when the label says everything",
    ),
    label: z
      .string()
      .nullable()
      .describe("The line worded in the caller's language from its kind, period, EA and unit (charge-backs: reason, item and serial)"),
  })
  .meta({ id: 'PayLine' });

export const PayLineListResponse = listResponse(PayLineResponse, 'PayLineList');

const statementLine = z
  .object({
    id: z.string(),
    lineType: LINE_TYPE,
    unit: UNIT.nullable(),
    eaCode: z.string().nullable(),
    quantity: z.number().int(),
    basis: z.number().int().nullable(),
    rate: RATE,
    amount: MONEY,
    periodFrom: z.iso.date().nullable(),
    periodTo: z.iso.date().nullable(),
    tariffVersion: z.number().int(),
    description: CodedMessage.nullable().describe("The line's note as a code with parameters (as PayLine.description)"),
    label: z.string().nullable().describe("The line worded in the caller's language (as PayLine.label)"),
    arithmetic: CodedMessage.describe(
      'The line\'s arithmetic as a code with its figures (counts as numbers; rates and amounts as decimal strings); `text` in the caller\'s language, e.g. "1,234 × 0.80 = 987.20" (en), "1 234 × 0,80 = 987,20" (sq)',
    ),
    notPaid: z.enum(['DIASPORA_LIST_INCOMPLETE']).nullable(),
    attendance: z
      .object({ code: z.enum(['PREP_NO_ATTENDANCE', 'PREP_PRORATED']), attended: z.number().int(), days: z.number().int() })
      .nullable(),
  })
  .meta({ id: 'PayStatementLine' });
const group = z.object({ lines: z.array(statementLine), total: MONEY });

export const PayStatementResponse = z
  .object({
    person: z.object({
      staffId: z.uuid(),
      name: z.string(),
      kind: STAFF_KIND,
      nationalId: z.string().nullable().describe('Masked except the last four characters for municipality users'),
      iban: z.string().nullable().describe('Masked except the last four characters for municipality users'),
      ibanVersion: z.number().int().nullable().describe('The confirmed bank-account version paid'),
      contractNumber: z.string().nullable().describe('The contract the person was paid under when the run was computed'),
      municipality: z.object({ code: z.string(), nameSq: z.string(), nameSr: z.string() }).nullable(),
      status: PERSON_STATUS,
      blockReason: z.string().nullable().describe('The block reasons worded in the caller\'s language, joined by "; "'),
      blockReasons: z.array(CodedMessage).describe('Why the person is blocked, as codes (empty when payable)'),
    }),
    run: z.object({
      id: z.uuid(),
      kind: PAY_RUN_KIND,
      status: PAY_RUN_STATUS,
      approved: z.boolean(),
      createdAt: z.iso.datetime(),
      approvedAt: z.iso.datetime().nullable(),
    }),
    tariff: z.object({ version: z.number().int(), name: z.string(), effectiveFrom: z.iso.date(), currency: z.string() }),
    lines: z.object({
      timeBased: group,
      eas: z.array(group.extend({ eaId: z.uuid().nullable(), eaCode: z.string().nullable(), eaName: z.string().nullable() })),
      deductions: group,
    }),
    payable: z.boolean().describe('false: the person is blocked; `net` is what the lines compute, not what is paid'),
    gross: MONEY,
    deductions: MONEY,
    net: MONEY,
  })
  .meta({ id: 'PayStatement' });
