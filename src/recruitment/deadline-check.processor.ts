import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../common/jobs/job-handler.js';
import { DeadlineService } from './deadline.service.js';

/** The periodic `recruitment.deadline-check` job as one service call. */
@Injectable()
@JobProcessor('recruitment.deadline-check')
export class DeadlineCheckProcessor implements JobHandler<'recruitment.deadline-check'> {
  constructor(private readonly deadlines: DeadlineService) {}

  async process(): Promise<void> {
    await this.deadlines.checkAll();
  }
}
