import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { Role } from '../../generated/prisma/enums.js';
import { TrainingEventService } from '../../training/training-event.service.js';
import { RETENTION } from '../domain/retention.js';
import { type ReportLanguage, reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { digestOf } from './digest.js';
import { municipalityName, placeName } from './names.js';

/**
 * (6) Table 2 of the letter: per region its municipalities, the regional KKR training dates
 * and host venue; then the other training events. A national document every signed-in user may
 * request (no personal data); a municipal user's request is filed under its municipality. Tagged: a few pages sent on with the letter and read on
 * screen. A working list (14 days): rendered again when events change.
 */
const params = z.strictObject({});
type Params = z.output<typeof params>;

@ReportType()
@Injectable()
export class TrainingScheduleReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly events: TrainingEventService,
  ) {}

  private data(lang?: ReportLanguage) {
    return this.events.trainingScheduleData(lang);
  }

  readonly type = 'training-schedule';
  readonly params = params;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'training-schedule';
  readonly retentionDays = RETENTION.draft;
  readonly tagged = true;
  // National for national users; a municipal user's copy belongs to its own municipality, so the
  // pipeline's scoping (a municipal user reads only its municipality's requests) stays as it is.
  municipality(ctx: ReportContext<Params>) {
    return Promise.resolve(ctx.scope.kind === 'national' ? null : (ctx.scope.municipalityIds[0] ?? null));
  }
  async fingerprint() {
    return digestOf(await this.data());
  }
  async load(ctx: ReportContext<Params>) {
    const lang = ctx.language;
    // warnings come worded in the document's language
    const d = await this.data(lang);
    return {
      title: reportText(lang, 'report.scheduleTitle'),
      model: {
        regions: d.regions.map((r) => ({
          name: placeName(r, lang),
          municipalities: r.municipalities.map((m) => municipalityName(m, lang)).join(', '),
          trainings: r.kkrTrainings.map((e) => ({
            startDate: e.startDate,
            endDate: e.endDate,
            host: e.host
              ? { ...e.host, municipality: municipalityName({ nameSq: e.host.municipality, nameSr: e.host.municipalitySr }, lang) || null }
              : null,
            warnings: e.warnings,
          })),
        })),
        otherEvents: d.otherEvents.map((e) => ({
          kind: e.kind,
          name: e.name,
          region: placeName(e.region, lang) || null,
          startDate: e.startDate,
          endDate: e.endDate,
        })),
      },
    };
  }
}
