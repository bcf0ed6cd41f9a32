import { Role } from '../../generated/prisma/enums.js';
import { RecruitmentService } from '../../recruitment/recruitment.service.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';
import { competitionMunicipality, competitionParams, type CompetitionParams } from './competition-params.js';
import { digestOf } from './digest.js';
import { municipalityName } from './names.js';

/**
 * (8) Vacancy notice of a municipality: staff numbers by community, dates, how to apply; for
 * the municipality's web site and notice board. Tagged: it is published on the web, where it
 * must be accessible. Kept a year (`RETENTION.record`): proof of what was announced.
 */
type Params = CompetitionParams;

const data = (ctx: ReportContext<Params>) =>
  ctx.get(RecruitmentService).vacancyNotice(ctx.principal, ctx.params.competitionId, ctx.params.municipalityCode);

export const vacancyNoticeReport = defineReport<Params>({
  type: 'vacancy-notice',
  params: competitionParams,
  roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY],
  template: 'vacancy-notice',
  retentionDays: RETENTION.record,
  tagged: true,
  municipality: competitionMunicipality,
  async fingerprint(ctx) {
    return digestOf(await data(ctx));
  },
  async load(ctx) {
    const d = await data(ctx);
    const name = municipalityName(d.municipality, ctx.language);
    return {
      title: `${translate('vacancyTitle', ctx.language)} – ${name}`,
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
  },
});
