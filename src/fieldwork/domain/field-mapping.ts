import { z } from 'zod';

/**
 * How a field-system export becomes EA counts (docs/fieldwork.md). Names are file stems
 * (without `.tab`) and variable names exactly as the export writes them.
 *
 * Survey Solutions Tabular export (Headquarters 24.x/25.x, "System generated files" page of
 * docs.mysurvey.solutions): the main file `<questionnaire>.tab` has one row per interview with
 * `interview__key`, `interview__id`, `assignment__id`, `interview__status`, `responsible` and
 * the identifying variables; a roster file `<roster>.tab` has one row per roster item with
 * `interview__key`, `interview__id` and `<roster>__id`; `interview__actions.tab` has one row per
 * action (`interview__key`, `interview__id`, `date`, `time`, `action`, `originator`, `role`,
 * `responsible__name`, `responsible__role`).
 */
const name = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'NOT_A_VARIABLE_NAME');

/** Values that mean "yes" in a single-select or yes/no variable (Survey Solutions writes 1). */
const yesValues = z.array(z.string().trim().min(1).max(32)).min(1).max(10).default(['1']);

const dwellingsFromMain = z.strictObject({
  source: z.literal('main'),
  /** variable that identifies the building within the EA */
  buildingVariable: name,
  /** variable that identifies the dwelling within the building */
  dwellingVariable: name,
});
const dwellingsFromListing = z.strictObject({
  source: z.literal('listing'),
  /** main file of the listing questionnaire's export, in the same archive: one row per dwelling */
  file: name,
  eaVariable: name,
  buildingVariable: name,
});

export const surveySolutionsMapping = z.strictObject({
  /** main questionnaire file (the stem of `<questionnaire>.tab`) */
  mainFile: name,
  eaVariable: name,
  /** roster of persons: one row per person */
  personsRoster: name,
  diaspora: z
    .discriminatedUnion('source', [
      z.strictObject({ source: z.literal('none') }),
      /** a variable of the persons roster marks a person living abroad */
      z.strictObject({ source: z.literal('personVariable'), variable: name, yes: yesValues }),
      /** a separate roster lists the persons abroad */
      z.strictObject({ source: z.literal('roster'), roster: name }),
    ])
    .default({ source: 'none' }),
  /** main-file variable saying the household's list of persons abroad is complete */
  diasporaCompleteVariable: name.optional(),
  diasporaCompleteYes: yesValues,
  dwellings: z.discriminatedUnion('source', [dwellingsFromMain, dwellingsFromListing]),
  /** interview statuses that count (names or codes of `interview__status`) */
  countedStatuses: z.array(z.string().trim().min(1).max(40)).min(1).max(13).default(['ApprovedByHeadquarters']),
});
export type SurveySolutionsMapping = z.output<typeof surveySolutionsMapping>;

/** A CSV column name as its header writes it (CSWeb and ODK Central exports keep spaces and dots). */
const column = z.string().trim().min(1).max(100);

/**
 * A plain CSV export of CSWeb (CSPro) or ODK Central: one row per interview or per case, the
 * columns named by the mapping (docs/fieldwork.md, "CSV exports"). Figures of the counted rows
 * are summed per (EA, login); without a households column each counted row is one household.
 */
export const csvMapping = z.strictObject({
  columns: z.strictObject({
    eaCode: column,
    login: column,
    status: column,
    /** identifies the interview or case; a repeated value is an error */
    interviewKey: column.optional(),
    buildings: column.optional(),
    dwellings: column.optional(),
    households: column.optional(),
    individuals: column,
    diasporaPersons: column.optional(),
    diasporaListComplete: column.optional(),
  }),
  /** values of the status column that count (compared without case) */
  countedStatuses: z.array(z.string().trim().min(1).max(40)).min(1).max(20).default(['approved']),
  /** values of the completion column that mean "complete" (compared without case) */
  completeYes: z.array(z.string().trim().min(1).max(32)).min(1).max(10).default(['1', 'yes', 'true']),
});
export type CsvMapping = z.output<typeof csvMapping>;

export const fieldMappingBody = z.discriminatedUnion('source', [
  z.strictObject({
    name: z.string().trim().min(1).max(100),
    /** census or operation this mapping belongs to (a label until the census record exists) */
    operation: z.string().trim().min(1).max(100).optional(),
    source: z.literal('SURVEY_SOLUTIONS'),
    definition: surveySolutionsMapping,
  }),
  z.strictObject({
    name: z.string().trim().min(1).max(100),
    operation: z.string().trim().min(1).max(100).optional(),
    source: z.literal('CSV'),
    definition: csvMapping,
  }),
]);
export type FieldMappingBody = z.output<typeof fieldMappingBody>;

/**
 * `interview__status` codes of Survey Solutions (InterviewStatus in its source); the Tabular
 * export writes the code, the Stata/SPSS exports label it with the name.
 */
export const INTERVIEW_STATUS: Readonly<Record<string, number>> = {
  Deleted: -1,
  Restored: 0,
  Created: 20,
  SupervisorAssigned: 40,
  InterviewerAssigned: 60,
  RejectedBySupervisor: 65,
  ReadyForInterview: 80,
  SentToCapi: 85,
  Restarted: 95,
  Completed: 100,
  ApprovedBySupervisor: 120,
  RejectedByHeadquarters: 125,
  ApprovedByHeadquarters: 130,
};

/**
 * `action` codes of interview__actions (InterviewExportedAction): 1 = interviewer assigned
 * (the interviewer in `responsible__name`), 3 = completed (by `originator`), 6 = approved by
 * headquarters.
 */
export const ACTION_INTERVIEWER_ASSIGNED = '1';
export const ACTION_COMPLETED = '3';
export const ACTION_APPROVED_BY_HQ = '6';

/** A status cell → the status name (codes and names both accepted); null when unknown. */
export function statusName(cell: string): string | null {
  const s = cell.trim();
  if (s in INTERVIEW_STATUS) return s;
  const n = Number(s);
  if (s === '' || !Number.isInteger(n)) return null;
  for (const [k, v] of Object.entries(INTERVIEW_STATUS)) if (v === n) return k;
  return null;
}

/** The configured counted statuses as names; unknown entries are reported by the caller. */
export function countedStatusNames(m: SurveySolutionsMapping): { names: string[]; unknown: string[] } {
  const names: string[] = [];
  const unknown: string[] = [];
  for (const s of m.countedStatuses) {
    const n = statusName(s);
    if (n === null) unknown.push(s);
    else names.push(n);
  }
  return { names, unknown };
}
