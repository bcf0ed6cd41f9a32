import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { PayExportsService, runNotFound } from '../../payroll/exports/pay-exports.service.js';
import { municipalityName } from './names.js';
import { statementModel } from './statement-model.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';

/**
 * (1) An enumerator's or supervisor's payment statement in a pay run: the statement of
 * src/payroll/exports (lines with count × rate = amount, deductions, net), printed. Tagged:
 * one person reads it, often on screen; it is small, so the size cost does not matter.
 */
const params = z.strictObject({ runId: z.uuid(), staffId: z.uuid() });
type Params = z.output<typeof params>;

interface Looked {
  run: NonNullable<Awaited<ReturnType<PayExportsRepository['statementHead']>>>['run'];
  p: NonNullable<NonNullable<Awaited<ReturnType<PayExportsRepository['statementHead']>>>['person']>;
}

@ReportType()
@Injectable()
export class PaymentStatementReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly payExportsRepository: PayExportsRepository,
    private readonly payExportsService: PayExportsService,
  ) {}

  private readonly looked = new WeakMap<object, Promise<Looked>>();

  /** The run and the person, looked up once per request (municipality and fingerprint both need them). */
  private person(ctx: ReportContext<Params>): Promise<Looked> {
    let p = this.looked.get(ctx);
    if (!p) {
      p = this.lookUp(ctx);
      this.looked.set(ctx, p);
    }
    return p;
  }

  private async lookUp(ctx: ReportContext<Params>): Promise<Looked> {
    // run and person in one statement (the statement's own head query, scoped the same way)
    const head = await this.payExportsRepository.statementHead(ctx.scope, ctx.params.runId, ctx.params.staffId);
    if (!head) throw runNotFound();
    const { run, person: p } = head;
    if (!p) throw new AppError('PAY_PERSON_UNKNOWN', 'this person is not in the pay run');
    return { run, p };
  }

  readonly type = 'payment-statement';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY];
  readonly template = 'statement';
  readonly retentionDays = RETENTION.payroll;
  readonly tagged = true;
  payRun(p: Params): string {
    return p.runId;
  }
  async municipality(ctx: ReportContext<Params>) {
    return (await this.person(ctx)).p.municipalityId;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    const { run, p } = await this.person(ctx);
    return { run: [run.id, run.status, run.computedAt, run.approvedAt], person: p };
  }
  async load(ctx: ReportContext<Params>) {
    const statement = await this.payExportsService.statement(ctx.principal, ctx.params.runId, ctx.params.staffId);
    return {
      title: `${reportText(ctx.language, 'report.statementTitle')} – ${statement.person.name}`,
      model: { items: [statementModel(statement, municipalityName(statement.person.municipality, ctx.language), ctx.language)] },
    };
  }
}
