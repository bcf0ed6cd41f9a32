import type { Locale } from '../../common/i18n/locales.js';
import { Injectable } from '@nestjs/common';
import { wordNotices } from '../../common/i18n/word-notice.js';
import { noticesOf } from '../../common/text/notice.js';
import type { Readable } from 'node:stream';
import { actorOf, AuditService } from '../../audit/audit.service.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { Transactions } from '../../common/prisma/transaction.js';
import { assertReconciles, BANK_HEADER, bankRecord, ReconciliationError, shortId } from './domain/bank-file.js';
import { sumMunicipalities, type MunicipalityTotals, type PersonTotals } from './domain/summary-sheets.js';
import { primed } from './file-response.js';
import { PayLedgerRepository } from '../ledger/pay-ledger.repository.js';
import { PayExportsRepository, type RunRow } from './pay-exports.repository.js';
import { runNotFound } from './pay-exports.service.js';
import { summaryWorkbookStream } from './summary-workbook.js';

export interface ExportFile {
  readonly runId: string;
  readonly filename: string;
  readonly stream: Readable;
}

/**
 * Payment files. Both are checked against the run's stored totals before a byte is sent (and
 * the bank file again over what was actually written), both are recorded in the audit trail
 * in the transaction that checked them.
 */
@Injectable()
export class PayFilesService {
  constructor(
    private readonly repo: PayExportsRepository,
    private readonly ledger: PayLedgerRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * The bank transfer file of an approved run: payable people with a positive net. The sum
   * is checked against the run's net total in the database, then again over the rows as
   * written (BigInt cents); a file that does not reconcile is never completed.
   */
  async bankFile(p: Principal, runId: string): Promise<ExportFile> {
    const { run, rows, ids } = await this.transactions.run(async (tx) => {
      const run = await this.repo.findRun(p.scope, runId, tx);
      if (!run) throw runNotFound();
      if (run.status !== 'APPROVED')
        throw new AppError('PAY_RUN_NOT_APPROVED', `only an approved run can be paid (this run is ${run.status})`);
      // The bank file pays the ledger's payable net (people with a positive net), in the ledger's order.
      const ledger = await this.ledger.ledger(p.scope, run, tx);
      const totals = await this.repo.bankTotals(tx, p.scope, runId);
      assertReconciles(`bank file of run ${run.id}`, totals.netCents, ledger.total.netCents);
      if (totals.withoutIban > 0)
        throw new ReconciliationError(`bank file of run ${run.id}: ${totals.withoutIban} payable people have no IBAN`);
      await this.audit.record(tx, actorOf(p), {
        action: 'exported',
        entity: 'PayRun',
        entityIds: [run.id],
        municipalityId: run.municipalityId,
        details: { format: 'bank.csv', rows: totals.rows },
      });
      return { run, rows: totals.rows, ids: ledger.municipalities.map((m) => m.municipalityId) };
    });
    const repo = this.repo;
    async function* chunks(): AsyncGenerator<string> {
      yield BANK_HEADER;
      let written = 0n;
      let count = 0;
      for await (const batch of repo.peopleBatches(p.scope, runId, ids, { payableWithNet: true })) {
        let out = '';
        for (const person of batch) {
          written += person.netCents;
          count += 1;
          out += bankRecord(run.id, {
            staffId: person.staffId,
            fullName: person.fullName,
            iban: person.iban ?? '',
            ibanVersion: person.ibanVersion,
            contractNumber: person.contractNumber,
            netCents: person.netCents,
          });
        }
        yield out;
      }
      if (count !== rows) throw new ReconciliationError(`bank file of run ${run.id}: wrote ${count} rows, expected ${rows}`);
      assertReconciles(`bank file of run ${run.id}`, written, run.netCents);
    }
    return { runId: run.id, filename: `terren-bank-${shortId(run.id)}.csv`, stream: await primed(chunks()) };
  }

  /** The XLSX summary of a computed or approved run (a computed one is marked as a draft). */
  async summaryWorkbook(p: Principal, runId: string, now: Date, locale: Locale): Promise<ExportFile> {
    const prepared = await this.transactions.run(async (tx) => {
      const run = await this.repo.findRun(p.scope, runId, tx);
      if (!run) throw runNotFound();
      if (run.status !== 'COMPUTED' && run.status !== 'APPROVED')
        throw new AppError('PAY_RUN_NOT_COMPUTED', `the run has no results to summarise yet (status ${run.status})`);
      // The one ledger: its total is the run's stored totals, to the cent, or nothing is sent.
      const ledger = await this.ledger.ledger(p.scope, run, tx);
      const all = await this.repo.municipalities();
      const ids = ledger.municipalities.map((m) => m.municipalityId);
      const municipalities: MunicipalityTotals[] = ledger.municipalities.map((t) => {
        const m = all.get(t.municipalityId);
        return {
          code: m?.code ?? t.municipalityId,
          name: m?.nameSq ?? t.municipalityId,
          people: t.payable,
          blocked: t.blocked,
          grossCents: t.grossCents,
          deductionsCents: t.deductionsCents,
          netCents: t.netCents,
          blockedNetCents: t.blockedNetCents,
        };
      });
      const total = sumMunicipalities(municipalities);
      const emails = await this.repo.userEmails([run.createdById, run.approvedById ?? '']);
      await this.audit.record(tx, actorOf(p), {
        action: 'exported',
        entity: 'PayRun',
        entityIds: [run.id],
        municipalityId: run.municipalityId,
        details: { format: 'summary.xlsx', rows: total.people + total.blocked },
      });
      return { run, ids, all, municipalities, total, emails };
    });
    const { run, ids, all, municipalities, total, emails } = prepared;
    const repo = this.repo;
    async function* people(): AsyncGenerator<PersonTotals[]> {
      for await (const batch of repo.peopleBatches(p.scope, runId, ids)) {
        yield batch.map((r) => ({
          municipality: all.get(r.municipalityId)?.nameSq ?? r.municipalityId,
          name: r.fullName,
          iban: r.iban,
          status: r.status,
          // the workbook is written in English (its headers): the reasons are worded so
          blockReason: r.blockReasons === null ? null : wordNotices('en', 'block', noticesOf(r.blockReasons)),
          grossCents: r.grossCents,
          deductionsCents: r.deductionsCents,
          netCents: r.netCents,
        }));
      }
    }
    const stream = summaryWorkbookStream({
      run: runFacts(run, all.get(run.municipalityId ?? '')?.nameSq ?? null, emails, total),
      municipalities,
      people: people(),
      now,
      locale,
    });
    return { runId: run.id, filename: `terren-summary-${shortId(run.id)}.xlsx`, stream };
  }
}

function runFacts(
  run: RunRow,
  municipalityName: string | null,
  emails: ReadonlyMap<string, string>,
  total: { people: number; blocked: number },
) {
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    scope: run.municipalityId === null ? 'national' : (municipalityName ?? run.municipalityId),
    tariffVersion: run.tariff.version,
    tariffName: run.tariff.name,
    currency: run.tariff.currency,
    createdBy: emails.get(run.createdById) ?? run.createdById,
    createdAt: run.createdAt.toISOString(),
    computedAt: run.computedAt?.toISOString() ?? null,
    approvedBy: run.approvedById ? (emails.get(run.approvedById) ?? run.approvedById) : null,
    approvedAt: run.approvedAt?.toISOString() ?? null,
    people: total.people,
    blocked: total.blocked,
    grossCents: run.grossCents,
    deductionsCents: run.deductionsCents,
    netCents: run.netCents,
  };
}
