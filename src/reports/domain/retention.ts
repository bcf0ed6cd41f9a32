const DAY_MS = 86_400_000;

/** When a report rendered at `now` may be deleted. */
export function expiresAt(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() + retentionDays * DAY_MS);
}

/** Retention periods used by the report types (days). */
export const RETENTION = {
  /** payroll documents: statements, packs, summaries, contracts (kept for years) */
  payroll: 7 * 366,
  /** working lists that are regenerated whenever they change */
  draft: 14,
  /** published notices and lists, signed distribution plans: kept through the census year (appeals, chargebacks) */
  record: 366,
} as const;
