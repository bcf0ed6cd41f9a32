import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { PrintablePlanService } from '../../equipment/printable-plan.service.js';
import { SESSION_NOT_PLANNED, type TrainingSession } from '../../equipment/domain/distribution-planner.js';
import { EquipmentRepository } from '../../equipment/equipment.repository.js';
import { Role } from '../../generated/prisma/enums.js';
import { RETENTION } from '../domain/retention.js';
import { formatDay } from '../../common/i18n/format.js';
import { reportText, type ReportLanguage } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { digestOf } from './digest.js';
import { municipalityName } from './names.js';
import { wordNotices } from '../../common/i18n/word-notice.js';

/** Where and when, in the report's language: "16.10.2023 – 20.10.2023, Shkolla X, Salla 12 (paradite)". */
export function sessionText(s: TrainingSession | null, note: string, lang: ReportLanguage): string {
  if (!s) return note === SESSION_NOT_PLANNED ? reportText(lang, 'report.sessionNotPlannedYet') : note;
  const shift = s.shift ? ` (${reportText(lang, `report.shift.${s.shift}`)})` : '';
  return `${formatDay(s.startDate, lang, 'short')} – ${formatDay(s.endDate, lang, 'short')}, ${s.venueName}, ${s.roomName}${shift}`;
}

/**
 * (4) Equipment distribution plan of a municipality (one plan version): who gets which kit
 * (item types and serials), where and when (the training session), an empty signature cell
 * per person (one signature per kit); then the spares, the storage room and the missing list.
 * Chunked by 200 people. Untagged: printed, signed on paper at the hand-over and filed. Kept
 * a year (`RETENTION.record`): the printed plan is the reference for returns and chargebacks.
 */
const params = z.strictObject({ planId: z.uuid() });
type Params = z.output<typeof params>;

@ReportType()
@Injectable()
export class DistributionPlanReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly printablePlans: PrintablePlanService,
    private readonly equipmentRepository: EquipmentRepository,
  ) {}

  private data(ctx: ReportContext<Params>) {
    return this.printablePlans.printablePlan(ctx.scope, ctx.params.planId);
  }

  readonly type = 'distribution-plan';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'distribution-plan';
  readonly retentionDays = RETENTION.record;
  readonly tagged = false;
  readonly landscape = true;
  readonly chunkSize = 200;
  async municipality(ctx: ReportContext<Params>) {
    const plan = await this.equipmentRepository.plan(ctx.scope, ctx.params.planId);
    if (!plan) throw new AppError('DISTRIBUTION_PLAN_UNKNOWN', 'distribution plan not found');
    return plan.municipalityId;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    return digestOf(await this.data(ctx));
  }
  async load(ctx: ReportContext<Params>) {
    const lang = ctx.language;
    const d = await this.data(ctx);
    const municipality = municipalityName({ nameSq: d.municipality.name, nameSr: d.municipality.nameSr }, lang);
    const rows = d.rows.map((r) => ({
      no: r.no,
      fullName: r.fullName,
      role: r.role,
      kit: r.kit.map((k) => ({ typeName: k.typeName, serial: k.serial === 'missing' ? reportText(lang, 'report.missingSerial') : k.serial })),
      session: sessionText(r.sessionDetail, r.sessionNote?.code === SESSION_NOT_PLANNED ? SESSION_NOT_PLANNED : r.session, lang),
    }));
    async function* batches(): AsyncGenerator<unknown[]> {
      yield rows;
    }
    const missing = d.missing;
    const typeName = (code: string) => d.needs.find((n) => n.typeCode === code)?.typeName ?? code;
    return {
      title: `${reportText(lang, 'report.distributionTitle')} – ${municipality}`,
      model: {
        municipality,
        version: d.version,
        storageRoom: d.storageRoom,
        people: rows.length,
        spares: d.spares.map((s) => ({ typeName: s.typeName, wanted: s.wanted, serials: s.serials.join(', ') })),
        missing: {
          summary: missing.shortfalls.length ? wordNotices(lang, 'notice', missing.shortfalls) : null,
          items: missing.items.map((i) => ({ typeName: typeName(i.typeCode), count: i.count })),
          incompleteKits: missing.incompleteKits.map((k) => ({ fullName: k.fullName, types: k.typeCodes.map(typeName).join(', ') })),
          sessionsNotPlanned: missing.sessionsNotPlanned.map((s) => s.fullName),
          none: missing.items.length === 0 && missing.incompleteKits.length === 0 && missing.sessionsNotPlanned.length === 0,
        },
      },
      items: { total: rows.length, batches: batches() },
    };
  }
}
