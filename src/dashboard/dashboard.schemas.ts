import { z } from 'zod';
import { MONEY } from '../payroll/money.schemas.js';
import { PayRunKind, PayRunStatus, DeadlineFlagKind } from '../generated/prisma/enums.js';

export const dashboardQuery = z.object({
  municipality: z.string().trim().min(1).max(64).optional().describe('A municipality code: its figures only (national roles)'),
  census: z.string().trim().min(1).max(64).optional().describe('Census code or id of the calendar; default: the only open census'),
});

const count = z.number().int().min(0);

const CalendarStage = z
  .object({
    stage: z.string().describe('Stage name of the census calendar (e.g. fieldworkFrom)'),
    date: z.string().describe('YYYY-MM-DD in the census time zone'),
    done: z.boolean().describe('The day is before today'),
  })
  .meta({ id: 'DashboardCalendarStage' });

const DashboardCalendar = z
  .object({
    code: z.string(),
    today: z.string().describe('Today in the census time zone'),
    calendarVersion: z.number().int(),
    stages: z.array(CalendarStage).describe('Dated stages in date order'),
    done: count.describe('Stages whose day has passed'),
    total: count,
  })
  .meta({ id: 'DashboardCalendar' });

const Recruitment = z
  .object({
    targets: count.describe('Supervisors and enumerators to recruit (staffing targets)'),
    applications: count,
    eligible: count,
    shortlisted: count.describe('Applications with a shortlist rank'),
    selected: count.describe('Applications selected or hired (final list)'),
    competitions: count.describe('Competitions with targets for the municipality'),
    shortlistsSent: count,
    finalLists: count.describe('Competitions whose final list the commission finalised'),
    published: count,
  })
  .meta({ id: 'DashboardRecruitment' });

const Eas = z
  .object({
    total: count.describe('Enumeration areas'),
    counted: count.describe('EAs with imported counts (current versions)'),
    expected: count.describe('EAs with expected figures'),
    countedHouseholds: count,
    expectedHouseholds: count,
    countedIndividuals: count,
    expectedIndividuals: count,
  })
  .meta({ id: 'DashboardEas' });

const PayRunTotal = z
  .object({
    runId: z.string(),
    kind: z.enum(PayRunKind),
    status: z.enum(PayRunStatus),
    people: count,
    gross: MONEY,
    net: MONEY,
    at: z.string().describe('When it was approved, else computed'),
  })
  .meta({ id: 'DashboardPayRun' });

const Pay = z
  .object({
    runs: z.array(PayRunTotal).describe('The latest computed or approved run of each kind'),
    gross: MONEY.describe('Sum over those runs'),
    net: MONEY,
  })
  .meta({ id: 'DashboardPay' });

const Equipment = z
  .object({
    items: count.describe('Items in the municipality (any status)'),
    issued: count.describe('Items now issued to a person'),
    returned: count,
    damaged: count,
    lost: count,
    handovers: count.describe('Kit hand-over records'),
    returns: count.describe('Kit return records'),
  })
  .meta({ id: 'DashboardEquipment' });

const Flags = z
  .object({
    quality: count.describe('Open quality flags of counts (held out of pay)'),
    deadlines: count.describe('Open recruitment deadline flags'),
  })
  .meta({ id: 'DashboardFlags' });

const Figures = { recruitment: Recruitment, eas: Eas, pay: Pay, equipment: Equipment, flags: Flags };

const MunicipalityFigures = z
  .object({ code: z.string(), nameSq: z.string(), nameSr: z.string(), ...Figures })
  .meta({ id: 'DashboardMunicipality' });

const Deadline = z
  .object({
    kind: z.enum(DeadlineFlagKind),
    municipalityCode: z.string(),
    competitionCode: z.string(),
    subject: z.string(),
    dueAt: z.string(),
    raisedAt: z.string(),
  })
  .meta({ id: 'DashboardDeadline' });

export const DashboardResponse = z
  .object({
    scope: z.enum(['national', 'municipal']),
    /** the municipality the figures are limited to (the caller's own, or ?municipality=) */
    municipality: z.object({ code: z.string(), nameSq: z.string(), nameSr: z.string() }).nullable(),
    calendar: DashboardCalendar.nullable().describe('Null when no census is open (or named)'),
    municipalities: z.array(MunicipalityFigures).describe('One row per municipality in scope, in the usual order'),
    totals: z.object(Figures).describe('Sums over the rows above'),
    nationalPay: z.array(PayRunTotal).describe('National runs (no municipality): the latest of each kind; empty for a municipality'),
    deadlines: z.array(Deadline).describe('Open deadline flags, earliest due first (at most 50)'),
    generatedAt: z.string(),
  })
  .meta({ id: 'Dashboard' });

export type DashboardView = z.input<typeof DashboardResponse>;
