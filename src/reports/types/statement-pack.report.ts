import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { Role } from '../../generated/prisma/enums.js';
import { KkrRepository } from '../../commissions/kkr.repository.js';
import { PayExportsRepository, type PersonRow } from '../../payroll/exports/pay-exports.repository.js';
import { PayExportsService, runNotFound } from '../../payroll/exports/pay-exports.service.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { PayLedgerRepository } from '../../payroll/ledger/pay-ledger.repository.js';
import { municipalityName } from './names.js';
import { statementModel } from './statement-model.js';

/**
 * (1) Every payment statement of one municipality in a pay run, one per page, in name order.
 * Rendered 50 statements per chunk and merged, so Chromium's memory stays bounded (peak memory of a
 * 10,000-statement pack: docs/reports.md). Untagged:
 * it is printed and filed in bulk (thousands of pages) and tagging doubles its size; a person
 * who needs an accessible copy gets their own statement (tagged).
 */
const params = z.strictObject({ runId: z.uuid(), municipalityCode: z.string().trim().min(1).max(64) });
type Params = z.output<typeof params>;

/** statements loaded at once while a batch of people is turned into statements */
const PARALLEL = 8;

@ReportType()
@Injectable()
export class StatementPackReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly payExportsRepository: PayExportsRepository,
    private readonly kkrRepository: KkrRepository,
    private readonly payLedgerRepository: PayLedgerRepository,
    private readonly payExportsService: PayExportsService,
  ) {}

  private async resolve(ctx: ReportContext<Params>) {
    const repo = this.payExportsRepository;
    const run = await repo.findRun(ctx.scope, ctx.params.runId);
    if (!run) throw runNotFound();
    const m = await this.kkrRepository.municipality(ctx.scope, ctx.params.municipalityCode);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', 'municipality not found');
    return { run, m };
  }

  readonly type = 'payment-statement-pack';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY];
  readonly template = 'statement';
  readonly retentionDays = RETENTION.payroll;
  readonly tagged = false;
  readonly chunkSize = 50;
  payRun(p: Params): string {
    return p.runId;
  }
  async municipality(ctx: ReportContext<Params>) {
    return (await this.resolve(ctx)).m.id;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    const { run, m } = await this.resolve(ctx);
    const totals = (await this.payLedgerRepository.ledger(ctx.scope, run)).municipalities.find((t) => t.municipalityId === m.id);
    return { run: [run.id, run.status, run.computedAt, run.approvedAt], municipality: m.id, totals };
  }
  async load(ctx: ReportContext<Params>) {
    const { run, m } = await this.resolve(ctx);
    const repo = this.payExportsRepository;
    const service = this.payExportsService;
    const municipalities = await repo.municipalities();
    const name = municipalityName(municipalities.get(m.id), ctx.language);
    const mine = (await this.payLedgerRepository.ledger(ctx.scope, run)).municipalities.find((t) => t.municipalityId === m.id);
    // every person of the municipality gets a page; a blocked one says so
    const total = mine ? mine.payable + mine.blocked : 0;
    async function* batches(): AsyncGenerator<unknown[]> {
      for await (const people of repo.peopleBatches(ctx.scope, run.id, [m.id], {}, 200)) {
        const out: unknown[] = [];
        for (let i = 0; i < people.length; i += PARALLEL) {
          const slice = people.slice(i, i + PARALLEL) as PersonRow[];
          const statements = await Promise.all(slice.map((p) => service.statement(ctx.principal, run.id, p.staffId)));
          out.push(...statements.map((s) => statementModel(s, name, ctx.language)));
        }
        yield out;
      }
    }
    return {
      title: `${reportText(ctx.language, 'report.statementPackTitle')} – ${name}`,
      model: {},
      items: { total, batches: batches() },
    };
  }
}
