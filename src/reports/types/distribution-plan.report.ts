import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { DistributionService } from '../../equipment/distribution.service.js';
import { EquipmentRepository } from '../../equipment/equipment.repository.js';
import { Role } from '../../generated/prisma/enums.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';
import { digestOf } from './digest.js';

/**
 * (4) Equipment distribution plan of a municipality (one plan version): who gets which kit
 * (item types and serials), where and when (the training session), an empty signature cell
 * per person (one signature per kit); then the spares, the storage room and the missing list.
 * Chunked by 200 people. Untagged: printed, signed on paper at the hand-over and filed. Kept
 * a year (`RETENTION.record`): the printed plan is the reference for returns and chargebacks.
 */
const params = z.strictObject({ planId: z.uuid() });
type Params = z.output<typeof params>;

const data = (ctx: ReportContext<Params>) => ctx.get(DistributionService).printablePlan(ctx.scope, ctx.params.planId);

export const distributionPlanReport = defineReport<Params>({
  type: 'distribution-plan',
  params,
  roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY],
  template: 'distribution-plan',
  retentionDays: RETENTION.record,
  tagged: false,
  landscape: true,
  chunkSize: 200,
  async municipality(ctx) {
    const plan = await ctx.get(EquipmentRepository).plan(ctx.scope, ctx.params.planId);
    if (!plan) throw new AppError('DISTRIBUTION_PLAN_UNKNOWN', 'distribution plan not found');
    return plan.municipalityId;
  },
  async fingerprint(ctx) {
    return digestOf(await data(ctx));
  },
  async load(ctx) {
    const lang = ctx.language;
    const d = await data(ctx);
    const rows = d.rows.map((r) => ({
      no: r.no,
      fullName: r.fullName,
      role: r.role,
      kit: r.kit.map((k) => ({ typeName: k.typeName, serial: k.serial === 'missing' ? translate('missingSerial', lang) : k.serial })),
      session: r.session,
    }));
    async function* batches(): AsyncGenerator<unknown[]> {
      yield rows;
    }
    const missing = d.missing;
    return {
      title: `${translate('distributionTitle', lang)} – ${d.municipality.name}`,
      model: {
        municipality: d.municipality.name,
        version: d.version,
        storageRoom: d.storageRoom,
        people: rows.length,
        spares: d.spares.map((s) => ({ typeName: s.typeName, wanted: s.wanted, serials: s.serials.join(', ') })),
        missing: {
          summary: missing.summary,
          items: missing.items.map((i) => ({ typeName: d.needs.find((n) => n.typeCode === i.typeCode)?.typeName ?? i.typeCode, count: i.count })),
          incompleteKits: missing.incompleteKits.map((k) => ({ fullName: k.fullName, types: k.typeCodes.join(', ') })),
          sessionsNotPlanned: missing.sessionsNotPlanned.map((s) => s.fullName),
          none: missing.items.length === 0 && missing.incompleteKits.length === 0 && missing.sessionsNotPlanned.length === 0,
        },
      },
      items: { total: rows.length, batches: batches() },
    };
  },
});
