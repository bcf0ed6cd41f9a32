import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { PayExportsService, runNotFound } from '../../payroll/exports/pay-exports.service.js';
import { municipalityName } from './names.js';
import { statementModel } from './statement-model.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';

/**
 * (1) An enumerator's or supervisor's payment statement in a pay run: the statement of
 * src/payroll/exports (lines with count × rate = amount, deductions, net), printed. Tagged:
 * one person reads it, often on screen; it is small, so the size cost does not matter.
 */
const params = z.strictObject({ runId: z.uuid(), staffId: z.uuid() });
type Params = z.output<typeof params>;

const looked = new WeakMap<object, ReturnType<typeof lookUp>>();

/** The run and the person, looked up once per request (municipality and fingerprint both need them). */
function person(ctx: ReportContext<Params>) {
  let p = looked.get(ctx);
  if (!p) {
    p = lookUp(ctx);
    looked.set(ctx, p);
  }
  return p;
}

async function lookUp(ctx: ReportContext<Params>) {
  // run and person in one statement (the statement's own head query, scoped the same way)
  const head = await ctx.get(PayExportsRepository).statementHead(ctx.scope, ctx.params.runId, ctx.params.staffId);
  if (!head) throw runNotFound();
  const { run, person: p } = head;
  if (!p) throw new AppError('PAY_PERSON_UNKNOWN', 'this person is not in the pay run');
  return { run, p };
}

export const paymentStatementReport = defineReport<Params>({
  type: 'payment-statement',
  params,
  roles: [Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY],
  template: 'statement',
  retentionDays: RETENTION.payroll,
  tagged: true,
  payRun: (p) => p.runId,
  async municipality(ctx) {
    return (await person(ctx)).p.municipalityId;
  },
  async fingerprint(ctx) {
    const { run, p } = await person(ctx);
    return { run: [run.id, run.status, run.computedAt, run.approvedAt], person: p };
  },
  async load(ctx) {
    const statement = await ctx.get(PayExportsService).statement(ctx.principal, ctx.params.runId, ctx.params.staffId);
    return {
      title: `${translate('statementTitle', ctx.language)} – ${statement.person.name}`,
      model: { items: [statementModel(statement, municipalityName(statement.person.municipality, ctx.language), ctx.language)] },
    };
  },
});
