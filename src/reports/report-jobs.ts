import { Injectable, Logger } from '@nestjs/common';
import type { JobPayload } from '../common/jobs/job-catalogue.js';
import { JobClient } from '../common/jobs/job-client.js';
import { JobProcessor, JobRecoverer, type JobContext, type JobHandler, type JobRecovery } from '../common/jobs/job-handler.js';
import { AppError } from '../common/errors/app-error.js';
import { ReportCleanupService } from './report-cleanup.service.js';
import { ReportRenderService } from './report-render.service.js';
import { ReportRepository } from './report.repository.js';

/** `report.render` as one service call (thin transport; the host parsed the payload). */
@Injectable()
@JobProcessor('report.render')
export class ReportRenderProcessor implements JobHandler<'report.render'> {
  constructor(private readonly renderer: ReportRenderService) {}

  async process(payload: JobPayload<'report.render'>, ctx: JobContext): Promise<void> {
    await this.renderer.render(payload.requestId, (pct) => ctx.progress(pct));
  }

  async onFinalFailure(payload: JobPayload<'report.render'>, error: Error): Promise<void> {
    // an AppError is kept as its code, worded for each reader (failureWords)
    await this.renderer.fail(payload.requestId, error instanceof AppError ? error.code : error.message);
  }
}

/** `report.cleanup`, the periodic retention sweep. */
@Injectable()
@JobProcessor('report.cleanup')
export class ReportCleanupProcessor implements JobHandler<'report.cleanup'> {
  constructor(private readonly cleanup: ReportCleanupService) {}

  async process(): Promise<void> {
    await this.cleanup.run(new Date());
  }
}

/**
 * PostgreSQL is the record of which reports want rendering; Redis only carries the jobs. At
 * worker start-up and every minute, each QUEUED/RUNNING request whose job Redis lost (flushed,
 * evicted, never added while Redis was down) is queued again. Safe on every replica at once:
 * the job id is the request's.
 */
@Injectable()
@JobRecoverer()
export class ReportRecovery implements JobRecovery {
  private readonly logger = new Logger('reports');

  constructor(
    private readonly repo: ReportRepository,
    private readonly jobs: JobClient,
    private readonly renderer: ReportRenderService,
  ) {}

  async recover(): Promise<void> {
    for (const { id } of await this.repo.unfinished()) {
      const job = await this.jobs.status('report.render', { requestId: id });
      if (job !== 'missing' && job !== 'completed' && job !== 'failed') continue;
      const now = await this.repo.byId(id);
      if (now?.status !== 'QUEUED' && now?.status !== 'RUNNING') continue;
      if (job === 'failed') {
        // The last attempt failed but recording it did not happen (the worker died in between).
        await this.renderer.fail(id, 'REPORT_FAILED');
        continue;
      }
      const r = await this.jobs.enqueue('report.render', { requestId: id });
      if (r.outcome === 'added') this.logger.warn({ requestId: id, job }, 'report job re-enqueued from PostgreSQL');
    }
  }
}
