import { Module } from '@nestjs/common';
import { InvitationService } from '../messaging/invitation.service.js';
import { MessagingModule } from '../messaging/messaging.module.js';
import { StatementDocuments } from '../messaging/statement-documents.js';
import { StatementMailService } from '../messaging/statement-mail.service.js';
import { PAY_RUN_APPROVED_LISTENER } from '../payroll/runs/pay-run-approved.js';
import { ReportsModule } from '../reports/reports.module.js';
import { PLAN_PUBLISHED_LISTENER } from '../training/plan-published.js';
import { ReportStatementDocuments } from './statement-documents.adapter.js';

/**
 * Binds training's PLAN_PUBLISHED_LISTENER to messaging's invitations (re-sent to changed people
 * on re-publish, cancellations to removed people), payroll's PAY_RUN_APPROVED_LISTENER to the
 * statement e-mails, and messaging's StatementDocuments to the reports' statement PDF.
 */
@Module({
  imports: [MessagingModule, ReportsModule],
  providers: [
    { provide: PLAN_PUBLISHED_LISTENER, useExisting: InvitationService },
    { provide: PAY_RUN_APPROVED_LISTENER, useExisting: StatementMailService },
    { provide: StatementDocuments, useClass: ReportStatementDocuments },
  ],
  exports: [PLAN_PUBLISHED_LISTENER, PAY_RUN_APPROVED_LISTENER, StatementDocuments],
})
export class MessagingWiringModule {}
