import { z } from 'zod';
import type { Day, Window } from './days.js';
import type { TariffRules } from './tariff.js';

/**
 * The contract pay gate (issue 19): a person without a signed contract covering the paid
 * period is blocked with {@link NO_CONTRACT}. A census turns it on with
 * `settings.contractGate: true`; the default is off, so runs of censuses that do not record
 * contracts (and runs without a census) pay as before.
 */
export const CONTRACT_GATE_DEFAULT = false;

/** The block reason's code (`block.NO_CONTRACT` in messages/). */
export const NO_CONTRACT = 'NO_CONTRACT';

const gateSetting = z.object({ contractGate: z.boolean().optional() });

/**
 * Whether a run gates pay on contracts: the one place that reads the setting. No census → the
 * default; a census whose setting is not a boolean is an error, not silently the default.
 */
export function contractGateOf(census: { readonly settings: unknown } | null): boolean {
  if (census === null) return CONTRACT_GATE_DEFAULT;
  const settings = typeof census.settings === 'object' && census.settings !== null ? census.settings : {};
  const parsed = gateSetting.safeParse(settings);
  if (!parsed.success) throw new RangeError('census setting contractGate must be true or false');
  return parsed.data.contractGate ?? CONTRACT_GATE_DEFAULT;
}

/** The whole span a tariff pays for: its first to its last day of any window. */
export function tariffSpan(t: TariffRules): Window {
  const windows = [t.prep, t.interview, ...t.payMonths];
  return { from: Math.min(...windows.map((w) => w.from)), to: Math.max(...windows.map((w) => w.to)) };
}

/** The days of a person's engagement the tariff pays for; null when they do not meet. */
export function paidPeriod(t: TariffRules, start: Day, end: Day): Window | null {
  const span = tariffSpan(t);
  const from = Math.max(span.from, start);
  const to = Math.min(span.to, end);
  return to < from ? null : { from, to };
}

/** Whether the covered periods together (they may follow one another) cover every day of `period`. */
export function covers(covered: readonly Window[], period: Window): boolean {
  const sorted = [...covered].sort((a, b) => a.from - b.from);
  let next = period.from;
  for (const w of sorted) {
    if (w.from > next) break;
    if (w.to >= next) next = w.to + 1;
    if (next > period.to) return true;
  }
  return next > period.to;
}
