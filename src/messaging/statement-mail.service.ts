import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { JobClient } from '../common/jobs/job-client.js';
import { formatCents } from '../common/money/money.js';
import type { Tx } from '../common/prisma/transaction.js';
import { CensusSettingsError, paySettingsOf } from '../payroll/runs/census-pay-settings.js';
import { readRunCensus } from '../payroll/runs/pay-run.repository.js';
import type { PayRunApprovedListener } from '../payroll/runs/pay-run-approved.js';
import type { Catalogues } from './domain/catalogue.js';
import { LOCALES } from '../common/i18n/catalogue.js';
import { messageLanguageOf } from './domain/languages.js';
import { MESSAGE_CATALOGUES } from './messaging.tokens.js';
import { MessageRepository, type NewMessage } from './message.repository.js';

const BATCH = 10_000;

/** How a run is named to people: the first block of its id, as on the statement's header. */
export const runLabel = (runId: string): string => runId.slice(0, 8);

/**
 * Statements by e-mail: when a run is approved and its census opted in
 * (`Census.settings.statementEmail`), every payable person with an e-mail address gets one
 * STATEMENT message (unique per person and run), sent by `message.send` with the statement PDF
 * attached. People without an address, and blocked people (nothing is paid to them), get none.
 */
@Injectable()
export class StatementMailService implements PayRunApprovedListener {
  private readonly logger = new Logger('statements');

  constructor(
    private readonly messages: MessageRepository,
    private readonly jobs: JobClient,
    @Inject(MESSAGE_CATALOGUES) private readonly catalogues: Catalogues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runApproved(tx: Tx, runId: string, approvedById: string): Promise<string[]> {
    let optedIn: boolean;
    try {
      optedIn = paySettingsOf(await readRunCensus(tx, runId)).statementEmail;
    } catch (err) {
      if (err instanceof CensusSettingsError) throw new AppError('CONFLICT', err.message);
      throw err;
    }
    if (!optedIn) return [];
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const people = await tx.payPerson.findMany({
        where: { runId, status: 'PAYABLE', ...(after ? { staffId: { gt: after } } : {}) },
        select: { staffId: true, municipalityId: true, netCents: true, fullName: true },
        orderBy: { staffId: 'asc' },
        take: BATCH,
      });
      if (people.length === 0) break;
      after = people[people.length - 1]?.staffId;
      const contacts = await tx.staffMember.findMany({
        where: { id: { in: people.map((p) => p.staffId) }, email: { not: null } },
        select: { id: true, email: true, languageOfWork: true },
      });
      const byId = new Map(contacts.map((c) => [c.id, c]));
      const rows: NewMessage[] = [];
      for (const p of people) {
        const c = byId.get(p.staffId);
        const email = c?.email?.trim();
        if (!c || !email) continue;
        const language = messageLanguageOf(c.languageOfWork, this.config.messaging.serbianScript, LOCALES);
        const values = { name: p.fullName, run: runLabel(runId), net: formatCents(p.netCents) };
        rows.push({
          kind: 'STATEMENT',
          channel: 'EMAIL',
          subjectId: runId,
          recipientKind: 'STAFF',
          recipientId: p.staffId,
          municipalityId: p.municipalityId,
          language,
          address: email,
          subject: this.catalogues.format(language, 'statement.subject', values),
          body: this.catalogues.format(language, 'statement.body', values),
          session: null,
          changes: [],
          createdById: approvedById,
        });
      }
      ids.push(...(await this.messages.insert(tx, rows)));
    }
    return ids;
  }

  async dispatch(ids: readonly string[]): Promise<void> {
    for (const messageId of ids) {
      try {
        await this.jobs.enqueue('message.send', { messageId });
      } catch (err) {
        // The row is the record: the recovery sweep queues it again.
        this.logger.warn({ messageId, err: (err as Error).message }, 'statement job not queued; recovery will retry');
      }
    }
  }
}
