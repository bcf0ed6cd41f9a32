import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { Role } from '../../generated/prisma/enums.js';
import { TrainingRepository } from '../../training/training.repository.js';
import { TrainingPlanQueryService } from '../../training/training-plan-query.service.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { messageCatalogue } from '../../common/i18n/catalogue.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { digestOf } from './digest.js';
import { municipalityName, placeName } from './names.js';

/**
 * (3) Training room plan of a municipality for a training event: classes with room, venue and
 * address, dates, shift, trainees and the planner's explanation; shortfall warnings first.
 * Params: `{planId}` (a plan version; an event-wide plan is printed for the caller's
 * municipality, or whole for national users) or `{municipalityCode, eventId}` (the plan in force).
 * Chunked by 20 classes (a big municipality or a national plan has hundreds of classes).
 * Untagged: a logistics working document, printed for the venues; 14 days (re-planned often).
 */
const params = z.union([
  z.strictObject({ planId: z.uuid() }),
  z.strictObject({ municipalityCode: z.string().trim().min(1).max(64), eventId: z.uuid() }),
]);
type Params = z.output<typeof params>;

const planUnknown = () => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan not found');

@ReportType()
@Injectable()
export class RoomPlanReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly trainingRepository: TrainingRepository,
    private readonly planQueries: TrainingPlanQueryService,
  ) {}

  private data(ctx: ReportContext<Params>) {
    return this.planQueries.roomPlanData(ctx.scope, ctx.params, ctx.language);
  }

  private async municipalityOf(ctx: ReportContext<Params>): Promise<string | null> {
    const repo = this.trainingRepository;
    if ('municipalityCode' in ctx.params) {
      const m = await repo.municipalityByCode(ctx.scope, ctx.params.municipalityCode);
      if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${ctx.params.municipalityCode} not found`);
      return m.id;
    }
    const plan = await repo.findPlan(ctx.scope, ctx.params.planId);
    if (!plan) throw planUnknown();
    if (plan.municipalityId) return plan.municipalityId;
    // an event-wide plan: a municipal user prints its own part of it
    return ctx.scope.kind === 'national' ? null : (ctx.scope.municipalityIds[0] ?? null);
  }

  readonly type = 'room-plan';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'room-plan';
  readonly retentionDays = RETENTION.draft;
  readonly tagged = false;
  readonly landscape = true;
  readonly chunkSize = 20;
  municipality(ctx: ReportContext<Params>): Promise<string | null> {
    return this.municipalityOf(ctx);
  }
  async fingerprint(ctx: ReportContext<Params>) {
    return digestOf(await this.data(ctx));
  }
  async load(ctx: ReportContext<Params>) {
    const lang = ctx.language;
    // the planner's notes (explanations, warnings, shortfalls) come worded in the document's language
    const plan = await this.data(ctx);
    const languageOf = (code: string) => {
      const key = `report.classLanguage.${code}`;
      return messageCatalogue().has(key) ? reportText(lang, key) : code;
    };
    const municipality = municipalityName(plan.municipality ?? plan.classes[0]?.municipality, lang) || null;
    const classes = plan.classes.map((c, i) => ({
      no: i + 1,
      language: languageOf(c.language),
      municipality: municipalityName(c.municipality, lang),
      size: c.size,
      startDate: c.startDate,
      endDate: c.endDate,
      shift: c.shift,
      room: c.room ? { name: c.room.name, seats: c.room.seats, venue: c.room.venue.name, address: c.room.venue.address } : null,
      explanation: c.explanation,
      trainees: c.trainees.map((t, i) => ({ no: i + 1, fullName: t.fullName ?? '', kind: t.kind, municipality: municipalityName(t.municipality, lang) })),
    }));
    async function* batches(): AsyncGenerator<unknown[]> {
      yield classes;
    }
    const event = plan.event;
    return {
      title: `${reportText(lang, 'report.roomPlanTitle')}${municipality ? ` – ${municipality}` : ''}`,
      model: {
        plan: { id: plan.id, version: plan.version, status: reportText(lang, plan.status === 'PUBLISHED' ? 'report.planPublished' : 'report.planDraft') },
        event: {
          name: event.name ?? reportText(lang, `report.eventKind.${event.kind}`),
          startDate: event.startDate,
          endDate: event.endDate,
          region: placeName(event.region, lang) || null,
        },
        municipality,
        warnings: plan.summary.warnings,
        shortfalls: plan.shortfalls.map((s) => ({
          municipality: municipalityName(s.municipality, lang),
          message: s.message,
        })),
        classCount: classes.length,
        traineeCount: classes.reduce((s, c) => s + c.trainees.length, 0),
      },
      items: { total: classes.length, batches: batches() },
    };
  }
}
