import { z } from 'zod';
import { notice, type Notice } from '../../../common/text/notice.js';

/**
 * Quality rules over one EA count row (issue "Counts straight from the field system"): each
 * rule that fires yields a flag with its arithmetic as notices (codes with parameters, worded
 * at the edge from `qualityFlag.<rule>`), and an open flag holds the row
 * out of pay runs until FINANCE or ADMIN accepts it or a new version of the row arrives.
 * Pure: the shell loads the row, its previous version, the EA's expectation and the field
 * system's approval dates, and passes `today`.
 */
export const QUALITY_RULES = [
  'INDIVIDUALS_PER_HOUSEHOLD',
  'ABOVE_EXPECTED',
  'HOUSEHOLDS_WITHOUT_INDIVIDUALS',
  'VERSION_JUMP',
  'DIASPORA_LIST_INCOMPLETE',
  'NO_RECENT_APPROVAL',
] as const;
export type QualityRule = (typeof QUALITY_RULES)[number];

/** Thresholds; the defaults are documented in docs/fieldwork.md. */
export const qualityThresholds = z.strictObject({
  /** individuals ÷ households must lie in [min, max] (Kosovo 2011: 5.9 on average) */
  individualsPerHouseholdMin: z.number().min(0).max(50).default(1),
  individualsPerHouseholdMax: z.number().min(0).max(100).default(15),
  /** reported above expected by more than this percentage (EA total, each of dwellings, households, individuals) */
  aboveExpectedPercent: z.number().int().min(0).max(1000).default(20),
  /** a new version differs from the previous one by more than this percentage … */
  jumpPercent: z.number().int().min(0).max(1000).default(30),
  /** … and by more than this many units (small EAs move by a few households without a flag) */
  jumpMinimum: z.number().int().min(0).max(100_000).default(10),
  /** no interview of the row approved for this many days while the EA is below its expected households */
  noApprovalDays: z.number().int().min(1).max(365).default(7),
});
export type QualityThresholds = z.output<typeof qualityThresholds>;
export const DEFAULT_THRESHOLDS: QualityThresholds = qualityThresholds.parse({});

export interface CountFigures {
  readonly dwellings: number;
  readonly households: number;
  readonly individuals: number;
}

export interface QualityInput extends CountFigures {
  readonly eaCode: string;
  readonly buildings: number;
  readonly diasporaPersons: number;
  readonly diasporaListComplete: boolean;
  /** the version this one replaces, if any */
  readonly previous: CountFigures | null;
  /** current totals of the EA over all its enumerators */
  readonly eaTotal: CountFigures;
  readonly expected: CountFigures | null;
  /** households of the row the field system reports without any person; null: not from the field system */
  readonly emptyHouseholds: number | null;
  /** last day an interview of the row was approved (YYYY-MM-DD); null: none or not from the field system */
  readonly lastApprovedOn: string | null;
}

export interface QualityFlag {
  readonly rule: QualityRule;
  /**
   * Why, as notices coded by the rule: one, or one per offending figure (ABOVE_EXPECTED,
   * VERSION_JUMP). Params: `ea` (its code), counts as numbers, ratios (`…Ratio`) and
   * percentages (`percent`) as decimal strings, days (`lastDay`) as YYYY-MM-DD.
   */
  readonly notices: readonly Notice[];
}

const FIGURES: ReadonlyArray<keyof CountFigures> = ['dwellings', 'households', 'individuals'];

/** Whole days from a to b (YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Hundredths as a decimal string with no trailing zeros: 250 → "2.5", 100 → "1", 3085 → "30.85". */
function hundredths(h: number): string {
  const whole = Math.trunc(h / 100);
  const rest = String(Math.abs(h % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** a ÷ b (b > 0) rounded half up to exactly two decimals, computed in integers: 2530 ÷ 82 → "30.85". */
function ratio2(a: number, b: number): string {
  const h = Math.floor((a * 200 + b) / (2 * b));
  return `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** x > limit% above base, in integers: x × 100 > base × (100 + limit). */
const above = (x: number, base: number, percent: number): boolean => x * 100 > base * (100 + percent);

export function evaluateQuality(r: QualityInput, t: QualityThresholds, today: string): QualityFlag[] {
  const out: QualityFlag[] = [];
  if (r.households > 0) {
    // Compare in hundredths: individuals × 100 against households × round(threshold × 100).
    const min = Math.round(t.individualsPerHouseholdMin * 100);
    const max = Math.round(t.individualsPerHouseholdMax * 100);
    const ratio = r.individuals * 100;
    if (ratio < r.households * min || ratio > r.households * max)
      out.push({
        rule: 'INDIVIDUALS_PER_HOUSEHOLD',
        notices: [
          notice('INDIVIDUALS_PER_HOUSEHOLD', {
            ea: r.eaCode,
            individuals: r.individuals,
            households: r.households,
            ratio: ratio2(r.individuals, r.households),
            minRatio: hundredths(min),
            maxRatio: hundredths(max),
          }),
        ],
      });
  }
  if (r.expected) {
    const over = FIGURES.filter(
      (f) => (r.expected as CountFigures)[f] >= 0 && above(r.eaTotal[f], (r.expected as CountFigures)[f], t.aboveExpectedPercent),
    );
    if (over.length)
      out.push({
        rule: 'ABOVE_EXPECTED',
        notices: over.map((f) =>
          notice('ABOVE_EXPECTED', {
            ea: r.eaCode,
            figure: f,
            reported: r.eaTotal[f],
            expected: (r.expected as CountFigures)[f],
            percent: String(t.aboveExpectedPercent),
          }),
        ),
      });
  }
  const empty = r.emptyHouseholds ?? (r.households > 0 && r.individuals === 0 ? r.households : 0);
  if (empty > 0)
    out.push({
      rule: 'HOUSEHOLDS_WITHOUT_INDIVIDUALS',
      notices: [notice('HOUSEHOLDS_WITHOUT_INDIVIDUALS', { ea: r.eaCode, empty, households: r.households })],
    });
  if (r.previous) {
    const prev = r.previous;
    const jumps = FIGURES.filter((f) => {
      const d = Math.abs(r[f] - prev[f]);
      return d > t.jumpMinimum && d * 100 > prev[f] * t.jumpPercent;
    });
    if (jumps.length)
      out.push({
        rule: 'VERSION_JUMP',
        notices: jumps.map((f) =>
          notice('VERSION_JUMP', {
            ea: r.eaCode,
            figure: f,
            before: prev[f],
            after: r[f],
            percent: String(t.jumpPercent),
            minimum: t.jumpMinimum,
          }),
        ),
      });
  }
  if (r.diasporaPersons > 0 && !r.diasporaListComplete)
    out.push({
      rule: 'DIASPORA_LIST_INCOMPLETE',
      notices: [notice('DIASPORA_LIST_INCOMPLETE', { ea: r.eaCode, persons: r.diasporaPersons })],
    });
  if (r.lastApprovedOn !== null) {
    const days = daysBetween(r.lastApprovedOn, today);
    const finished = r.expected !== null && r.eaTotal.households >= r.expected.households;
    if (days > t.noApprovalDays && !finished)
      out.push({
        rule: 'NO_RECENT_APPROVAL',
        notices: [notice('NO_RECENT_APPROVAL', { ea: r.eaCode, days, lastDay: r.lastApprovedOn, limitDays: t.noApprovalDays })],
      });
  }
  return out;
}
