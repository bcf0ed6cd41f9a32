/**
 * EA assignment periods. Dates are inclusive calendar days as YYYY-MM-DD strings (they
 * compare correctly as strings); `validTo` null means open-ended. An EA is worked by at most
 * one enumerator on any day, so two periods of the same EA must not share a day.
 */
export interface AssignmentPeriod {
  readonly validFrom: string;
  readonly validTo: string | null;
}

const END_OF_TIME = '9999-12-31';

export function periodsOverlap(a: AssignmentPeriod, b: AssignmentPeriod): boolean {
  return a.validFrom <= (b.validTo ?? END_OF_TIME) && b.validFrom <= (a.validTo ?? END_OF_TIME);
}

export function periodProblem(p: AssignmentPeriod): string | null {
  return p.validTo !== null && p.validTo < p.validFrom ? 'valid_to is before valid_from' : null;
}

/** Every pair of periods of the same EA that share at least one day (each pair once). */
export function findOverlaps<T extends AssignmentPeriod & { readonly eaId: string }>(rows: readonly T[]): Array<readonly [T, T]> {
  const byEa = new Map<string, T[]>();
  for (const r of rows) {
    const list = byEa.get(r.eaId) ?? [];
    list.push(r);
    byEa.set(r.eaId, list);
  }
  const out: Array<readonly [T, T]> = [];
  for (const list of byEa.values()) {
    const sorted = [...list].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
    // Sweep: compare each period with the later ones that start before it ends.
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i] as T;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j] as T;
        if (b.validFrom > (a.validTo ?? END_OF_TIME)) break;
        out.push([a, b]);
      }
    }
  }
  return out;
}

/** Day before an ISO date (for closing a period at a cut-over). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
