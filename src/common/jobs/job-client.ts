import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { JobState } from 'bullmq';
import { JOB_NAMES, JOBS, jobIdOf, KEEP_COMPLETED, RETRY_BASE_DELAY_MS, type JobName, type JobPayload } from './job-catalogue.js';
import { JOB_TRANSPORT, type JobQueue, type JobTransport } from './job-transport.js';

export type JobStatus = JobState | 'missing';

export interface Enqueued {
  readonly jobId: string;
  /** `added`: a new job; `duplicate`: the same job already waits or runs */
  readonly outcome: 'added' | 'duplicate';
}

/**
 * The one door to the job queues for services (they never import bullmq). Queues live on the
 * configured transport (Redis under REDIS_PREFIX, or PostgreSQL), so tests and deployments
 * sharing a Redis stay apart.
 */
@Injectable()
export class JobClient implements OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private readonly queues = new Map<JobName, JobQueue>();

  constructor(@Inject(JOB_TRANSPORT) private readonly transport: JobTransport) {}

  get backend(): JobTransport['backend'] {
    return this.transport.backend;
  }

  private queue(name: JobName): JobQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = this.transport.queue(name);
      q.on('error', (err: Error) => this.logger.warn({ queue: name, err: err.message }, 'queue connection error'));
      this.queues.set(name, q);
    }
    return q;
  }

  /**
   * Ask for a job. Its id is derived from the payload, so while one with that id waits, is
   * delayed for a retry or runs, asking again changes nothing. A finished job with that id
   * (kept for inspection) is replaced: this is a new request for the same work, e.g. a
   * recomputation. Callers decide from PostgreSQL whether the work is still wanted.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<Enqueued> {
    const spec = JOBS[name];
    const data = spec.payload.parse(payload) as JobPayload<N>;
    const jobId = jobIdOf(name, data);
    const q = this.queue(name);
    const state = await q.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      // 0 = locked by a worker (it is being finished right now): the add below is then a no-op
      // and the caller's recovery path asks again later.
      await q.remove(jobId);
    } else if (state !== 'unknown') {
      return { jobId, outcome: 'duplicate' };
    }
    await q.add(name, data, {
      jobId,
      attempts: spec.attempts,
      backoff: { type: 'exponential', delay: RETRY_BASE_DELAY_MS },
      removeOnComplete: KEEP_COMPLETED,
      // Failed jobs stay for inspection (with their error and attempts).
      removeOnFail: false,
    });
    return { jobId, outcome: 'added' };
  }

  /**
   * Install (or move to a new interval) the cluster-wide schedule of a periodic job. Idempotent:
   * the scheduler id is the job name, so every replica calling this keeps one schedule.
   */
  async schedule(name: JobName, everyMs: number): Promise<void> {
    const spec = JOBS[name];
    await this.queue(name).upsertJobScheduler(
      name,
      { every: everyMs },
      {
        name,
        data: spec.payload.parse({}),
        opts: {
          attempts: spec.attempts,
          backoff: { type: 'exponential', delay: RETRY_BASE_DELAY_MS },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_COMPLETED,
        },
      },
    );
  }

  /** Where the job for this payload is, or `missing` when the queue has no such job. */
  async status<N extends JobName>(name: N, payload: JobPayload<N>): Promise<JobStatus> {
    const spec = JOBS[name];
    const state = await this.queue(name).getJobState(jobIdOf(name, spec.payload.parse(payload) as JobPayload<N>));
    return state === 'unknown' ? 'missing' : state;
  }

  /** Round trip to the queue store (health check). */
  async ping(): Promise<void> {
    await this.queue(JOB_NAMES[0] as JobName).getJobCounts('waiting');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
