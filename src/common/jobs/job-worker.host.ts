import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import { JOB_NAMES, JOBS, type JobName, type JobPayload } from './job-catalogue.js';
import { JobClient } from './job-client.js';
import { JOB_TRANSPORT, type JobTransport, type WorkerTuning } from './job-transport.js';
import { JobProcessor, JobRecoverer, PermanentJobError, type JobHandler, type JobRecovery } from './job-handler.js';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** Consume jobs in this process (the worker entry point, or the API in development). */
  readonly runWorkers: boolean;
  /** How often recoverers look for work Redis lost (default one minute). */
  readonly recoverEveryMs?: number;
  /** Per periodic job, an interval other than its catalogue `everyMs` (tests use short ones). */
  readonly scheduleEveryMs?: Partial<Record<JobName, number>>;
  /** Lock and stall-check timings of the workers (tests shorten them to show a take-over). */
  readonly workerTuning?: WorkerTuning;
}

/**
 * Runs the BullMQ workers of every `@JobProcessor` and the `@JobRecoverer`s on the configured transport. Payloads are
 * parsed before any work (malformed → failed for good, no retries); errors propagate to BullMQ
 * so that a failed attempt is retried and a final failure is kept, never marked completed.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private readonly workers: Worker[] = [];
  private recoverers: JobRecovery[] = [];
  private timer: NodeJS.Timeout | undefined;
  private recovering: Promise<void> | null = null;
  private readonly completed = new Map<JobName, number>();

  constructor(
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    @Inject(JOB_TRANSPORT) private readonly transport: JobTransport,
    private readonly discovery: DiscoveryService,
    private readonly client: JobClient,
  ) {}

  get running(): boolean {
    return this.workers.length > 0;
  }

  /** Jobs this process finished successfully since it started, per job name (for operators and tests). */
  completedJobs(name: JobName): number {
    return this.completed.get(name) ?? 0;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.runWorkers) return;
    const handlers = new Map<JobName, JobHandler<JobName>>();
    for (const w of this.discovery.getProviders({ metadataKey: JobProcessor.KEY })) {
      const name = this.discovery.getMetadataByDecorator(JobProcessor, w);
      if (!name || !w.instance) continue;
      if (handlers.has(name)) throw new Error(`two processors for job ${name}`);
      handlers.set(name, w.instance as JobHandler<JobName>);
    }
    for (const name of JOB_NAMES) {
      const handler = handlers.get(name);
      if (!handler) continue;
      const worker = this.transport.worker(
        name,
        (job: Job) => this.run(name, handler, job),
        JOBS[name].concurrency,
        this.options.workerTuning,
      );
      // Ids, attempt numbers and messages only: payloads may hold nothing personal, but logs
      // stay free of them anyway.
      worker.on('error', (err: Error) => this.logger.error({ queue: name, err: err.message }, 'job worker error'));
      worker.on('failed', (job: Job | undefined, err: Error) =>
        this.logger.warn({ queue: name, jobId: job?.id, attempt: job?.attemptsMade, reason: err.message }, 'job attempt failed'),
      );
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    this.logger.log({ queues: this.workers.map((w) => w.name), backend: this.transport.backend }, 'job workers running');

    // Periodic jobs: only where a processor runs them, one schedule per cluster (by name).
    for (const name of JOB_NAMES) {
      const everyMs = this.options.scheduleEveryMs?.[name] ?? JOBS[name].everyMs;
      if (everyMs !== undefined && handlers.has(name)) await this.client.schedule(name, everyMs);
    }

    this.recoverers = this.discovery
      .getProviders({ metadataKey: JobRecoverer.KEY })
      .map((w) => w.instance as JobRecovery | undefined)
      .filter((r): r is JobRecovery => r !== undefined && typeof r.recover === 'function');
    void this.recoverNow();
    this.timer = setInterval(() => void this.recoverNow(), this.options.recoverEveryMs ?? 60_000);
    this.timer.unref();
  }

  /**
   * Ask every recoverer to re-enqueue lost work. Safe on every replica at once: job ids are
   * deterministic. A failed sweep is logged and tried again at the next tick (this is a timer,
   * not a job: there is nothing to retry it otherwise).
   */
  recoverNow(): Promise<void> {
    this.recovering ??= (async () => {
      for (const r of this.recoverers) {
        try {
          await r.recover();
        } catch (err) {
          this.logger.error({ recoverer: r.constructor.name, err: (err as Error).message }, 'job recovery sweep failed');
        }
      }
    })().finally(() => {
      this.recovering = null;
    });
    return this.recovering;
  }

  private async run<N extends JobName>(name: N, handler: JobHandler<N>, job: Job): Promise<void> {
    if (job.name !== name) throw new UnrecoverableError(`job ${job.id ?? '?'} on queue ${name} is named ${job.name}`);
    const parsed = JOBS[name].payload.safeParse(job.data);
    if (!parsed.success) {
      // Name the fields, not their values.
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(payload)').join(', ');
      throw new UnrecoverableError(`malformed ${name} payload (${fields})`);
    }
    const payload = parsed.data as JobPayload<N>;
    const maxAttempts = job.opts.attempts ?? 1;
    const ctx = {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      maxAttempts,
      progress: (percent: number) => job.updateProgress(Math.max(0, Math.min(100, Math.round(percent)))),
    };
    try {
      await handler.process(payload, ctx);
      this.completed.set(name, (this.completed.get(name) ?? 0) + 1);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      const permanent = error instanceof PermanentJobError || error instanceof UnrecoverableError;
      if ((permanent || ctx.attempt >= maxAttempts) && handler.onFinalFailure) await handler.onFinalFailure(payload, error);
      throw permanent && !(error instanceof UnrecoverableError) ? new UnrecoverableError(error.message) : error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.recovering;
    await Promise.all(this.workers.map((w) => w.close()));
    this.workers.length = 0;
  }
}
