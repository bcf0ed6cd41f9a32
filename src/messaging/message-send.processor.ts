import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobContext, type JobHandler } from '../common/jobs/job-handler.js';
import type { JobPayload } from '../common/jobs/job-catalogue.js';
import { MessageSendService } from './message-send.service.js';

@Injectable()
@JobProcessor('message.send')
export class MessageSendProcessor implements JobHandler<'message.send'> {
  constructor(private readonly sender: MessageSendService) {}

  process(payload: JobPayload<'message.send'>, ctx: JobContext): Promise<void> {
    return this.sender.deliver(payload.messageId, ctx.attempt);
  }

  onFinalFailure(payload: JobPayload<'message.send'>, error: Error): Promise<void> {
    return this.sender.giveUp(payload.messageId, error);
  }
}
