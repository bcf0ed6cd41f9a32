import { type CodedDetail, problem } from '../../common/errors/app-error.js';
import type { NoticeParam } from '../../common/text/notice.js';
import { toBasisPoints, toCents, toRateUnits, type Cents, type RateUnits } from '../../common/money/money.js';
import { day, isoDay, type Window } from './days.js';

/** The units an enumerator is paid for in the interview period (BRIEF.md, letter point 4). */
export const UNITS = ['BUILDING', 'DWELLING', 'HOUSEHOLD', 'INDIVIDUAL', 'DIASPORA'] as const;
export type Unit = (typeof UNITS)[number];

/** A tariff version as the pay rules use it: integers only (cents, rate units, days). */
export interface TariffRules {
  readonly version: number;
  readonly supervisorMonthly: Cents;
  readonly payMonths: readonly Window[];
  readonly prepAmount: Cents;
  readonly prep: Window;
  readonly interview: Window;
  readonly rates: Readonly<Record<Unit, RateUnits>>;
  /** income tax withheld, hundredths of a percent (0 = disabled) */
  readonly taxBasisPoints: number;
}

/** A tariff as stored and sent over the API: amounts as decimal strings, dates ISO. */
export interface TariffValues {
  readonly version: number;
  readonly supervisorMonthly: string;
  readonly payMonths: readonly { readonly from: string; readonly to: string }[];
  readonly prepAmount: string;
  readonly prepFrom: string;
  readonly prepTo: string;
  readonly interviewFrom: string;
  readonly interviewTo: string;
  readonly rateBuilding: string;
  readonly rateDwelling: string;
  readonly rateHousehold: string;
  readonly rateIndividual: string;
  readonly rateDiaspora: string;
  readonly taxPercent: string;
}

/** A problem of a tariff field, as a problem code (`problem.<code>`) with params. */
export type TariffProblem = CodedDetail & { readonly field: string };

const window = (from: string, to: string): Window => ({ from: day(from), to: day(to) });

/** Validate and convert; every problem is reported with its field. */
export function toTariffRules(v: TariffValues): { ok: true; rules: TariffRules } | { ok: false; problems: TariffProblem[] } {
  const problems: TariffProblem[] = [];
  const refuse = (field: string, code: string, params: Readonly<Record<string, NoticeParam>> = {}): undefined => {
    problems.push({ ...problem(code, params), field });
    return undefined;
  };
  /** fn's value, or the problem `code` when the text does not convert (the converters throw). */
  const attempt = <T>(field: string, code: string, value: string, fn: () => T): T | undefined => {
    try {
      return fn();
    } catch {
      return refuse(field, code, { value });
    }
  };
  const amount = (field: string, s: string) => {
    const c = attempt(field, 'NOT_AMOUNT', s, () => toCents(s));
    if (c !== undefined && (c < 0 || c > 100_000_000)) return refuse(field, 'AMOUNT_RANGE', { minAmount: '0.00', maxAmount: '1000000.00' });
    return c;
  };
  const rate = (field: string, s: string) => {
    const r = attempt(field, 'NOT_RATE', s, () => toRateUnits(s));
    if (r !== undefined && r > 1000 * 10_000) return refuse(field, 'RATE_TOO_HIGH');
    return r;
  };
  const win = (field: string, from: string, to: string) => {
    const w = attempt(field, 'NOT_DATE', `${from} – ${to}`, () => window(from, to));
    if (w !== undefined && w.to < w.from) return refuse(field, 'ENDS_BEFORE_START');
    return w;
  };
  const supervisorMonthly = amount('supervisorMonthly', v.supervisorMonthly);
  const prepAmount = amount('prepAmount', v.prepAmount);
  const prep = win('prepFrom', v.prepFrom, v.prepTo);
  const interview = win('interviewFrom', v.interviewFrom, v.interviewTo);
  const payMonths = v.payMonths.map((m, i) => win(`payMonths.${i}`, m.from, m.to));
  if (v.payMonths.length === 0) refuse('payMonths', 'PAY_MONTHS_EMPTY');
  const sorted = payMonths.filter((m): m is Window => m !== undefined).sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] as Window).from <= (sorted[i - 1] as Window).to)
      refuse('payMonths', 'PAY_MONTHS_OVERLAP', { day: isoDay((sorted[i] as Window).from) });
  }
  const rates = {
    BUILDING: rate('rateBuilding', v.rateBuilding),
    DWELLING: rate('rateDwelling', v.rateDwelling),
    HOUSEHOLD: rate('rateHousehold', v.rateHousehold),
    INDIVIDUAL: rate('rateIndividual', v.rateIndividual),
    DIASPORA: rate('rateDiaspora', v.rateDiaspora),
  };
  const taxBasisPoints = attempt('taxPercent', 'NOT_PERCENT', v.taxPercent, () => toBasisPoints(v.taxPercent));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    rules: {
      version: v.version,
      supervisorMonthly: supervisorMonthly as Cents,
      payMonths: sorted,
      prepAmount: prepAmount as Cents,
      prep: prep as Window,
      interview: interview as Window,
      rates: rates as Record<Unit, RateUnits>,
      taxBasisPoints: taxBasisPoints as number,
    },
  };
}
