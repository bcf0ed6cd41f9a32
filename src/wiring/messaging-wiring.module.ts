import { Global, Module } from '@nestjs/common';
import { InvitationService } from '../messaging/invitation.service.js';
import { MessagingModule } from '../messaging/messaging.module.js';
import { PLAN_PUBLISHED_LISTENER } from '../training/plan-published.js';

/** Binds training's PLAN_PUBLISHED_LISTENER to messaging's invitations (re-sent to changed people on re-publish). */
@Global()
@Module({
  imports: [MessagingModule],
  providers: [{ provide: PLAN_PUBLISHED_LISTENER, useExisting: InvitationService }],
  exports: [PLAN_PUBLISHED_LISTENER],
})
export class MessagingWiringModule {}
