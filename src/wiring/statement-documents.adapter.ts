import { Injectable } from '@nestjs/common';
import type { MessageLanguage } from '../messaging/domain/catalogue.js';
import { StatementDocuments } from '../messaging/statement-documents.js';
import { nationalScope } from '../common/scope/scope.js';
import { ReportRenderService } from '../reports/report-render.service.js';

/**
 * The statement e-mail's attachment: the `payment-statement` report rendered to memory, read
 * as finance reads it (national scope, unmasked: it goes to the person it is about).
 */
@Injectable()
export class ReportStatementDocuments extends StatementDocuments {
  constructor(private readonly reports: ReportRenderService) {
    super();
  }

  statementPdf(runId: string, staffId: string, language: MessageLanguage): Promise<Uint8Array> {
    return this.reports.renderToMemory(
      'payment-statement',
      { runId, staffId },
      { userId: '00000000-0000-0000-0000-000000000000', email: 'system', role: 'FINANCE', municipalityId: null, scope: nationalScope },
      language,
    );
  }
}
