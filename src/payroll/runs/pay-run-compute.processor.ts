import { Injectable } from '@nestjs/common';
import type { JobPayload } from '../../common/jobs/job-catalogue.js';
import { JobProcessor, type JobContext, type JobHandler } from '../../common/jobs/job-handler.js';
import { PayRunComputeService } from './pay-run-compute.service.js';

/** The `pay-run.compute` job as one service call (thin transport; the payload is parsed by the host). */
@Injectable()
@JobProcessor('pay-run.compute')
export class PayRunComputeProcessor implements JobHandler<'pay-run.compute'> {
  constructor(private readonly engine: PayRunComputeService) {}

  async process(payload: JobPayload<'pay-run.compute'>, ctx: JobContext): Promise<void> {
    await this.engine.compute(payload.runId, (pct) => ctx.progress(pct));
  }

  async onFinalFailure(payload: JobPayload<'pay-run.compute'>, error: Error): Promise<void> {
    await this.engine.fail(payload.runId, error.message);
  }
}
