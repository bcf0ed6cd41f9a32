import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { formatCents } from '../../common/money/money.js';
import { formatAmount } from '../../common/i18n/format.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { runNotFound } from '../../payroll/exports/pay-exports.service.js';
import { PayLedgerRepository } from '../../payroll/ledger/pay-ledger.repository.js';
import { barChartSvg } from '../domain/bar-chart.js';
import { blockReasonText } from './statement-model.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { municipalityName } from './names.js';

/**
 * (2) Summary of a pay run: totals per municipality (table and a bar chart of net pay, inline
 * SVG drawn on the server) and one row per person, chunked by 500 rows. Totals are the run's
 * ledger: payable people only; blocked people are counted apart and listed with their reason
 * and no amounts. Untagged: a finance
 * working document of up to thousands of pages, printed and archived.
 */
const params = z.strictObject({ runId: z.uuid() });
type Params = z.output<typeof params>;

@ReportType()
@Injectable()
export class PayrollSummaryReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly payExportsRepository: PayExportsRepository,
    private readonly payLedgerRepository: PayLedgerRepository,
  ) {}

  private async run(ctx: ReportContext<Params>) {
    const r = await this.payExportsRepository.findRun(ctx.scope, ctx.params.runId);
    if (!r) throw runNotFound();
    return r;
  }

  readonly type = 'payroll-summary';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY];
  readonly template = 'payroll-summary';
  readonly retentionDays = RETENTION.payroll;
  readonly tagged = false;
  readonly chunkSize = 500;
  payRun(p: Params): string {
    return p.runId;
  }
  async municipality(ctx: ReportContext<Params>) {
    return (await this.run(ctx)).municipalityId;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    const r = await this.run(ctx);
    return [r.id, r.status, r.computedAt, r.approvedAt, r.peopleCount, r.blockedCount, r.grossCents, r.deductionsCents, r.netCents];
  }
  async load(ctx: ReportContext<Params>) {
    const r = await this.run(ctx);
    const repo = this.payExportsRepository;
    const lang = ctx.language;
    // The one ledger (as the API, the XLSX and the bank file): payable totals, blocked apart.
    const [ledger, municipalities] = await Promise.all([this.payLedgerRepository.ledger(ctx.scope, r), repo.municipalities()]);
    const ids = ledger.municipalities.map((m) => m.municipalityId);
    const names = new Map(ids.map((id) => [id, municipalityName(municipalities.get(id), lang)]));
    const list = ledger.municipalities.map((m) => ({ ...m, name: names.get(m.municipalityId) ?? '' }));
    const chart = barChartSvg(list.map((m) => ({ label: m.name, value: m.netCents, caption: formatAmount(m.netCents, lang) })));
    async function* batches(): AsyncGenerator<unknown[]> {
      for await (const people of repo.peopleBatches(ctx.scope, r.id, ids, {}, 1_000)) {
        yield people.map((p) => {
          const paid = p.status === 'PAYABLE';
          return {
            name: p.fullName,
            kind: p.kind,
            municipality: names.get(p.municipalityId) ?? '',
            status: p.status,
            blockReason: paid ? null : blockReasonText(p.blockReasons, lang),
            // a blocked person has no payable amounts: they are not in the totals above
            gross: paid ? formatCents(p.grossCents) : '',
            deductions: paid ? formatCents(p.deductionsCents) : '',
            net: paid ? formatCents(p.netCents) : '',
          };
        });
      }
    }
    const t = ledger.total;
    return {
      title: reportText(lang, 'report.summaryTitle'),
      model: {
        run: {
          id: r.id,
          kind: r.kind,
          status: r.status,
          approved: r.status === 'APPROVED',
          tariffVersion: r.tariff.version,
          tariffName: r.tariff.name,
          payable: t.payable,
          blocked: t.blocked,
        },
        chart,
        municipalities: list.map((m) => ({
          name: m.name,
          payable: m.payable,
          blocked: m.blocked,
          gross: formatCents(m.grossCents),
          deductions: formatCents(m.deductionsCents),
          net: formatCents(m.netCents),
          blockedNet: formatCents(m.blockedNetCents),
        })),
        totals: {
          payable: t.payable,
          blocked: t.blocked,
          gross: formatCents(t.grossCents),
          deductions: formatCents(t.deductionsCents),
          net: formatCents(t.netCents),
          blockedNet: formatCents(t.blockedNetCents),
        },
      },
      items: { total: t.payable + t.blocked, batches: batches() },
    };
  }
}
