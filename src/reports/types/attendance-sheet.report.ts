import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { Role } from '../../generated/prisma/enums.js';
import { SessionService } from '../../training/sessions/session.service.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { digestOf } from './digest.js';

/**
 * Attendance sheet of one training session (a class of a plan): venue, room, floor, dates and
 * clock times, then one row per trainee with a signature box per day. Params `{planId, classKey}`.
 * A municipal user prints the trainees of its municipality. Untagged working paper; kept 14 days.
 */
const params = z.strictObject({ planId: z.uuid(), classKey: z.string().trim().min(1).max(200) });
type Params = z.output<typeof params>;

const unknown = () => new AppError('TRAINING_PLAN_UNKNOWN', 'training plan or session not found');

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

@ReportType()
@Injectable()
export class AttendanceSheetReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly sessionService: SessionService,
  ) {}

  private async session(ctx: ReportContext<Params>) {
    const s = await this.sessionService.planSessions(ctx.scope, ctx.params.planId);
    const cls = s?.classes.find((c) => c.classKey === ctx.params.classKey);
    if (!s || !cls) throw unknown();
    const trainees = s.trainees
      .filter((t) => t.session.classKey === cls.classKey)
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'sq'))
      .map((t) => ({ fullName: t.fullName, municipalityId: t.municipalityId }));
    return { plan: s.plan, cls, trainees };
  }

  readonly type = 'attendance-sheet';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'attendance-sheet';
  readonly retentionDays = RETENTION.draft;
  readonly tagged = false;
  readonly landscape = true;
  async municipality(ctx: ReportContext<Params>) {
    const { plan, trainees } = await this.session(ctx);
    if (plan.municipalityId) return plan.municipalityId;
    if (ctx.scope.kind === 'municipal') return ctx.scope.municipalityIds[0] ?? null;
    const muns = new Set(trainees.map((t) => t.municipalityId));
    return muns.size === 1 ? [...muns][0]! : null;
  }
  async fingerprint(ctx: ReportContext<Params>) {
    return digestOf(await this.session(ctx));
  }
  async load(ctx: ReportContext<Params>) {
    const { plan, cls, trainees } = await this.session(ctx);
    const dayList = days(cls.startDate, cls.endDate);
    return {
      title: reportText(ctx.language, 'report.attendanceSheetTitle'),
      model: {
        // no name of its own: its kind in the document's language
        event: plan.event.name ?? reportText(ctx.language, `report.eventKind.${plan.event.kind}`),
        version: plan.version,
        classKey: cls.classKey.split('|').slice(1).join('-'),
        venue: cls.venueName,
        address: cls.address,
        room: cls.roomName,
        floor: cls.floor,
        startDate: cls.startDate,
        endDate: cls.endDate,
        startTime: cls.startTime,
        endTime: cls.endTime,
        timeZone: cls.timeZone,
        days: dayList,
        trainees: trainees.map((t, i) => ({ no: i + 1, fullName: t.fullName, days: dayList })),
      },
    };
  }
}
