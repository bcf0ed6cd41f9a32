import { z } from 'zod';
import { RecruitmentService } from '../../recruitment/recruitment.service.js';
import type { ReportContext } from '../report-type.js';

/**
 * What the recruitment documents of one municipality (vacancy notice, public final list) are
 * asked with, and whose they are: the competition's municipality as the caller may see it (a
 * municipality user naming another municipality gets its 404).
 */
export const competitionParams = z.strictObject({ competitionId: z.uuid(), municipalityCode: z.string().trim().min(1).max(64) });
export type CompetitionParams = z.output<typeof competitionParams>;

export async function competitionMunicipality(recruitment: RecruitmentService, ctx: ReportContext<CompetitionParams>): Promise<string> {
  return (await recruitment.context(ctx.principal, ctx.params.competitionId, ctx.params.municipalityCode)).m.id;
}
