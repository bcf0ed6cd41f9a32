import { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { KkrRepository } from '../../commissions/kkr.repository.js';
import { Role } from '../../generated/prisma/enums.js';
import { PayExportsRepository } from '../../payroll/exports/pay-exports.repository.js';
import { RETENTION } from '../domain/retention.js';
import { translate } from '../domain/strings.js';
import { defineReport, type ReportContext } from '../report-type.js';
import { municipalityName } from './names.js';

/**
 * (5) Table 1 of the letter: a municipality's KKR members and its two contact persons. Tagged:
 * a one-page letter that is sent on and read on screen. A working list (kept 14 days): it is
 * rendered again whenever the list changes.
 */
const params = z.strictObject({ municipalityCode: z.string().trim().min(1).max(64) });
type Params = z.output<typeof params>;

async function resolve(ctx: ReportContext<Params>) {
  const m = await ctx.get(KkrRepository).municipality(ctx.scope, ctx.params.municipalityCode);
  if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', 'municipality not found');
  return m;
}

export const kkrMembersReport = defineReport<Params>({
  type: 'kkr-members',
  params,
  roles: [Role.ADMIN, Role.FINANCE, Role.LOGISTICS, Role.MUNICIPALITY],
  template: 'kkr-members',
  retentionDays: RETENTION.draft,
  tagged: true,
  async municipality(ctx) {
    return (await resolve(ctx)).id;
  },
  async fingerprint(ctx) {
    const m = await resolve(ctx);
    const members = await ctx.get(KkrRepository).members(ctx.scope, m.id);
    return { municipality: m.id, members: members.map((x) => [x.position, x.updatedAt]) };
  },
  async load(ctx) {
    const m = await resolve(ctx);
    const [members, municipalities] = await Promise.all([
      ctx.get(KkrRepository).members(ctx.scope, m.id),
      ctx.get(PayExportsRepository).municipalities(),
    ]);
    const name = municipalityName(municipalities.get(m.id), ctx.language);
    return {
      title: `${translate('kkrTitle', ctx.language)} – ${name}`,
      model: { municipality: { code: m.code, name }, members, contacts: members.filter((x) => x.isContactPerson) },
    };
  },
});
