import { Injectable } from '@nestjs/common';
import { JobClient } from '../common/jobs/job-client.js';
import { JobRecoverer, type JobRecovery } from '../common/jobs/job-handler.js';
import { MessageRepository } from './message.repository.js';

/**
 * Messages PostgreSQL says are queued but whose job Redis does not have (lost, or written in a
 * transaction that enqueued nothing, e.g. a re-plan after a replacement): queued again.
 */
@Injectable()
@JobRecoverer()
export class MessageRecoveryService implements JobRecovery {
  constructor(
    private readonly repo: MessageRepository,
    private readonly jobs: JobClient,
  ) {}

  async recover(): Promise<void> {
    const stale = await this.repo.staleQueued(new Date(Date.now() - 30_000), 1_000);
    for (const { id } of stale) {
      const status = await this.jobs.status('message.send', { messageId: id });
      // waiting, delayed (a retry) or active jobs are alive; a failed job already ended the row
      if (status === 'missing' || status === 'completed') await this.jobs.enqueue('message.send', { messageId: id });
    }
  }
}
