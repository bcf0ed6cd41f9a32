import { Injectable, Logger } from '@nestjs/common';
import { JobClient } from '../../common/jobs/job-client.js';
import { JobRecoverer, type JobRecovery } from '../../common/jobs/job-handler.js';
import { PayRunComputeService } from './pay-run-compute.service.js';
import { PayRunRepository } from './pay-run.repository.js';

/**
 * PostgreSQL is the record of which runs want computing; Redis only carries the jobs. At worker
 * start-up and every minute, each QUEUED/COMPUTING run whose job Redis lost (flushed, evicted,
 * or never added because Redis was down) is enqueued again. Every replica may run this at the
 * same time: the job id is the run's, so a duplicate is the same job.
 */
@Injectable()
@JobRecoverer()
export class PayRunRecovery implements JobRecovery {
  private readonly logger = new Logger('pay-runs');

  constructor(
    private readonly runs: PayRunRepository,
    private readonly jobs: JobClient,
    private readonly engine: PayRunComputeService,
  ) {}

  async recover(): Promise<void> {
    for (const run of await this.runs.unfinished()) {
      const job = await this.jobs.status('pay-run.compute', { runId: run.id });
      if (job !== 'missing' && job !== 'completed' && job !== 'failed') continue;
      // Read again: the job may have just finished the run.
      const now = await this.runs.status(run.id);
      if (now?.status !== 'QUEUED' && now?.status !== 'COMPUTING') continue;
      if (job === 'failed' && now.status === 'COMPUTING') {
        // The last attempt failed but recording it did not happen (the worker died in between).
        await this.engine.fail(run.id, 'the computation failed (its final failure was not recorded); recompute the run');
        continue;
      }
      const r = await this.jobs.enqueue('pay-run.compute', { runId: run.id });
      if (r.outcome === 'added') this.logger.warn({ runId: run.id, job }, 'pay run job re-enqueued from PostgreSQL');
    }
  }
}
