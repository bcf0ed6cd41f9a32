import { DiscoveryService } from '@nestjs/core';
import type { JobName, JobPayload } from './job-catalogue.js';

/**
 * How domain code takes part in background work without importing BullMQ:
 *  - a provider marked `@JobProcessor('<job name>')` implementing {@link JobHandler} runs those
 *    jobs (a thin transport: parse is done by the host, then one service call);
 *  - a provider marked `@JobRecoverer()` implementing {@link JobRecovery} finds work that
 *    PostgreSQL says was requested but whose job Redis lost, at worker start-up and every minute.
 */
export const JobProcessor = DiscoveryService.createDecorator<JobName>();
export const JobRecoverer = DiscoveryService.createDecorator<undefined>();

export interface JobContext {
  readonly jobId: string;
  /** 1-based */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** 0–100, shown by BullMQ tooling; the domain keeps its own progress in PostgreSQL */
  progress(percent: number): Promise<void>;
}

export interface JobHandler<N extends JobName> {
  /** Throw to fail the attempt (retried with back-off); throw {@link PermanentJobError} to stop retrying. */
  process(payload: JobPayload<N>, ctx: JobContext): Promise<void>;
  /**
   * Called once when the job will not be tried again (its last attempt failed, or the error was
   * permanent), before the error is rethrown and BullMQ keeps the job as failed.
   */
  onFinalFailure?(payload: JobPayload<N>, error: Error): Promise<void>;
}

export interface JobRecovery {
  recover(): Promise<void>;
}

/** A failure that retrying cannot fix (bad stored data, a missing prerequisite). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
