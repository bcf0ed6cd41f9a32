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
 * (9) Public final list of the selected enumerators of a municipality: names only, in
 * alphabetical order — the data service gives nothing else (no national id, contact,
 * community, score or rank). Only once the list is published. Tagged: published on the web.
 * Not chunked: a municipality selects at most a few hundred enumerators (a few pages), and a
 * merged document would lose its tags. Kept a year (`RETENTION.record`): proof of publication.
 */
type Params = CompetitionParams;

@ReportType()
@Injectable()
export class FinalListReport implements ReportTypeDefinition<Params> {
  constructor(
    private readonly recruitmentService: RecruitmentService,
  ) {}

  private data(ctx: ReportContext<Params>) {
    return this.recruitmentService.publicFinalList(ctx.principal, ctx.params.competitionId, ctx.params.municipalityCode);
  }

  readonly type = 'final-list';
  readonly params = competitionParams;
  readonly roles = [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY];
  readonly template = 'final-list';
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
      title: `${reportText(ctx.language, 'report.finalListTitle')} – ${name}`,
      model: {
        municipality: name,
        competition: d.competition,
        published: d.publishedAt.slice(0, 10),
        names: d.names.map((fullName, i) => ({ no: i + 1, fullName })),
      },
    };
  }
}
