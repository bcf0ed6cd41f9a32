import { z } from 'zod';

/**
 * Who may apply (issue 19, "Eligibility"). The rules are the census's, kept under the
 * `eligibility` key of `Census.settings` and read only through `eligibilityKey` + `eligibilitySettings`.
 * Every key is optional; the defaults:
 *
 * | key                  | default | rule                                                          |
 * |----------------------|---------|---------------------------------------------------------------|
 * | minAge               | 18      | age in whole years at the census reference date, at least     |
 * | maxAge               | null    | at most (null: no upper limit)                                |
 * | requiredDocuments    | []      | document codes every application must list (e.g. ID_CARD)    |
 * | notEngagedElsewhere  | true    | not active staff of another municipality                      |
 * | notKkrMember         | true    | not a member of any municipal census commission               |
 *
 * A failed rule is a reason `{ code, params }`, never a sentence: the console and documents
 * word it in the reader's language. All reasons are reported at once.
 */
export const DOCUMENT_CODE = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'NOT_DOCUMENT_CODE');

const age = z.number().int().min(0).max(120);

export const eligibilitySettings = z
  .object({
    minAge: age.nullable().default(18),
    maxAge: age.nullable().default(null),
    requiredDocuments: z.array(DOCUMENT_CODE).max(30).default([]),
    notEngagedElsewhere: z.boolean().default(true),
    notKkrMember: z.boolean().default(true),
  })
  .refine((s) => s.minAge === null || s.maxAge === null || s.minAge <= s.maxAge, {
    message: 'MIN_AGE_OVER_MAX',
    path: ['maxAge'],
  });

export type EligibilitySettings = z.output<typeof eligibilitySettings>;

/** The `eligibility` key of a census's settings (other keys belong to other features); absent → `{}` (the defaults). */
export function eligibilityKey(settings: unknown): unknown {
  const raw = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>).eligibility : undefined;
  return raw ?? {};
}

export type IneligibilityCode = 'DATE_OF_BIRTH_MISSING' | 'TOO_YOUNG' | 'TOO_OLD' | 'DOCUMENT_MISSING' | 'ENGAGED_ELSEWHERE' | 'KKR_MEMBER';

export interface Ineligibility {
  readonly code: IneligibilityCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ApplicantFacts {
  /** YYYY-MM-DD or null */
  readonly dateOfBirth: string | null;
  readonly documents: readonly string[];
  /** municipality codes where the person is active staff, other than the one applied to */
  readonly engagedIn: readonly string[];
  /** municipality codes of the commissions the person sits on */
  readonly kkrOf: readonly string[];
}

/** Whole years from `born` to `on` (both YYYY-MM-DD): the birthday counts on its day; 29 Feb counts on 1 Mar. */
export function ageOn(born: string, on: string): number {
  const [by, bm, bd] = born.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Every rule the applicant fails at `referenceDate` (YYYY-MM-DD); empty = eligible. */
export function checkEligibility(rules: EligibilitySettings, referenceDate: string, a: ApplicantFacts): Ineligibility[] {
  const out: Ineligibility[] = [];
  if (rules.minAge !== null || rules.maxAge !== null) {
    if (a.dateOfBirth === null) out.push({ code: 'DATE_OF_BIRTH_MISSING', params: {} });
    else {
      const years = ageOn(a.dateOfBirth, referenceDate);
      if (rules.minAge !== null && years < rules.minAge)
        out.push({ code: 'TOO_YOUNG', params: { age: years, minAge: rules.minAge, referenceDate } });
      if (rules.maxAge !== null && years > rules.maxAge)
        out.push({ code: 'TOO_OLD', params: { age: years, maxAge: rules.maxAge, referenceDate } });
    }
  }
  const held = new Set(a.documents.map((d) => d.toUpperCase()));
  for (const d of rules.requiredDocuments) if (!held.has(d)) out.push({ code: 'DOCUMENT_MISSING', params: { document: d } });
  if (rules.notEngagedElsewhere)
    for (const m of [...new Set(a.engagedIn)].sort()) out.push({ code: 'ENGAGED_ELSEWHERE', params: { municipalityCode: m } });
  if (rules.notKkrMember) for (const m of [...new Set(a.kkrOf)].sort()) out.push({ code: 'KKR_MEMBER', params: { municipalityCode: m } });
  return out;
}
