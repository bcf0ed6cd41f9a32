import type { PayRunKind, PayRunStatus } from '../../generated/prisma/enums.js';

/** The figures of one municipality (or their sum), money in integer cents. */
export interface Figures {
  readonly recruitment: {
    readonly targets: number;
    readonly applications: number;
    readonly eligible: number;
    readonly shortlisted: number;
    readonly selected: number;
    readonly competitions: number;
    readonly shortlistsSent: number;
    readonly finalLists: number;
    readonly published: number;
  };
  readonly eas: {
    readonly total: number;
    readonly counted: number;
    readonly expected: number;
    readonly countedHouseholds: number;
    readonly expectedHouseholds: number;
    readonly countedIndividuals: number;
    readonly expectedIndividuals: number;
  };
  readonly pay: { readonly runs: readonly PayRunFigures[]; readonly grossCents: bigint; readonly netCents: bigint };
  readonly equipment: {
    readonly items: number;
    readonly issued: number;
    readonly returned: number;
    readonly damaged: number;
    readonly lost: number;
    readonly handovers: number;
    readonly returns: number;
  };
  readonly flags: { readonly quality: number; readonly deadlines: number };
}

export interface PayRunFigures {
  readonly runId: string;
  readonly kind: PayRunKind;
  readonly status: PayRunStatus;
  readonly people: number;
  readonly grossCents: bigint;
  readonly netCents: bigint;
  readonly at: Date;
}

type Counts = Omit<Figures, 'pay'>;

export const ZERO_COUNTS: Counts = {
  recruitment: {
    targets: 0,
    applications: 0,
    eligible: 0,
    shortlisted: 0,
    selected: 0,
    competitions: 0,
    shortlistsSent: 0,
    finalLists: 0,
    published: 0,
  },
  eas: { total: 0, counted: 0, expected: 0, countedHouseholds: 0, expectedHouseholds: 0, countedIndividuals: 0, expectedIndividuals: 0 },
  equipment: { items: 0, issued: 0, returned: 0, damaged: 0, lost: 0, handovers: 0, returns: 0 },
  flags: { quality: 0, deadlines: 0 },
};

function addGroup<T extends Readonly<Record<string, number>>>(a: T, b: T): T {
  return Object.fromEntries(Object.keys(a).map((k) => [k, (a[k] as number) + (b[k] as number)])) as T;
}

/** A municipality's pay: its latest runs and their sums. */
export function payOf(runs: readonly PayRunFigures[]): Figures['pay'] {
  return {
    runs,
    grossCents: runs.reduce((s, r) => s + r.grossCents, 0n),
    netCents: runs.reduce((s, r) => s + r.netCents, 0n),
  };
}

/**
 * The sum of municipalities' figures: every count added, money added in cents (exact). The
 * totals' runs are empty: a run is one municipality's.
 */
export function sumFigures(rows: readonly Figures[]): Figures {
  const counts = rows.reduce<Counts>(
    (s, r) => ({
      recruitment: addGroup(s.recruitment, r.recruitment),
      eas: addGroup(s.eas, r.eas),
      equipment: addGroup(s.equipment, r.equipment),
      flags: addGroup(s.flags, r.flags),
    }),
    ZERO_COUNTS,
  );
  return {
    ...counts,
    pay: {
      runs: [],
      grossCents: rows.reduce((s, r) => s + r.pay.grossCents, 0n),
      netCents: rows.reduce((s, r) => s + r.pay.netCents, 0n),
    },
  };
}
