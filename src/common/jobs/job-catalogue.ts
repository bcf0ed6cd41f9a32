import { z } from 'zod';

/**
 * Every background job terren runs: its name (also the BullMQ queue name), the payload schema
 * (parsed before any work; a malformed payload fails permanently), the deterministic job id
 * (one live job per id: asking twice while one waits or runs is the same job), and retries.
 * Payloads carry ids only, never pay or personal data: they end up in Redis and in logs.
 */
export interface JobSpec<S extends z.ZodType> {
  readonly payload: S;
  /** BullMQ refuses custom ids containing ':' (it separates Redis keys) and all-digit ids. */
  readonly jobId: (payload: z.output<S>) => string;
  /** total tries, first included; retries wait 2 s, 4 s, … (exponential) */
  readonly attempts: number;
  /** jobs of this kind one worker process runs at a time */
  readonly concurrency: number;
  /**
   * A periodic job (a sweep, a deadline check): every this many milliseconds, with the empty
   * payload `{}`. BullMQ's job scheduler keeps one schedule per cluster under the job's name, so
   * any number of replicas and workers upsert it and it still runs once per tick. Overridable
   * per deployment through `JobsOptions.scheduleEveryMs`.
   */
  readonly everyMs?: number;
}

const spec = <S extends z.ZodType>(s: JobSpec<S>): JobSpec<S> => s;

export const JOBS = {
  /** Compute and persist one pay run (src/payroll/runs). Heavy: one at a time per worker. */
  'pay-run.compute': spec({
    payload: z.strictObject({ runId: z.uuid() }),
    jobId: (p) => `pay-run.compute-${p.runId}`,
    attempts: 3,
    concurrency: 1,
  }),
  /**
   * Render one PDF report request (src/reports). One job per request id: identical requests in
   * flight share the request, hence the job. Chromium work is bounded by the renderer's page
   * pool; 8 jobs at once keep that pool busy while the others load data or write files
   * (measured: docs/reports.md).
   */
  'report.render': spec({
    payload: z.strictObject({ requestId: z.uuid() }),
    jobId: (p) => `report.render-${p.requestId}`,
    attempts: 3,
    concurrency: 8,
  }),
  /** Retention of report files: delete expired files, mark their requests EXPIRED (hourly). */
  'report.cleanup': spec({
    payload: z.strictObject({}),
    jobId: () => 'report.cleanup',
    attempts: 1,
    concurrency: 1,
    everyMs: 3_600_000,
  }),
  /** Recompute the recruitment deadline flags (src/recruitment): every 15 minutes, once per cluster. */
  'recruitment.deadline-check': spec({
    payload: z.strictObject({}),
    jobId: () => 'recruitment.deadline-check',
    attempts: 3,
    concurrency: 1,
    everyMs: 15 * 60_000,
  }),
  /**
   * Send one message (src/messaging): an invitation or a statement, by e-mail or SMS. One job per
   * Message row; the row's status makes a repeated job a no-op. Retries wait 2 s, 4 s, 8 s.
   */
  'message.send': spec({
    payload: z.strictObject({ messageId: z.uuid() }),
    jobId: (p) => `message.send-${p.messageId}`,
    attempts: 4,
    concurrency: 4,
  }),
} as const;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.output<(typeof JOBS)[N]['payload']>;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** Base delay of the exponential back-off between attempts. */
export const RETRY_BASE_DELAY_MS = 2_000;

/** Completed jobs kept for inspection (PostgreSQL is the record; these are for operators). */
export const KEEP_COMPLETED = { count: 1_000, age: 7 * 24 * 3600 } as const;

/** The job id of a payload (the cast: one job's jobId, not the union of all of them). */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayload<N>): string {
  return (JOBS[name].jobId as (p: JobPayload<N>) => string)(payload);
}
