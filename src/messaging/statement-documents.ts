import type { MessageLanguage } from './domain/catalogue.js';

/**
 * Port: a person's payment statement of a run as PDF bytes, for the statement e-mail. Bound in
 * src/wiring to the reports' renderer (the same template as the printed statement).
 */
export abstract class StatementDocuments {
  abstract statementPdf(runId: string, staffId: string, language: MessageLanguage): Promise<Uint8Array>;
}
