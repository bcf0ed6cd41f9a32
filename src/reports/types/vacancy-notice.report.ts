import { Injectable } from '@nestjs/common';
import { Role } from '../../generated/prisma/enums.js';
import { RecruitmentService } from '../../recruitment/recruitment.service.js';
import { RETENTION } from '../domain/retention.js';
import { reportText } from '../report-language.js';
import { type ReportContext, ReportType, type ReportTypeDefinition } from '../report-type.js';
import { competitionMunicipality, competitionParams, type CompetitionParams } from './competition-params.js';
import { digestOf } from './digest.js';
import { municipalityName } from './names.js';

/**
 * (8) Vacancy notice of a municipality: staff numbers by community, dates, how to apply; for
 * the municipality's web site and notice board. Tagged: it is published on the web, where it
 * must be accessible. Kept a year (`RETENTION.record`): proof of what was announced.
 */
type Params = CompetitionParams;

@ReportType()
@Injectable()
export class VacancyNoticeReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly recruitmentService: RecruitmentService,
  ) {}

  private data(ctx: ReportContext<Params>) {
    return this.recruitmentService.vacancyNotice(ctx.principal, ctx.params.competitionId, ctx.params.municipalityCode);
  }

  readonly type = 'vacancy-notice';
  readonly params = competitionParams;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'vacancy-notice';
  readonly retentionDays = RETENTION.record;
  readonly tagged = true;
  municipality(ctx: ReportContext<Params>): Promise<string | null> {
    return competitionMunicipality(this.recruitmentService, ctx);
  }
  async fingerprint(ctx: ReportContext<Params>) {
    return digestOf(await this.data(ctx));
  }
  async load(ctx: ReportContext<Params>) {
    const d = await this.data(ctx);
    const name = municipalityName(d.municipality, ctx.language);
    return {
      title: `${reportText(ctx.language, 'report.vacancyTitle')} – ${name}`,
      model: {
        municipality: name,
        competition: d.competition,
        announced: d.announced,
        deadline: d.applicationDeadline.slice(0, 10),
        engagement: d.engagement,
        channels: d.channels,
        positions: d.positions,
        totals: d.totals,
      },
    };
  }
}
