import { Role } from '../../generated/prisma/enums.js';
import { RecruitmentService } from '../../recruitment/recruitment.service.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';
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

const data = (ctx: ReportContext<Params>) =>
  ctx.get(RecruitmentService).publicFinalList(ctx.principal, ctx.params.competitionId, ctx.params.municipalityCode);

export const finalListReport = defineReport<Params>({
  type: 'final-list',
  params: competitionParams,
  roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY],
  template: 'final-list',
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
      title: `${translate('finalListTitle', ctx.language)} – ${name}`,
      model: {
        municipality: name,
        competition: d.competition,
        published: d.publishedAt.slice(0, 10),
        names: d.names.map((fullName, i) => ({ no: i + 1, fullName })),
      },
    };
  },
});
